using System.Collections.Immutable;

namespace GovBudget.Documents;

/// <summary>A top-level section of the 情况说明 (一、部门职责及机构设置情况 …): its text, for rules that read figures from it.</summary>
/// <param name="Number">The Chinese ordinal (二), or null for the preamble before the first numbered section.</param>
/// <param name="Title">The title without its ordinal (部门预算安排的总体情况).</param>
/// <param name="Text">The section's paragraphs, one per line, markup removed; tables inside it are kept as tables instead.</param>
/// <param name="Line">The 1-based source line of the title (0 when the source has no lines, as in a PDF).</param>
/// <param name="Page">The 1-based page of the title, or 0 when the source has no pages.</param>
public sealed record NarrativeSection(string? Number, string Title, string Text, int Line, int Page = 0)
{
    /// <summary>The name a finding's cell quoted from the 情况说明 is filed under (its "table"), in either language.</summary>
    public const string TableName = "情况说明";

    /// <summary>Where later pages start in <see cref="Text"/>: (offset of the first character, page), in order.</summary>
    internal ImmutableArray<(int Offset, int Page)> PageStarts { get; init; } = [];

    /// <summary>
    /// The page the character at <paramref name="offset"/> of <see cref="Text"/> is printed on (a section can run over
    /// several pages), or 0 when the source has no pages.
    /// </summary>
    public int PageAt(int offset)
    {
        var page = Page;
        foreach (var (start, p) in PageStarts)
        {
            if (start > offset)
            {
                break;
            }

            page = p;
        }

        return page;
    }

    /// <summary>Structural equality, including where the pages start.</summary>
    public bool Equals(NarrativeSection? other) =>
        other is not null && Number == other.Number && Title == other.Title && Text == other.Text && Line == other.Line
        && Page == other.Page && PageStarts.SequenceEqual(other.PageStarts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, Title, Text, Line, Page);

    /// <summary>"二、部门预算安排的总体情况".</summary>
    public override string ToString() => Number is null ? Title : $"{Number}、{Title}";
}
