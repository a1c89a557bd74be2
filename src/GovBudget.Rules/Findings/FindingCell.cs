using GovBudget.Amounts;
using GovBudget.Documents;
using static GovBudget.Rules.RuleTexts;

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
    /// <summary>
    /// The signs of an uncertain reading the reader recorded on this cell, its row or its table (empty when it was read
    /// cleanly, and for narrative figures). A finding with a cell that has one is a warning marked 待核实.
    /// </summary>
    /// <remarks>Not part of equality: the signs follow from the cell, which the other members identify.</remarks>
    public IReadOnlyList<ReadingSign> Signs { get; init; } = [];

    /// <summary>
    /// The file the cell was printed in, when the disclosure was checked as several files (<c>check --as-one</c>);
    /// otherwise null.
    /// </summary>
    /// <remarks>Not part of equality, like <see cref="Signs"/>.</remarks>
    public string? File { get; init; }

    /// <summary>A cell of a table as a finding reads it: the table's, the row's and the cell's signs come with it.</summary>
    /// <param name="table">The table.</param>
    /// <param name="row">The row.</param>
    /// <param name="column">The column's index in the table, or null when the row is read for its name.</param>
    /// <param name="value">The value read, in the table's unit; null for a blank cell or a name.</param>
    internal static FindingCell Of(BudgetTable table, TableRow row, int? column, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        return new FindingCell(table.Kind.CanonicalName, table.Title, row.Key, row.Label, column is { } c ? table.Columns[c].Name : null,
            value, table.Unit?.Symbol(), row.Line, row.Page) { Signs = [.. table.SignsAt(row, column)] };
    }

    /// <inheritdoc/>
    public bool Equals(FindingCell? other) =>
        other is not null && Table == other.Table && Title == other.Title && Row == other.Row && Label == other.Label
        && Column == other.Column && Value == other.Value && Unit == other.Unit && Line == other.Line && Page == other.Page;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Table, Title, Row, Label, Column, Value, Unit, HashCode.Combine(Line, Page));

    /// <summary>"一般公共预算财政拨款基本支出表 301 工资福利支出 [合计] = 1112.32".</summary>
    public override string ToString()
    {
        var head = $"{Table} {Row}{(Row == Label ? string.Empty : " " + Label)}";
        if (Column is null && Value is null)
        {
            return head; // a row read for its name
        }

        var column = Column is null ? string.Empty : $" [{Column}]";
        return Value is { } v ? $"{head}{column} = {v.ToString(System.Globalization.CultureInfo.InvariantCulture)}{Unit}" : $"{head}{column} = {T("Cell.Empty")}";
    }
}
