namespace GovBudget.Documents;

/// <summary>
/// A table with more rows than <see cref="BudgetTable.MaxRows"/>. The readers report it as a format error of the file
/// at the table's line (exit 2), not as a fault of their own.
/// </summary>
internal sealed class TableLimitException(string message, int line) : ArgumentException(message)
{
    /// <summary>The line the table starts on, or 0.</summary>
    public int Line { get; } = line;
}
