namespace GovBudget.Documents;

/// <summary>A value column of a table (the code, name and 序号 columns are part of each row instead).</summary>
/// <param name="Name">The canonical column name (人员经费 for a column printed 人员支出).</param>
/// <param name="PrintedName">The header as printed, with spaces and line breaks removed.</param>
/// <param name="Number">The 栏次 number printed for the column, or null.</param>
/// <param name="Group">The spanning header above the column (本年收入, 一般公共预算基本支出), or null.</param>
/// <param name="Side">The side of a two-sided table the column belongs to.</param>
/// <param name="Type">What the column holds.</param>
public sealed record TableColumn(
    string Name,
    string PrintedName,
    int? Number,
    string? Group,
    TableSide Side,
    ColumnType Type)
{
    /// <summary>"合计 (栏次 3)".</summary>
    public override string ToString() => Number is null ? Name : $"{Name} (栏次 {Number})";
}
