using System.Collections.Immutable;
using System.Runtime.InteropServices;
using GovBudget.Amounts;
using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Functions;
using GovBudget.Localization;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Compilation;

// Planning a document shape: each rule's bindings mapped onto the shape's slots once per layout and language.
internal sealed partial class CompiledRules
{
    // Keyed by language too: a plan keeps not-applicable reasons and name findings in the language of the run.
    /// <summary>The plans of <paramref name="shape"/> in the run's language: planned once, then looked up.</summary>
    public ShapePlans Plans(DocumentShape shape)
    {
        var key = (shape, MessageLanguages.Current);
        if (plans.TryGetValue(key, out var known))
        {
            return known;
        }

        if (plans.Count >= MaxKeptShapes)
        {
            lock (plans)
            {
                if (plans.Count >= MaxKeptShapes)
                {
                    forgotten += plans.Count;
                    plans.Clear();
                }
            }
        }

        return plans.GetOrAdd(key, planShape);
    }

    private RulePlan[] Plan(DocumentShape shape)
    {
        var document = ShapeDocument(shape, out var slots);
        var index = new DocumentIndex(document);
        var result = new RulePlan[compiled.Length];
        for (var i = 0; i < compiled.Length; i++)
        {
            var rule = rules[i];
            if (RuleBindings.WhyNotApplicable(rule, document, out var table) is { Reason: not NotApplicableReason.NarrativeAbsent } why)
            {
                result[i] = new RulePlan(PlanKind.NotApplicable, null, TablesAbsent: true, why);
                continue;
            }

            if (rule.ReadsNarrative)
            {
                // The shape has no narrative: not applicable to a dataset's department; a full document's narrative
                // is read by the interpreter.
                result[i] = new RulePlan(PlanKind.NotApplicable, null, TablesAbsent: false,
                    new NotApplicableCheck(rule.Id, NotApplicableReason.NarrativeAbsent, T("NA.NoNarrative")));
                continue;
            }

            if (shapeOnly[i])
            {
                result[i] = new RulePlan(PlanKind.ShapeOnly, null, false);
                continue;
            }

            result[i] = compiled[i] is { } c && TryBuildTable(c, index, table, slots) is { } bindingTable
                ? new RulePlan(PlanKind.Compiled, bindingTable, false)
                : new RulePlan(PlanKind.Interpreted, null, false);
        }

        return result;
    }

    // A rule whose planning fails runs in the interpreter, which reports the fault as the rule's finding.
    private static BindingTable? TryBuildTable(CompiledRule c, DocumentIndex index, BudgetTable? table, Dictionary<TableRow, (TableShapeRef Table, int Row)> slots)
    {
        try
        {
            return BuildTable(c, index, table, slots);
        }
#pragma warning disable CA1031
        catch (Exception e) when (e is not OutOfMemoryException and not NotApplicableException)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    // Resolves every reference of every binding to slots with the addressing the interpreter uses too.
    private static BindingTable? BuildTable(CompiledRule c, DocumentIndex index, BudgetTable? table, Dictionary<TableRow, (TableShapeRef Table, int Row)> slots)
    {
        var bindings = new RuleBindings(index, c.Rule, table);
        var singles = new List<int>();
        var setStarts = new List<int> { 0 };
        var setSlots = new List<int>();
        var constants = new List<long>();
        var singleFactors = new long[c.Singles.Count];
        var setFactors = new long[c.Sets.Count];
        var deferred = new List<bool>();
        var cells = new List<(BudgetTable Table, TableRow Row, int Column)>(); // reused for every site of every binding
        var count = 0;
        try
        {
            for (var s = 0; s < c.Singles.Count; s++)
            {
                singleFactors[s] = Factor(bindings.ResolveTable(c.Singles[s]));
            }

            for (var s = 0; s < c.Sets.Count; s++)
            {
                setFactors[s] = Factor(bindings.ResolveTable(c.Sets[s]));
            }

            foreach (var _ in bindings.Bindings())
            {
                count++;
                var singleBase = singles.Count;
                var setBase = setStarts.Count - 1;
                for (var s = 0; s < c.Singles.Count; s++)
                {
                    var site = c.Singles[s];
                    bindings.ResolveCells(site, cells);
                    if (cells.Count == 0 && site.Rows is LabelRows && !bindings.ResolveTable(site).IsEmpty)
                    {
                        return null; // an absent labelled row makes the binding not applicable: the interpreter says so
                    }

                    if (cells.Count == 0)
                    {
                        singles.Add(-1);
                        continue;
                    }

                    var slot = SlotOf(cells[0], slots);
                    if (slot == int.MinValue)
                    {
                        return null;
                    }

                    singles.Add(slot);
                }

                for (var s = 0; s < c.Sets.Count; s++)
                {
                    bindings.ResolveCells(c.Sets[s], cells);
                    foreach (var cell in cells)
                    {
                        var slot = SlotOf(cell, slots);
                        if (slot == int.MinValue)
                        {
                            return null;
                        }

                        setSlots.Add(slot);
                    }

                    setStarts.Add(setSlots.Count);
                }

                deferred.Add(ReadsOnlyAbsentColumns(c, singles, singleBase, setStarts, setBase, setSlots));
                for (var s = 0; s < c.Constants.Count; s++)
                {
                    var site = c.Constants[s];
                    constants.Add(site.Term switch
                    {
                        ShapeTerm.RowsExist => bindings.Exists(site.Rows) ? 1 : 0,
                        ShapeTerm.RowCount => CountCells(bindings, site.Rows, cells) * Amount.UnitsPerWhole,
                        _ => throw new InvalidOperationException($"no plan for {site.Term}"),
                    });
                }
            }
        }
        catch (NotApplicableException)
        {
            return null;
        }

        var literal = bindings.LiteralFactor;
        return new BindingTable(count, c.Singles.Count, c.Sets.Count, c.Constants.Count, [.. singles], singleFactors,
            [.. setStarts], [.. setSlots], setFactors, [.. constants], (long)literal, deferred.Contains(true) ? [.. deferred] : null);
    }

    // A cell the compiled code may read: an amount column (counts and text stay with the interpreter).
    private static int SlotOf((BudgetTable Table, TableRow Row, int Column) cell, Dictionary<TableRow, (TableShapeRef Table, int Row)> slots)
    {
        if (cell.Column < 0)
        {
            return ColumnAbsent; // read as 0; a comparison side of nothing else is deferred (see BuildTable)
        }

        if (cell.Table.Columns[cell.Column].Type != ColumnType.Amount)
        {
            return int.MinValue;
        }

        var (table, row) = slots[cell.Row];
        return table.Shape.Slot(row, cell.Column);
    }

    private const int ColumnAbsent = -2;

    private static long Factor(BudgetTable table) => table.Unit?.InYuan() ?? 1;

    // Whether some comparison side of the binding just planned reads cells, all in columns the table does not print:
    // the interpreter makes that binding not applicable, so compiled code must not decide it.
    private static bool ReadsOnlyAbsentColumns(CompiledRule c, List<int> singles, int singleBase, List<int> setStarts, int setBase, List<int> setSlots)
    {
        for (var s = 0; s < c.Sides.Count; s++)
        {
            var side = c.Sides[s];
            if (AllAbsent(side.LeftSingles, side.LeftSets, singles, singleBase, setStarts, setBase, setSlots)
                || AllAbsent(side.RightSingles, side.RightSets, singles, singleBase, setStarts, setBase, setSlots))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllAbsent(int[] sideSingles, int[] sideSets, List<int> singles, int singleBase, List<int> setStarts, int setBase, List<int> setSlots)
    {
        var reads = 0;
        var absent = 0;
        foreach (var site in sideSingles)
        {
            var slot = singles[singleBase + site];
            reads += slot == -1 ? 0 : 1; // -1: the row is absent (not a read); -2: the column is
            absent += slot == ColumnAbsent ? 1 : 0;
        }

        foreach (var site in sideSets)
        {
            for (var k = setStarts[setBase + site]; k < setStarts[setBase + site + 1]; k++)
            {
                reads++;
                absent += setSlots[k] == ColumnAbsent ? 1 : 0;
            }
        }

        return reads > 0 && absent == reads;
    }

    private static int CountCells(RuleBindings bindings, BoundCells rows, List<(BudgetTable Table, TableRow Row, int Column)> cells)
    {
        bindings.ResolveCells(rows, cells);
        return cells.Count;
    }

    // A document with the shape's tables and rows and no figures: planning reads only its structure.
    private static Disclosure ShapeDocument(DocumentShape shape, out Dictionary<TableRow, (TableShapeRef Table, int Row)> slots)
    {
        slots = new Dictionary<TableRow, (TableShapeRef, int)>(ReferenceEqualityComparer.Instance);
        var tables = new List<BudgetTable>();
        foreach (var t in shape.Tables)
        {
            // Blank cells, one array per row without a copy of it: rows are records, and distinct arrays keep equal-looking rows unequal.
            var rows = t.Rows.Select(r => new TableRow(r.Number, r.Code, r.Label, r.Side, BlankCells(t.Columns.Length), r.Line, r.Page) { Depth = r.Depth }).ToList();
            for (var i = 0; i < rows.Count; i++)
            {
                slots[rows[i]] = (new TableShapeRef(t), i);
            }

            tables.Add(new BudgetTable(t.Kind, t.Title, t.Unit, t.Columns, rows));
        }

        return new Disclosure(new Department(null, "shape"), new FiscalYear(2000), DisclosureKind.Budget, tables, []);
    }

    private static ImmutableArray<Cell> BlankCells(int columns) =>
        columns == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(new Cell[columns]);
}
