using System.Text;
using GovBudget.Documents;

namespace GovBudget.Import;

/// <summary>
/// The text of a narrative section as a reader collects it, with the offsets where a new page starts, so that a
/// sentence found later can be given its page.
/// </summary>
internal sealed class NarrativeTextBuilder(string? number, string title, int line, int firstPage)
{
    private readonly StringBuilder text = new();
    private readonly List<(int Offset, int Page)> starts = [];
    private int? lastPage; // the page of the text appended last; none yet

    public string? Number { get; } = number;

    public string Title { get; } = title;

    public int Length => text.Length;

    public char Last => text[^1];

    /// <summary>Appends text printed on <paramref name="onPage"/> (0 when the source has no pages).</summary>
    public void Append(string value, int onPage)
    {
        if (value.Length == 0)
        {
            return;
        }

        if (onPage != (lastPage ?? firstPage))
        {
            starts.Add((text.Length, onPage)); // the section goes on to another page here
        }

        lastPage = onPage;
        text.Append(value);
    }

    /// <summary>Ends the current paragraph.</summary>
    public void EndParagraph() => text.Append('\n');

    public NarrativeSection Build()
    {
        var body = text.ToString().TrimEnd();
        return new NarrativeSection(Number, Title, body, line, firstPage)
        {
            PageStarts = [.. starts.Where(s => s.Offset < body.Length)],
        };
    }
}
