
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Import;

/// <summary>Something the reader could not place or had to interpret; it never stops an import.</summary>
/// <param name="Source">The file (or other source name) read.</param>
/// <param name="Line">The 1-based line the notice is about, or 0 (the document as a whole, or a PDF, which has no lines).</param>
/// <param name="Message">What was found and what the reader did with it.</param>
/// <param name="Page">The 1-based page the notice is about, or 0 when the source has no pages.</param>
public sealed record ImportNotice(string Source, int Line, string Message, int Page = 0)
{
    /// <summary>A notice about a page of a source that has pages and no lines (a PDF).</summary>
    internal static ImportNotice OnPage(string source, int page, string message) => new(source, 0, message, page);

    /// <summary>"sample.txt:730: …", "budget.pdf（第 8 页）: …" or "budget.txt:730（第 8 页）: …".</summary>
    public override string ToString() =>
        T("Notice.Format", Source, Line > 0 ? $":{Line}" : string.Empty, Page > 0 ? T("Notice.Place.Page", Page) : string.Empty, Message);
}
