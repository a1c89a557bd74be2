using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using GovBudget.Documents;

namespace GovBudget.Import.Pdf;

/// <summary>
/// Reads a PDF's contents list (目录) into entries: from the 目录 line near the top of a page, over the next pages while
/// they go on with entries, up to the first line that is not an entry or that repeats the first entry (the body
/// starting below the list on the same page). Not thread-safe; one instance per read.
/// </summary>
internal sealed partial class PdfContentsList
{
    // The 目录 line is among the first lines of its page (under a cover title such as 江苏省委办公厅 2017 年度部门预算).
    private const int TitleLinesAbove = 3;

    // A line this short with no numbering, under an entry, is that entry's title wrapped (…培训费支 / 出预算表).
    private const int MaxWrappedTail = 8;

    // An entry longer than this is a paragraph, not an entry.
    private const int MaxEntry = 60;

    private readonly List<ContentsEntry> entries = [];
    private int openOnPage = -1; // the page the list was read to the end of, so that it may go on to the next

    /// <summary>The entries read so far, in printed order.</summary>
    public ImmutableArray<ContentsEntry> Entries => [.. entries];

    /// <summary>
    /// Reads the list's entries on one page. Returns how many of the page's lines belong to the list (the body
    /// starts at that index), or 0 when the page prints no contents list.
    /// </summary>
    public int Read(int page, IReadOnlyList<PdfTextLine> lines)
    {
        var continues = openOnPage == page - 1 && entries.Count > 0;
        openOnPage = -1;
        var start = -1;
        for (var i = 0; i < Math.Min(TitleLinesAbove, lines.Count); i++)
        {
            if (DisclosureNames.Reading.IsContentsTitle(lines[i].Compact))
            {
                start = i + 1;
                break;
            }
        }

        if (start < 0)
        {
            var top = lines.FirstOrDefault(l => !PageNumber().IsMatch(l.Compact));
            if (!continues || top is null || !(StartsEntry(top.Compact) || IsWrappedTail(top.Compact)))
            {
                return 0;
            }

            start = 0;
        }

        for (var i = start; i < lines.Count; i++)
        {
            var text = lines[i].Compact;
            if (PageNumber().IsMatch(text))
            {
                continue;
            }

            if (entries.Count > 1 && Clean(text) == entries[0].Title)
            {
                return i; // the body starts with the list's first heading
            }

            if (StartsEntry(text) && text.Length <= MaxEntry)
            {
                var (title, printed) = Split(text);
                entries.Add(new ContentsEntry(title, page, 0, printed));
                continue;
            }

            if (entries.Count > 0 && IsWrappedTail(text))
            {
                var (tail, printed) = Split(text);
                var last = entries[^1];
                entries[^1] = last with { Title = last.Title + tail, PrintedPage = last.PrintedPage ?? printed };
                continue;
            }

            return i == start && start == 0 ? 0 : i;
        }

        openOnPage = page;
        return lines.Count;
    }

    private static bool IsWrappedTail(string text) =>
        text.Length <= MaxWrappedTail && !text.Contains('。', StringComparison.Ordinal) && !text.Contains('，', StringComparison.Ordinal);

    private static bool StartsEntry(string text) =>
        Numbered().IsMatch(text) || text.Contains("……", StringComparison.Ordinal) || text.Contains("....", StringComparison.Ordinal);

    // "一、部门主要职能……………3" → ("一、部门主要职能", 3).
    private static (string Title, int? Page) Split(string text)
    {
        var m = Leader().Match(text);
        if (!m.Success)
        {
            return (text, null);
        }

        int? page = m.Groups[1].Success && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        return (text[..m.Index], page);
    }

    private static string Clean(string text) => Split(text).Title;

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]+部分|\d{1,2}[.．、]|[（(][一二三四五六七八九十]{1,3}[）)])", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"(?:[.．…·]{2,}|…)[.．…·\s]*(\d{1,4})?\s*$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex Leader();

    [GeneratedRegex(@"^[-—─\s]*\d{1,3}[-—─\s]*$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex PageNumber();
}
