namespace GovBudget.Rules.Findings;

/// <summary>A cell a finding involves.</summary>
/// <param name="Table">The table kind's canonical name (情况说明 for narrative figures).</param>
/// <param name="Title">The table's title as printed (or the narrative section's title).</param>
/// <param name="Row">The row's code when it has one, else its label.</param>
/// <param name="Label">The row's label as printed (for narrative figures: the sentence quoted).</param>
/// <param name="Column">The column's name, or null.</param>
/// <param name="Value">The value in the table's unit, or null for a blank or absent cell.</param>
/// <param name="Unit">The unit of <paramref name="Value"/> (元, 万元, 亿元), or null.</param>
/// <param name="Line">The source line of the row (or of the narrative section), or 0 when unknown (always for a PDF).</param>
/// <param name="Page">The page the row (or the quoted sentence) is printed on, or 0 when the source has no pages.</param>
public sealed record FindingCell(string Table, string Title, string Row, string Label, string? Column, decimal? Value, string? Unit, int Line = 0, int Page = 0)
{
    /// <summary>"一般公共预算财政拨款基本支出表 301 工资福利支出 [合计] = 1112.32".</summary>
    public override string ToString()
    {
        var head = $"{Table} {Row}{(Row == Label ? string.Empty : " " + Label)}";
        if (Column is null && Value is null)
        {
            return head; // a row read for its name
        }

        var column = Column is null ? string.Empty : $" [{Column}]";
        return Value is { } v ? $"{head}{column} = {v.ToString(System.Globalization.CultureInfo.InvariantCulture)}{Unit}" : $"{head}{column} = （空）";
    }
}
