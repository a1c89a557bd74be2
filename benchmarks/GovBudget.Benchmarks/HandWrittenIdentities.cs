using System.Collections.Concurrent;
using System.Collections.Immutable;
using GovBudget.Classification;
using GovBudget.Datasets;
using GovBudget.Documents;

namespace GovBudget.Benchmarks;

/// <summary>
/// The identities of identities.rules written by hand over the dense int64 arrays, with the per-shape index work
/// (which rows are 类, which are a row's children, which slot is which column) done once per shape, as a careful
/// programmer would: the physical limit the compiled rules are measured against.
/// </summary>
internal sealed class HandWrittenIdentities
{
    private readonly ConcurrentDictionary<DocumentShape, Plan> plans = new();

    /// <summary>The identities of a shape as slot groups: [total, part, part, …], for the peer engines to evaluate.</summary>
    public int[][] Groups(DenseDocument document) => PlanOf(document).Sums;

    /// <summary>How many bindings fail in a department: the findings count the rule engines must match.</summary>
    public int Failures(DenseDocument document)
    {
        var plan = PlanOf(document);
        var v = document.RawValues;
        var failures = 0;
        foreach (var group in plan.Sums)
        {
            // group: [parentSlot, childSlot, childSlot, …] for one (row, column) binding
            long total = 0;
            for (var i = 1; i < group.Length; i++)
            {
                total += v[group[i]];
            }

            if (v[group[0]] != total)
            {
                failures++;
            }
        }

        return failures;
    }

    // Planned from the document model of the shape's first department; a slot is where DenseDocument.RawValues keeps a
    // cell: the tables in order, each row by row.
    private Plan PlanOf(DenseDocument document) => plans.GetOrAdd(document.Shape, static (_, d) => Build(d.ToDisclosure()), document);

    private static Plan Build(Disclosure document)
    {
        var sums = new List<int[]>();
        var offsets = new Dictionary<TableKind, int>();
        var offset = 0;
        foreach (var table in document.Tables)
        {
            offsets.TryAdd(table.Kind, offset);
            offset += table.Rows.Length * table.Columns.Length;
        }

        if (document.Table(TableKind.GeneralBudgetBasicExpenditure) is { } basic)
        {
            var be = new Layout(basic, offsets[basic.Kind]);
            Hierarchy(be, CodeLevel.Class, requireChildren: false, sums);
            Rows(be, "合计", ["人员经费", "公用经费"], sums);
        }

        if (document.Table(TableKind.ExpenditureSummary) is { } summary)
        {
            var se = new Layout(summary, offsets[summary.Kind]);
            Hierarchy(se, CodeLevel.Class, requireChildren: true, sums);
            Hierarchy(se, CodeLevel.Section, requireChildren: true, sums);
            Rows(se, "合计", ["基本支出", "项目支出", "事业单位经营支出", "上缴上级支出", "对附属单位补助支出"], sums);
        }

        return new Plan([.. sums]);
    }

    private static void Hierarchy(Layout t, CodeLevel level, bool requireChildren, List<int[]> sums)
    {
        for (var r = 0; r < t.Rows.Length; r++)
        {
            if (t.Rows[r].Code is not { } code || code.Level != level)
            {
                continue;
            }

            var children = new List<int>();
            for (var k = 0; k < t.Rows.Length; k++)
            {
                if (t.Rows[k].Code is { } child && child.IsChildOf(code))
                {
                    children.Add(k);
                }
            }

            if (requireChildren && children.Count == 0)
            {
                continue;
            }

            for (var c = 0; c < t.Columns.Length; c++)
            {
                if (t.Columns[c].Type == ColumnType.Amount)
                {
                    sums.Add([t.Slot(r, c), .. children.Select(k => t.Slot(k, c))]);
                }
            }
        }
    }

    private static void Rows(Layout t, string total, string[] parts, List<int[]> sums)
    {
        var totalColumn = Column(t, total);
        var partColumns = parts.Select(p => Column(t, p)).Where(c => c >= 0).ToArray();
        for (var r = 0; r < t.Rows.Length && totalColumn >= 0; r++)
        {
            sums.Add([t.Slot(r, totalColumn), .. partColumns.Select(c => t.Slot(r, c))]);
        }
    }

    private static int Column(Layout t, string name)
    {
        for (var c = 0; c < t.Columns.Length; c++)
        {
            if (t.Columns[c].Name == name)
            {
                return c;
            }
        }

        return -1;
    }

    private sealed record Plan(int[][] Sums);

    // A table of the model with the slot of each of its cells.
    private sealed record Layout(BudgetTable Table, int Offset)
    {
        public ImmutableArray<TableRow> Rows => Table.Rows;

        public ImmutableArray<TableColumn> Columns => Table.Columns;

        public int Slot(int row, int column) => Offset + (row * Columns.Length) + column;
    }
}
