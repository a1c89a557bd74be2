using GovBudget.Amounts;
using GovBudget.Documents;

namespace GovBudget.Datasets;

/// <summary>One amount the generator changed on purpose: the truth a checker's findings are scored against.</summary>
/// <remarks>Made by <see cref="DatasetGenerator"/>. Two errors are equal when all their members are.</remarks>
public sealed record InjectedError
{
    internal InjectedError(string department, TableKind table, string row, string column, Amount original, Amount injected)
    {
        Department = department;
        Table = table;
        Row = row;
        Column = column;
        Original = original;
        Injected = injected;
    }

    /// <summary>The department's code.</summary>
    public string Department { get; }

    /// <summary>The table.</summary>
    public TableKind Table { get; }

    /// <summary>The row's code, or its label when it has none.</summary>
    public string Row { get; }

    /// <summary>The column's canonical name, with its side in a two-sided table (<c>支出:预算数</c>).</summary>
    public string Column { get; }

    /// <summary>The amount before the change.</summary>
    public Amount Original { get; }

    /// <summary>The amount printed instead.</summary>
    public Amount Injected { get; }

    /// <summary>"000007 收入总表 2010301 [合计]: 475.40 → 512.13".</summary>
    public override string ToString() => $"{Department} {Table.CanonicalName} {Row} [{Column}]: {Original} → {Injected}";
}
