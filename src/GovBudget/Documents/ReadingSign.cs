namespace GovBudget.Documents;

/// <summary>
/// A structural sign of an uncertain reading, recorded by the reader on a table (its columns or its whole layout), on a
/// row, or on one cell of a row. A finding that rests on a marked cell, row or table is reported as a warning marked
/// 待核实, never as an error.
/// </summary>
/// <param name="Kind">What kind of sign it is.</param>
/// <param name="Explanation">What looked wrong, in Chinese, for the report (金额“05”以 0 开头，像是编码的一段).</param>
/// <param name="Page">The page to check by eye, or 0 when the source has no pages.</param>
/// <param name="Column">For a sign on one cell of a row: the index of its column in <see cref="BudgetTable.Columns"/>; null for a sign on the whole row or table.</param>
public sealed record ReadingSign(ReadingSignKind Kind, string Explanation, int Page, int? Column = null)
{
    /// <summary>The kind's name in JSON: code-fragment, code-as-amount, … (lower case, words joined by hyphens).</summary>
    public string KindName => KindNames[(int)Kind];

    private static readonly string[] KindNames =
    [
        "code-fragment", "code-as-amount", "two-amounts-in-column", "code-without-name", "figures-without-label",
        "header-as-data", "glued-names", "header-fragment", "ambiguous-columns", "no-unit", "split-table",
    ];

    /// <summary>The kind named <paramref name="name"/> (as <see cref="KindName"/> gives it).</summary>
    public static bool TryParseKind(string name, out ReadingSignKind kind)
    {
        var i = Array.IndexOf(KindNames, name);
        kind = i < 0 ? default : (ReadingSignKind)i;
        return i >= 0;
    }

    /// <summary>"第 3 页：金额“05”以 0 开头，像是编码的一段".</summary>
    public override string ToString() => Page > 0 ? $"第 {Page} 页：{Explanation}" : Explanation;
}
