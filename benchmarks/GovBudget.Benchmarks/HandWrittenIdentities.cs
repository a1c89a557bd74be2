using System.Collections.Concurrent;
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
    public int[][] Groups(DocumentShape shape) => plans.GetOrAdd(shape, Build).Sums;

    /// <summary>How many bindings fail in a department: the findings count the rule engines must match.</summary>
    public int Failures(DenseDocument document)
    {
        var plan = plans.GetOrAdd(document.Shape, Build);
        var v = document.Values;
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

    private static Plan Build(DocumentShape shape)
    {
        var sums = new List<int[]>();
        if (shape.Table(TableKind.GeneralBudgetBasicExpenditure) is { } be)
        {
            Hierarchy(be, CodeLevel.Class, requireChildren: false, sums);
            Rows(be, "合计", ["人员经费", "公用经费"], sums);
        }

        if (shape.Table(TableKind.ExpenditureSummary) is { } se)
        {
            Hierarchy(se, CodeLevel.Class, requireChildren: true, sums);
            Hierarchy(se, CodeLevel.Section, requireChildren: true, sums);
            Rows(se, "合计", ["基本支出", "项目支出", "事业单位经营支出", "上缴上级支出", "对附属单位补助支出"], sums);
        }

        return new Plan([.. sums]);
    }

    private static void Hierarchy(TableShape t, CodeLevel level, bool requireChildren, List<int[]> sums)
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

    private static void Rows(TableShape t, string total, string[] parts, List<int[]> sums)
    {
        var totalColumn = Column(t, total);
        var partColumns = parts.Select(p => Column(t, p)).Where(c => c >= 0).ToArray();
        for (var r = 0; r < t.Rows.Length && totalColumn >= 0; r++)
        {
            sums.Add([t.Slot(r, totalColumn), .. partColumns.Select(c => t.Slot(r, c))]);
        }
    }

    private static int Column(TableShape t, string name)
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
}
