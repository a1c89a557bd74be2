using GovBudget.Documents;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Functions;
using GovBudget.Rules.Syntax;

namespace GovBudget.Rules.Binding;

/// <summary>A checked rule, ready to evaluate against any number of documents. Immutable and thread-safe.</summary>
internal sealed class BoundRule
{
    internal BoundRule(
        RuleSyntax syntax,
        TableKind? table,
        string? column,
        ToleranceSyntax tolerance,
        IReadOnlyList<BoundQuantifier> quantifiers,
        BoundExpr? where,
        BoundExpr check,
        IReadOnlyList<TableKind> tables,
        int slots)
    {
        Syntax = syntax;
        Severity = SyntaxWords.Severity(syntax.Severity);
        Table = table;
        Column = column;
        Tolerance = tolerance;
        Quantifiers = quantifiers;
        Where = where;
        Check = check;
        Tables = tables;
        Slots = slots;
    }

    /// <summary>The rule as written.</summary>
    public RuleSyntax Syntax { get; }

    /// <summary>The stable id.</summary>
    public string Id => Syntax.Id;

    /// <summary>The severity.</summary>
    public Severity Severity { get; }

    /// <summary>The title.</summary>
    public string Title => Syntax.Title;

    /// <summary>The rule's table, or null when every reference names its table.</summary>
    public TableKind? Table { get; }

    /// <summary>The rule's column, or null for the table's first amount column.</summary>
    public string? Column { get; }

    /// <summary>The tolerance in force.</summary>
    public ToleranceSyntax Tolerance { get; }

    /// <summary>The quantifiers, outermost first.</summary>
    public IReadOnlyList<BoundQuantifier> Quantifiers { get; }

    /// <summary>The filter, or null.</summary>
    public BoundExpr? Where { get; }

    /// <summary>The condition.</summary>
    public BoundExpr Check { get; }

    /// <summary>Every table the rule reads: a document lacking any of them is not applicable.</summary>
    public IReadOnlyList<TableKind> Tables { get; }

    /// <summary>How many variable slots an evaluation needs.</summary>
    public int Slots { get; }

    /// <summary>Whether the rule reads figures from the narrative (text(…)): it cannot apply to a document without one.</summary>
    public bool ReadsNarrative => readsNarrative ??= BoundTree.Nodes(this).Any(n => n is BoundCall c && FunctionTable.Of(c.Function).ReadsNarrative);

    private bool? readsNarrative;

    /// <summary>"BE-301 error 工资福利支出 = Σ款".</summary>
    public override string ToString() => $"{Id} {Severity} {Title}";
}

/// <summary>A bound <c>for each</c>.</summary>
/// <param name="Kind">What is iterated.</param>
/// <param name="Name">The variable's name.</param>
/// <param name="Slot">The variable's slot.</param>
/// <param name="Rows">For codes: the set iterated (in the rule table or the table it names).</param>
/// <param name="Columns">For columns: the listed column names, or empty for every amount column.</param>
/// <param name="Side">For rows: the side, or none for all.</param>
internal sealed record BoundQuantifier(
    QuantifierKind Kind, string Name, int Slot, BoundCells? Rows, IReadOnlyList<string> Columns, TableSide Side);
