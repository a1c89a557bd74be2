using System.Globalization;
using System.Text;
using GovBudget.Amounts;
using GovBudget.Catalog;
using GovBudget.Classification;
using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Functions;
using GovBudget.Rules.Syntax;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Evaluation;

/// <summary>
/// The reference interpreter: evaluates one bound rule against one document by walking the bound tree. It defines the
/// semantics that compiled evaluation must reproduce. Not thread-safe; one instance per rule and document.
/// </summary>
internal sealed partial class RuleEvaluation
{
    private const string NarrativeTable = NarrativeSection.TableName;

    private readonly RuleBindings at;
    private readonly DocumentIndex index;
    private readonly BoundRule? rule;
    private readonly BudgetTable? ruleTable;
    private readonly List<FindingCell> trace = [];

    // The definitions defines() followed in the binding's where: quoted in its finding, as the check's own cells are.
    private readonly List<FindingCell> definitions = [];
    private readonly List<string> missing = [];
    private Comparison? deciding;
    private bool explainedByRounding;

    public RuleEvaluation(DocumentIndex index, BoundRule rule, BudgetTable? ruleTable)
    {
        at = new RuleBindings(index, rule, ruleTable);
        this.index = index;
        this.rule = rule;
        this.ruleTable = ruleTable;
    }

    private RuleEvaluation(DocumentIndex index, BudgetTable? table, int column)
    {
        at = new RuleBindings(index, table, column);
        this.index = index;
        ruleTable = table;
    }

    /// <summary>When set, collects every cell an error rule's check reads (for coverage analysis).</summary>
    public HashSet<FindingCell>? Dependencies { get; init; }

    private ToleranceSyntax Tolerance => rule?.Tolerance ?? ToleranceSyntax.Exact;

    // A plain number next to money is in the rule table's unit (0.01 means 0.01 万元 in a 万元 table).
    private decimal LiteralFactor => at.LiteralFactor;

    /// <summary>Evaluates a bare expression (govbudget eval): the value in the table's unit, or true/false.</summary>
    public static string EvaluateExpression(Disclosure document, BoundExpr expr, BudgetTable? table, string? column)
    {
        var column_ = table is null ? -1 : RuleBindings.DefaultColumn(table, column);
        if (table is not null && column is not null && column_ < 0)
        {
            throw new NotApplicableException(NotApplicableReason.ColumnAbsent, T("NA.NoColumn", table.Title, column, string.Join(T("NA.List"), table.Columns.Select(c => c.Name))));
        }

        var e = new RuleEvaluation(new DocumentIndex(document), table, column_);
        var v = e.Eval(expr);
        // Money is shown in the context table's unit, or without one in the unit of the first table the expression reads.
        var factor = table is null && FirstTable(expr) is { } kind && document.Table(kind)?.Unit is { } unit
            ? unit.InYuan()
            : e.LiteralFactor;
        return v.Kind switch
        {
            ValueKind.Boolean => v.Boolean ? "true" : "false",
            ValueKind.Text => v.Text!,
            _ => FormatScaled(v.IsMoney ? v.Number / factor : v.Number, v.Scale),
        };
    }

    private static TableKind? FirstTable(BoundExpr expr) => expr switch
    {
        BoundCells { Table: { } kind } => kind,
        BoundCall c => c.Arguments.Select(FirstTable).FirstOrDefault(k => k is not null),
        BoundUnary u => FirstTable(u.Operand),
        BoundBinary b => FirstTable(b.Left) ?? FirstTable(b.Right),
        BoundIf i => FirstTable(i.Then) ?? FirstTable(i.Else),
        _ => null,
    };

    /// <summary>
    /// Runs every binding, or only the bindings <paramref name="only"/> lists (ascending; the others are known to hold,
    /// and apply); returns the findings and whether any binding applied.
    /// </summary>
    public List<Finding> Run(out bool anyApplicable, IReadOnlyList<int>? only = null)
    {
        var findings = new List<Finding>();
        var applicable = false;
        var next = 0;
        bindings = 0;
        foreach (var b in at.Bindings())
        {
            if (only is not null)
            {
                if (next >= only.Count || only[next] != b)
                {
                    applicable = true;
                    bindings++;
                    continue;
                }

                next++;
            }

            if (CheckBinding() is { } finding)
            {
                findings.Add(finding);
            }

            applicable |= !lastNotApplicable && !lastFiltered;
            if (!lastNotApplicable && lastFiltered && FirstNotApplicable is null)
            {
                // A binding its where excludes checked nothing: when no binding is checked, the rule did not apply.
                FirstNotApplicable = new NotApplicableException(NotApplicableReason.WhereFalse, T("NA.WhereFalse"));
            }

            bindings++;
        }

        anyApplicable = applicable || bindings == 0;
        return findings;
    }

    /// <summary>
    /// The bindings that fail, or whose evaluation meets a comparison of numbers that does not hold exactly (before any
    /// tolerance): exactly the bindings compiled code must hand to the interpreter as failing. The differential tests
    /// compare the two, so a delegate that fails bindings that hold is caught as surely as one that passes bindings
    /// that fail.
    /// </summary>
    internal List<int> InexactBindings()
    {
        var result = new List<int>();
        foreach (var b in at.Bindings())
        {
            inexact = false;
            if (CheckBinding() is not null || inexact)
            {
                result.Add(b);
            }
        }

        return result;
    }

    // Whether a comparison of the binding being evaluated did not hold exactly (see InexactBindings).
    private bool inexact;

    /// <summary>Why the first binding that could not be decided was not, or null (after <see cref="Run"/>).</summary>
    public NotApplicableException? FirstNotApplicable { get; private set; }

    private bool lastNotApplicable;

    // Whether the rule's where excluded the binding just evaluated.
    private bool lastFiltered;
    private int reads;
    private int absentColumnReads;

    private static bool AllAbsent(int readCount, int absentCount) => readCount > 0 && absentCount == readCount;
    private int bindings;

    private Finding? CheckBinding()
    {
        trace.Clear();
        definitions.Clear();
        missing.Clear();
        deciding = null;
        explainedByRounding = false;
        lastNotApplicable = false;
        lastFiltered = false;
        try
        {
            if (rule!.Where is { } where)
            {
                var pass = Eval(where);
                if (!pass.Boolean)
                {
                    lastFiltered = true;
                    return null; // filtered out: nothing to check here
                }

                trace.Clear();
                trace.AddRange(definitions);
                missing.Clear();
                deciding = null;
                explainedByRounding = false;
            }

            var result = Eval(rule.Check);
            if (Dependencies is not null && rule.Severity == Severity.Error)
            {
                Dependencies.UnionWith(trace);
            }

            if (result.Boolean && !explainedByRounding)
            {
                return null;
            }

            var severity = result.Boolean
                ? (Severity)Math.Min((int)rule.Severity, (int)Severity.Warning)
                : rule.Severity;
            return MakeFinding(severity, roundingOnly: result.Boolean);
        }
        catch (NotApplicableException e)
        {
            lastNotApplicable = true;
            FirstNotApplicable ??= e;
            return null;
        }
    }
}
