using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Import;

namespace GovBudget.Cli.Output;

/// <summary>The text summary of an import: the document and its coverage, then per table its title, unit, rows and totals, then notices.</summary>
internal static class ImportSummaryWriter
{
    // A name printed over several columns (预算数 under each “三公” item) is shown with its group: 公务接待费/预算数.
    private static string ColumnName(BudgetTable table, TableColumn column) =>
        column.Group is { } group && table.Columns.Count(c => c.Name == column.Name && c.Side == column.Side) > 1
            ? $"{group}/{column.Name}"
            : column.Name;

    public static void Write(TextWriter w, ImportResult result, ImportCoverage coverage)
    {
        var d = result.Document;
        w.WriteLine($"{d.Department} · {d.Year} 年{d.Kind.ChineseName()} · {d.Source}");
        w.WriteLine($"{d.Tables.Length} 张表, 情况说明 {d.Narrative.Length} 节, {result.Notices.Length} 条提示");
        WriteCoverage(w, coverage);
        foreach (var t in d.Tables)
        {
            w.WriteLine();
            var kind = t.Kind.CanonicalName == t.Title ? string.Empty : $" [{t.Kind.CanonicalName}]";
            w.WriteLine($"{t.Title}{kind}  {Place(t.Line, t.Page)}");
            var unit = t.Unit is { } u ? $"单位：{u.Symbol()}" : "单位：未注明";
            w.WriteLine($"  {unit}  行数：{t.Rows.Length}  列：{string.Join("、", t.Columns.Select(c => ColumnName(t, c)))}");
            if (t.IsEmpty)
            {
                w.WriteLine("  （空表）");
            }

            foreach (var total in Totals(t))
            {
                var cells = t.Columns.Select((c, i) => (c, v: total.Cells[i]))
                    .Where(x => x.v.Kind == CellKind.Number)
                    .Select(x => $"{ColumnName(t, x.c)} {x.v}");
                var side = total.Side switch
                {
                    TableSide.Income => "收入 ",
                    TableSide.Expenditure => "支出 ",
                    _ => string.Empty,
                };
                w.WriteLine($"  {side}{total.Label}：{string.Join("，", cells)}");
            }

            foreach (var note in t.Notes)
            {
                w.WriteLine($"  {note}");
            }
        }

        if (d.Narrative.Length > 0)
        {
            w.WriteLine();
            w.WriteLine("情况说明：");
            foreach (var s in d.Narrative)
            {
                w.WriteLine($"  {s}（{Place(s.Line, s.Page)}，{s.Text.Length} 字）");
            }
        }

        w.WriteLine();
        w.WriteLine(result.Notices.IsEmpty ? "读取说明：无" : "读取说明：");
        foreach (var n in result.Notices)
        {
            w.WriteLine($"  {n}");
        }
    }

    // What the checks see of the document: the profile's tables found and missing, blocks not recognised, checks applying.
    private static void WriteCoverage(TextWriter w, ImportCoverage coverage)
    {
        var (profile, tables, checks, notCounted) = coverage;
        w.WriteLine(ReportLabels.Profile(profile));
        var recognised = tables.Recognised.Select(t => $"{t.Kind.CanonicalName}（{Place(t.Line, t.Page)}）");
        w.WriteLine($"已识别的标准表 {tables.Recognised.Length} 张{(tables.Recognised.IsEmpty ? string.Empty : "：" + string.Join("、", recognised))}");
        w.WriteLine($"未找到：{(tables.Missing.IsEmpty ? "无" : string.Join("、", tables.Missing))}");
        var unrecognised = tables.Unrecognised.Select(u => Place(u.Line, u.Page) + (u.Title.Length > 0 ? $"“{u.Title}”" : "（无标题）"));
        w.WriteLine($"未识别的数表：{(tables.Unrecognised.IsEmpty ? "无" : string.Join("、", unrecognised))}");
        if (checks is null)
        {
            w.WriteLine($"适用的检查：未计算（{notCounted}）");
            return;
        }

        var counts = FindingCounts.Of(checks);
        w.WriteLine($"适用的检查 {counts.Applicable} 条，不适用 {counts.NotApplicable} 条{ReportLabels.NotApplicableCounts(checks)}");
    }

    // The rows that state a table's totals: 合计/总计/小计 rows, or the first row when it has no code.
    private static IEnumerable<TableRow> Totals(BudgetTable t) =>
        t.Rows.Where(r => r.Code is null && (r.Label.EndsWith("合计", StringComparison.Ordinal)
            || r.Label.EndsWith("总计", StringComparison.Ordinal) || r.Label.EndsWith("小计", StringComparison.Ordinal)
            || r.Label == "资产总额"));

    // A PDF has pages and no lines; a text file has lines, and pages when it marks them with form feeds.
    private static string Place(int line, int page) => (line, page) switch
    {
        (> 0, > 0) => $"第 {line} 行（第 {page} 页）",
        (> 0, _) => $"第 {line} 行",
        (_, > 0) => $"第 {page} 页",
        _ => "位置不详",
    };
}
