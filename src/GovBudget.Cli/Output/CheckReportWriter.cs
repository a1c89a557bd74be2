using GovBudget.Cli.Commands;
using GovBudget.Rules.Syntax;

namespace GovBudget.Cli.Output;

/// <summary>The text report of <c>check</c>: per document, findings grouped by table, in the document's Chinese labels.</summary>
internal static class CheckReportWriter
{
    public static void Write(TextWriter w, IReadOnlyList<CheckedDocument> results, Severity threshold)
    {
        foreach (var r in results)
        {
            if (r.Document is not { } d || r.Findings is not { } found)
            {
                w.WriteLine($"{r.Source}：无法读取");
                w.WriteLine();
                continue;
            }

            var shown = found.Findings.Where(f => f.Severity >= threshold).ToList();
            var errors = found.Findings.Count(f => f.Severity == Severity.Error);
            var warnings = found.Findings.Count(f => f.Severity == Severity.Warning);
            var infos = found.Findings.Count(f => f.Severity == Severity.Info);
            w.WriteLine($"{d.Department} · {d.Year} 年{(d.Kind == Documents.DisclosureKind.FinalAccount ? "决算" : "预算")} · {r.Source}");
            w.WriteLine($"错误 {errors}，警告 {warnings}，提示 {infos}；通过 {found.Passed.Count} 条规则，不适用 {found.NotApplicable.Count} 条");
            foreach (var group in shown.GroupBy(f => f.TableTitle ?? "（跨表）"))
            {
                w.WriteLine();
                w.WriteLine(group.Key);
                foreach (var f in group)
                {
                    w.WriteLine($"  [{Label(f.Severity)}] {f.RuleId} {f.Message}");
                    foreach (var c in f.Cells.Take(12))
                    {
                        w.WriteLine($"      {c}");
                    }

                    if (f.Cells.Count > 12)
                    {
                        w.WriteLine($"      …（共 {f.Cells.Count} 个单元格）");
                    }

                    if (f.Missing.Count > 0)
                    {
                        w.WriteLine($"      缺少的行（按 0 计）：{string.Join("、", f.Missing)}");
                    }
                }
            }

            if (found.NotApplicable.Count > 0)
            {
                w.WriteLine();
                w.WriteLine($"不适用：{string.Join(" ", found.NotApplicable)}");
            }

            foreach (var n in r.Import?.Notices ?? [])
            {
                w.WriteLine($"提示：{n}");
            }

            w.WriteLine();
        }
    }

    private static string Label(Severity s) => s switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };
}
