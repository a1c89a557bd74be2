using System.Collections.Concurrent;
using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.Localization;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Functions;

namespace GovBudget.Rules.Compilation;

/// <summary>
/// Rules compiled to delegates. Each rule is compiled once; each document shape is planned once per rule (code →
/// slot); the delegate of a rule then decides each binding of a document by loops over int64 arrays, allocation-free
/// when everything holds, and returns the bindings that do not hold exactly. It builds no findings: the checking layer
/// hands those bindings, and every rule the compiler does not take, to the interpreter. Thread-safe.
/// </summary>
internal sealed partial class CompiledRules
{
    private readonly IReadOnlyList<BoundRule> rules;
    private readonly CompiledRule?[] compiled;
    private readonly bool[] shapeOnly;
    // Per language too: a plan holds the not-applicable details, written in the run's language.
    private readonly ConcurrentDictionary<(DocumentShape Shape, MessageLanguage Language), ShapePlans> plans = new();
    private readonly Func<(DocumentShape Shape, MessageLanguage Language), ShapePlans> planShape; // cached: a lambda per lookup would allocate per document

    /// <summary>Compiles every rule of <paramref name="rules"/> that the compiler takes.</summary>
    public CompiledRules(IReadOnlyList<BoundRule> rules)
    {
        this.rules = rules;
        compiled = [.. rules.Select(RuleCompiler.Compile)];
        shapeOnly = [.. rules.Select(ReadsOnlyNames)];
        planShape = s => new ShapePlans(Plan(s.Shape));
    }

    /// <summary>How many rules (compiled or not), in the order of the rules given.</summary>
    public int Count => compiled.Length;

    /// <summary>How many rules run compiled (the others run in the interpreter).</summary>
    public int CompiledCount => compiled.Count(c => c is not null);

    /// <summary>How many document shapes have been planned so far.</summary>
    public int PlannedShapes => plans.Count + forgotten;

    // Plans kept at most: past it, they are dropped and planned again when met, so that departments which each print
    // their own layout do not make a long run grow without bound.
    private const int MaxKeptShapes = 4096;
    private int forgotten;

    /// <summary>
    /// Per rule, the bindings its compiled code hands to the interpreter on <paramref name="document"/>
    /// (<see cref="CompiledRule.Deferred"/> set on those it could not decide), or null where the rule does not run
    /// compiled on it.
    /// </summary>
    public List<int>?[] FailingBindings(DenseDocument document)
    {
        var shape = Plans(document.Shape);
        return [.. shape.Rules.Select((plan, i) => plan.Kind == PlanKind.Compiled ? Run(i, plan, document.Values, all: true, out _) : null)];
    }

    // Read only: a department where every rule holds allocates nothing (CheckFast).
    private static readonly List<int> NoBinding = [];

    /// <summary>
    /// The bindings of rule <paramref name="rule"/> that need the interpreter (<paramref name="all"/>: every one, else
    /// the first only), or null when the delegate failed and the interpreter must decide every binding.
    /// <paramref name="held"/>: whether a binding not returned held (<see cref="CompiledRule.Failing"/>); with
    /// <paramref name="all"/> false, a where that excluded every binding gives null.
    /// </summary>
    public List<int>? Run(int rule, RulePlan plan, long[] values, bool all, out bool held)
    {
        held = true;
        try
        {
            var c = compiled[rule]!;
            if (all)
            {
                return c.Failing(values, plan.Table!, out held);
            }

            var first = c.Run(values, plan.Table!, 0);
            return first >= 0 ? [first & ~CompiledRule.Held] : first == CompiledRule.NoneHeld ? null : NoBinding;
        }
        catch (OverflowException)
        {
            return null; // figures too large for int64 fixed point: the interpreter's decimals decide
        }
#pragma warning disable CA1031 // Compiled code that fails hands the document to the interpreter, which reports a fault itself.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    // Rules that read names only: their findings depend on the shape (labels) and the year, never on figures.
    private static bool ReadsOnlyNames(BoundRule rule) =>
        Calls(rule).Any(c => FunctionTable.Of(c.Function).ReadsRowNames)
        && !NumericCells(rule.Check) && (rule.Where is null || !NumericCells(rule.Where));

    private static bool NumericCells(BoundExpr e) => e switch
    {
        BoundCells => true,
        BoundCall c => FunctionTable.Of(c.Function).ReadsFigures && c.Arguments.Any(NumericCells),
        BoundUnary u => NumericCells(u.Operand),
        BoundBinary b => NumericCells(b.Left) || NumericCells(b.Right),
        BoundIf i => NumericCells(i.Condition) || NumericCells(i.Then) || NumericCells(i.Else),
        _ => false,
    };

    private static IEnumerable<BoundCall> Calls(BoundRule rule) => BoundTree.Nodes(rule).OfType<BoundCall>();

    private sealed record TableShapeRef(TableShape Shape);

    /// <summary>How a rule runs on documents of a shape.</summary>
    public enum PlanKind
    {
        /// <summary>The rule does not apply (<see cref="RulePlan.Why"/>).</summary>
        NotApplicable,

        /// <summary>Its delegate decides each binding.</summary>
        Compiled,

        /// <summary>It reads names only: its findings depend on the shape and the year, so it is interpreted once per shape.</summary>
        ShapeOnly,

        /// <summary>The interpreter runs it.</summary>
        Interpreted,
    }

    /// <summary>How a rule runs on documents of a shape: its kind, its binding table when compiled, why not when not applicable.</summary>
    public sealed record RulePlan(PlanKind Kind, BindingTable? Table, bool TablesAbsent, NotApplicableCheck? Why = null);

    /// <summary>The plans of one document shape, one per rule.</summary>
    public sealed class ShapePlans(RulePlan[] rules)
    {
        /// <summary>The plan of each rule, in rule order.</summary>
        public RulePlan[] Rules { get; } = rules;
    }
}

