namespace GovBudget.Documents;

/// <summary>
/// A block printed like a table of figures (rows of amounts) that the reader did not read as a table, because its
/// title is not one it recognises. A standard table may hide in it: what the document lacks is then uncertain.
/// </summary>
/// <param name="Title">The title-like line above the block as printed, or empty when there is none.</param>
/// <param name="Page">The 1-based page the block is printed on, or 0 when the source has no pages.</param>
/// <param name="Line">The 1-based source line of the block, or 0 when the source has no lines (a PDF).</param>
public sealed record UnreadTable(string Title, int Page, int Line = 0)
{
    /// <summary>"第 11 页（“三公”经费支出预算表）".</summary>
    public override string ToString() =>
        (Page > 0 ? $"第 {Page} 页" : $"第 {Line} 行") + (Title.Length > 0 ? $"（{Title}）" : string.Empty);
}
