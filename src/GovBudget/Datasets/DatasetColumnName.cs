using GovBudget.Documents;

namespace GovBudget.Datasets;

/// <summary>
/// How a dataset line names a column: the canonical name, prefixed by its side in a two-sided table
/// (<c>收入:预算数</c>, <c>支出:一般公共预算财政拨款</c>).
/// </summary>
internal static class DatasetColumnName
{
    private const string Income = "收入";
    private const string Expenditure = "支出";

    /// <summary>The text of a column in a dataset line.</summary>
    public static string Format(TableSide side, string name) => side switch
    {
        TableSide.Income => $"{Income}:{name}",
        TableSide.Expenditure => $"{Expenditure}:{name}",
        _ => name,
    };

    /// <summary>Splits a side prefix off a column's text; the side is <see cref="TableSide.None"/> when there is none.</summary>
    /// <remarks>Only 收入 or 支出 before the first colon (ASCII or full width) is a side, so a one-sided header that
    /// holds a colon, such as 价值(金额单位:万元), stays whole.</remarks>
    public static (TableSide Side, string Name) Split(string text)
    {
        var colon = text.AsSpan().IndexOfAny(':', '：');
        if (colon > 0)
        {
            var side = text.AsSpan(0, colon) switch
            {
                Income => TableSide.Income,
                Expenditure => TableSide.Expenditure,
                _ => TableSide.None,
            };
            if (side != TableSide.None)
            {
                return (side, text[(colon + 1)..]);
            }
        }

        return (TableSide.None, text);
    }

    /// <summary>What a dataset column of this name holds: counts for 数量, amounts otherwise.</summary>
    public static ColumnType TypeOf(string canonicalName) =>
        canonicalName == "数量" ? ColumnType.Quantity : ColumnType.Amount;

    /// <summary>The Chinese name of a side, for messages.</summary>
    public static string SideName(TableSide side) => side == TableSide.Income ? Income : Expenditure;
}
