using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.Localization;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.BuiltIn;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.Compilation.CompiledRules;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Checking;

/// <summary>
/// A rule pack compiled to delegates (<see cref="CompiledRules"/>), checked by the fastest engine that gives the same
/// findings: the delegates decide each binding, allocation-free when nothing fails; any binding that does not hold
/// exactly, and every rule the compiler does not take, is decided by the reference interpreter, which builds the
/// findings, so they are exactly those of <see cref="RulePack.Check(Disclosure)"/>. Thread-safe: check documents in parallel.
/// </summary>
public sealed partial class CompiledPack
{
    private readonly RulePack pack;
    private readonly CompiledRules compiled;
    // What checking adds to a shape's plans: the name rules' findings and the not-applicable list, per year. Held
    // beside the plans, so that they go when the plans of a shape are forgotten.
    private readonly ConditionalWeakTable<ShapePlans, ShapeResults> results = new();

    /// <summary>Compiles every rule of <paramref name="pack"/> that the compiler takes.</summary>
    public CompiledPack(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        this.pack = pack;
        compiled = new CompiledRules(pack.Rules);
    }

    /// <summary>The pack compiled.</summary>
    public RulePack Pack => pack;

    /// <summary>How many rules run compiled (the others run in the interpreter).</summary>
    public int CompiledCount => compiled.CompiledCount;

    /// <summary>How many document shapes have been planned so far.</summary>
    public int PlannedShapes => compiled.PlannedShapes;

    /// <summary>The ids of the rules that do not apply to documents of <paramref name="shape"/> (a dense document has no narrative).</summary>
    public IReadOnlyList<string> NotApplicable(DocumentShape shape, FiscalYear year) =>
        [.. NotApplicableReasons(shape, year).Select(r => r.Rule)];

    /// <summary>The rules that do not apply to documents of <paramref name="shape"/>, and why.</summary>
    /// <remarks>Departments of one shape and year get the same list (a dataset's departments do not each hold one).</remarks>
    public IReadOnlyList<NotApplicableCheck> NotApplicableReasons(DocumentShape shape, FiscalYear year)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var plans = compiled.Plans(shape);
        return Results(plans).Reasons(year, plans, this);
    }

    private NotApplicableCheck[] Reasons(ShapePlans plans, FiscalYear year)
    {
        var reasons = new List<NotApplicableCheck>();
        for (var i = 0; i < compiled.Count; i++)
        {
            if (plans.Rules[i].Kind == PlanKind.NotApplicable)
            {
                reasons.Add(plans.Rules[i].Why!);
            }
            else if (plans.Rules[i].Kind == PlanKind.ShapeOnly && Results(plans).CachedShapeFindings(year) is { } cached && cached[i].Reasons.Count > 0)
            {
                reasons.Add(cached[i].Reasons[0]);
            }
        }

        if (pack.ChecksNarrativeArithmetic)
        {
            reasons.AddRange(NoNarrative.Current); // a dense document has no narrative
        }

        if (pack.ChecksPublishedTables)
        {
            reasons.Add(NotPublished.Current);
        }

        reasons.AddRange(NotPrinted.Current);
        return [.. reasons];
    }

    // A dataset's department is a set of figures, not a published disclosure: which tables it prints is not a question.
    private static readonly PerLanguage<NotApplicableCheck> NotPublished =
        new(l => new(PublishedTables.RuleId, NotApplicableReason.OtherKind, Resources.Get("NA.DatasetPublished", l)));

    // ROW-REPEAT and NM-CODE-MISPRINT look at what a table prints; a dataset's department prints nothing.
    private static readonly PerLanguage<NotApplicableCheck[]> NotPrinted =
        new(l => [.. new[] { RepeatedRows.RuleId, MisprintedCodes.RuleId }.Select(id => new NotApplicableCheck(id, NotApplicableReason.OtherKind, Resources.Get("NA.DatasetPrinted", l)))]);

    private static readonly PerLanguage<NotApplicableCheck[]> NoNarrative =
        new(l => [.. NarrativeChecks.Ids.Select(id => new NotApplicableCheck(id, NotApplicableReason.NarrativeAbsent, Resources.Get("NA.NoNarrative", l)))]);

    /// <summary>Checks a document: the same findings as <see cref="RulePack.Check(Disclosure)"/>.</summary>
    public DocumentFindings Check(Disclosure document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var checkedDocument = ThreePublicItems.ForRules(document);
        return RepeatedTables.CheckLater(Check(DenseDocument.FromDisclosure(checkedDocument), checkedDocument, document), checkedDocument, pack.Rules);
    }

    /// <summary>Checks a disclosure published as several files: the same findings as <see cref="RulePack.Check(CombinedDisclosure)"/>.</summary>
    public DocumentFindings Check(CombinedDisclosure combined)
    {
        ArgumentNullException.ThrowIfNull(combined);
        return CombinedFindings.Complete(Check(combined.Document), combined);
    }

    /// <summary>Checks a dense document (a department of a dataset); it has no narrative, so narrative rules do not apply.</summary>
    public DocumentFindings Check(DenseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Check(document, null);
    }

    /// <summary>
    /// Counts the error findings of a dense document without building findings when everything holds: the hot path
    /// of a large dataset check. Returns the findings only when some binding needed the interpreter.
    /// </summary>
    public DocumentFindings? CheckFast(DenseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var shape = compiled.Plans(document.Shape);
        FindingsCollector[]? shapeFindings = null; // looked up once per department, not once per name rule
        for (var i = 0; i < compiled.Count; i++)
        {
            var plan = shape.Rules[i];
            if (plan.Kind == PlanKind.NotApplicable)
            {
                continue;
            }

            if (plan.Kind == PlanKind.ShapeOnly
                && (shapeFindings ??= Results(shape).CachedShapeFindings(document.Year) ?? ShapeFindingsAll(shape, document))[i].Findings.Count == 0)
            {
                continue;
            }

            if (plan.Kind != PlanKind.Compiled || RunCompiled(i, plan, document.Values, all: false, out _) is not { Count: 0 })
            {
                return Check(document, null);
            }
        }

        return null;
    }

    // full: the object model of the document checked, when it has one; given: the document as the caller passed it.
    private DocumentFindings Check(DenseDocument document, Disclosure? full, Disclosure? given = null)
    {
        var shape = compiled.Plans(document.Shape);
        var collector = new FindingsCollector();
        Disclosure? interpreted = full;
        DocumentIndex? index = null;
        for (var i = 0; i < compiled.Count; i++)
        {
            var rule = pack.Rules[i];
            var plan = shape.Rules[i];
            switch (plan.Kind)
            {
                case PlanKind.NotApplicable when full is null || plan.TablesAbsent:
                    collector.AddNotApplicable(plan.Why!);
                    continue;
                case PlanKind.Compiled:
                {
                    // The delegate decides each binding; the interpreter looks at the ones that do not hold exactly
                    // (all of them when the delegate failed).
                    // When no binding held (its where may have excluded them all), the interpreter decides every
                    // binding: it says whether the rule applied, and why not.
                    var failing = RunCompiled(i, plan, document.Values, all: true, out var held);
                    failing = held ? failing : null;
                    if (failing is { Count: 0 })
                    {
                        collector.Passed.Add(rule.Id);
                        continue;
                    }

                    interpreted ??= document.ToDisclosure();
                    index ??= new DocumentIndex(interpreted);
                    collector.Interpret(rule, interpreted, index, failing?.ConvertAll(b => b & ~CompiledRule.Deferred));
                    continue;
                }

                case PlanKind.ShapeOnly when full is null:
                {
                    var cached = ShapeFindings(shape, i, document);
                    collector.Add(rule.Id, cached.Findings, cached.Reasons.FirstOrDefault(r => r.Rule == rule.Id));
                    continue;
                }
            }

            interpreted ??= document.ToDisclosure();
            index ??= new DocumentIndex(interpreted);
            collector.Interpret(rule, interpreted, index);
        }

        if (pack.ChecksNarrativeArithmetic)
        {
            collector.CheckNarrativeArithmetic(full ?? new Disclosure(document.Department, document.Year, document.Kind, [], []), pack.Profile);
        }

        if (pack.ChecksPublishedTables && full is not null)
        {
            collector.CheckPublishedTables(given ?? full, pack.Profile);
        }
        else if (pack.ChecksPublishedTables)
        {
            collector.AddNotApplicable(NotPublished.Current); // a department of a dataset prints no contents and no tables of its own
        }

        if (full is null)
        {
            foreach (var why in NotPrinted.Current)
            {
                collector.AddNotApplicable(why);
            }
        }

        // Without interpretation, the findings name a document of the department's identity only: rebuilding every
        // table just to attach it would cost more than the check.
        return collector.Build(given ?? interpreted ?? full ?? new Disclosure(document.Department, document.Year, document.Kind, [], [], document.Department.Code));
    }

    // The findings of the name-only rules depend on the shape and the year alone: interpret them once for all of a
    // shape's documents, all rules from one object model of the shape.
    private FindingsCollector ShapeFindings(ShapePlans shape, int rule, DenseDocument document) =>
        ShapeFindingsAll(shape, document)[rule];

    private FindingsCollector[] ShapeFindingsAll(ShapePlans shape, DenseDocument document) =>
        Results(shape).ShapeFindings(document.Year, () =>
        {
            var d = document.ToDisclosure();
            var index = new DocumentIndex(d);
            var byRule = new FindingsCollector[compiled.Count];
            for (var i = 0; i < compiled.Count; i++)
            {
                if (shape.Rules[i].Kind == PlanKind.ShapeOnly)
                {
                    byRule[i] = new FindingsCollector();
                    byRule[i].Interpret(pack.Rules[i], d, index);
                }
            }

            return byRule;
        });

    /// <summary>
    /// For the differential tests: per rule, the bindings its compiled code hands to the interpreter on
    /// <paramref name="document"/> (<see cref="CompiledRule.Deferred"/> set on those it could not decide), or null where
    /// the rule does not run compiled on it.
    /// </summary>
    internal List<int>?[] FailingBindings(Disclosure document) =>
        compiled.FailingBindings(DenseDocument.FromDisclosure(ThreePublicItems.ForRules(document)));

    // The compiled run of a rule (CompiledRules.Run); a fault injected into the rule fails its delegate, which hands
    // the document to the interpreter.
    private List<int>? RunCompiled(int rule, RulePlan plan, long[] values, bool all, out bool held)
    {
        try
        {
            FaultInjection.Point(pack.Rules[rule].Id);
        }
#pragma warning disable CA1031 // Compiled code that fails hands the document to the interpreter, which reports a fault itself.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            held = true;
            return null;
        }

        return compiled.Run(rule, plan, values, all, out held);
    }

    private ShapeResults Results(ShapePlans plans) => results.GetValue(plans, static _ => new ShapeResults());

    private sealed class ShapeResults
    {
        private readonly ConcurrentDictionary<int, FindingsCollector[]> shapeFindings = new();
        private readonly ConcurrentDictionary<int, NotApplicableCheck[]> reasons = new();

        // Asked for every department of a dataset: no closure per call.
        public NotApplicableCheck[] Reasons(FiscalYear year, ShapePlans plans, CompiledPack pack) =>
            reasons.GetOrAdd(year.Year, static (_, a) => a.Pack.Reasons(a.Plans, a.Year), (Pack: pack, Plans: plans, Year: year));

        public FindingsCollector[] ShapeFindings(FiscalYear year, Func<FindingsCollector[]> compute) =>
            shapeFindings.GetOrAdd(year.Year, _ => compute());

        public FindingsCollector[]? CachedShapeFindings(FiscalYear year) => shapeFindings.GetValueOrDefault(year.Year);
    }
}
