using GovBudget.Cli.Commands;
using GovBudget.Documents;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Syntax;
using GovBudget.Rules.Waivers;
using NodaTime.Text;

namespace GovBudget.Cli.Output;

/// <summary>
/// The text report of <c>check</c>: per document, findings grouped by table in the document's Chinese labels; for a
/// dataset, a summary (departments, findings by rule, time) and the departments that have findings. Findings a
/// waiver accepts are shown, marked [已接受] with the waiver's reason, author and expiry; waivers that matched
/// nothing are listed at the end. A finding resting on an uncertain reading says 待核实, what looked wrong and the pages
/// to check.
/// </summary>
internal static class CheckReportWriter
{
    public static void Write(
        TextWriter w, IReadOnlyList<CheckedDocument> results, IReadOnlyList<DatasetSummary> datasets, WaiverReport? waivers, Severity threshold)
    {
        var fromDatasets = datasets.Select(d => d.Source).ToHashSet(StringComparer.Ordinal);
        foreach (var r in results)
        {
            if (r.Error is not null)
            {
                w.WriteLine($"{r.Source}：无法读取");
                w.WriteLine();
                continue;
            }

            var inDataset = fromDatasets.Contains(r.Source);
            var shown = r.Findings.Where(f => f.Finding.Severity >= threshold).ToList();
            if (inDataset && shown.Count == 0)
            {
                continue; // a dataset lists only the departments with findings
            }

            WriteDocument(w, r, shown, brief: inDataset, notices: threshold == Severity.Info);
        }

        var files = results.Where(r => !fromDatasets.Contains(r.Source)).ToList();
        if (files.Count > 1)
        {
            WriteOverall(w, files);
        }

        if (waivers is not null)
        {
            WriteWaivers(w, waivers, threshold);
        }

        foreach (var d in datasets)
        {
            WriteSummary(w, d);
        }
    }

    // Several files in one run: what they found together, and which files have errors (counted as each file's summary).
    private static void WriteOverall(TextWriter w, List<CheckedDocument> files)
    {
        var read = files.Where(r => r.Error is null).ToList();
        var counts = read.Select(FindingCounts.Of).ToList();
        var failed = read.Where((_, i) => counts[i].Errors > 0).Select(r => r.Source).ToList();
        var unreadable = files.Count - read.Count;
        var uncertain = counts.Sum(c => c.OpenUncertain);
        w.WriteLine($"共 {files.Count} 份文件：错误 {counts.Sum(c => c.Errors)}，警告 {counts.Sum(c => c.Warnings)}"
            + $"{(uncertain > 0 ? $"（其中待核实 {uncertain}）" : string.Empty)}，提示 {counts.Sum(c => c.Infos)}；"
            + $"有错误的文件 {failed.Count} 份{(failed.Count > 0 ? $"（{string.Join("、", failed)}）" : string.Empty)}"
            + $"{(unreadable > 0 ? $"，无法读取 {unreadable} 份" : string.Empty)}");
        w.WriteLine();
    }

    private static void WriteDocument(TextWriter w, CheckedDocument r, List<CheckedFinding> shown, bool brief, bool notices = true)
    {
        // Accepted findings are counted apart: the counts say what is still open.
        var (errors, warnings, infos, accepted, uncertain, passed, notApplicable) = FindingCounts.Of(r);
        w.WriteLine($"{r.Department} · {r.Year} 年{r.Kind?.ChineseName()} · {r.Source}");
        w.WriteLine($"错误 {errors}，警告 {warnings}{(uncertain > 0 ? $"（其中待核实 {uncertain}）" : string.Empty)}，提示 {infos}{(accepted > 0 ? $"，已接受 {accepted}" : string.Empty)}；通过 {passed} 条规则，不适用 {notApplicable} 条{NotApplicableCounts(r)}");
        if (r.Profile is { } profile)
        {
            w.WriteLine($"公开规范：{profile.Profile.Name}（{profile.Profile.Title}）{(profile.Certain ? "已确定" : "未确定")}：{profile.Reason}");
        }

        foreach (var group in shown.GroupBy(f => f.Finding.TableTitle ?? "（跨表）"))
        {
            w.WriteLine();
            w.WriteLine(group.Key);
            foreach (var (f, waiver) in group)
            {
                w.WriteLine($"  [{Label(f.Severity)}]{(waiver is null ? string.Empty : " [已接受]")} {f.RuleId} {f.Message}");
                foreach (var c in f.Cells.Take(brief ? 4 : 12))
                {
                    w.WriteLine($"      {c}{(c.Page > 0 ? $"（第 {c.Page} 页）" : string.Empty)}");
                }

                if (f.Cells.Count > (brief ? 4 : 12))
                {
                    w.WriteLine($"      …（共 {f.Cells.Count} 个单元格）");
                }

                if (f.Uncertainty is not null)
                {
                    w.WriteLine($"      待核实：{f.Uncertainty}{(f.PagesToCheck.Count > 0 ? $"（请核对第 {string.Join("、", f.PagesToCheck)} 页）" : string.Empty)}");
                }

                if (f.Missing.Count > 0)
                {
                    w.WriteLine($"      缺少的行（按 0 计）：{string.Join("、", f.Missing)}");
                }

                if (waiver is not null)
                {
                    w.WriteLine($"      已接受：{waiver.Reason}（{waiver.By}，有效期至 {LocalDatePattern.Iso.Format(waiver.Expires)}，{waiver.Location.File}:{waiver.Location.Line}）");
                }
            }
        }

        if (!brief && r.NotApplicable.Count > 0)
        {
            // An auditor must never read 不适用 as "checked and fine": each check says why it did not apply.
            foreach (var group in r.NotApplicableReasons.GroupBy(n => n.Reason).OrderBy(g => g.Key))
            {
                w.WriteLine();
                w.WriteLine($"不适用（{ReasonLabel(group.Key)}，{group.Count()} 条）：");
                foreach (var why in group)
                {
                    w.WriteLine($"  {why.Rule}：{why.Detail}");
                }
            }
        }

        if (notices)
        {
            foreach (var n in r.Notices)
            {
                w.WriteLine($"提示：{n}");
            }
        }
        else if (r.Notices.Count > 0)
        {
            // --severity above info hides the reader's notices too, but says that there are some.
            w.WriteLine($"（另有读取提示 {r.Notices.Count} 条未显示：--severity info 显示）");
        }

        w.WriteLine();
    }

    private static void WriteWaivers(TextWriter w, WaiverReport waivers, Severity threshold)
    {
        w.WriteLine($"豁免 {string.Join("、", waivers.Sources)}：{waivers.Count} 条，接受了 {waivers.Accepted} 个发现");
        foreach (var f in waivers.Problems.Where(f => f.Severity >= threshold))
        {
            w.WriteLine($"  [{Label(f.Severity)}] {f.RuleId} {f.Message}");
        }

        w.WriteLine();
    }

    private static void WriteSummary(TextWriter w, DatasetSummary d)
    {
        w.WriteLine($"数据集 {d.Source}：{d.Departments} 个部门，{d.Shapes} 种表样；读取 {d.Load.TotalSeconds:F2} 秒，检查 {d.Check.TotalSeconds:F2} 秒（{(d.Compiled ? "编译执行" : "解释执行")}）");
        if (d.CountsByRule.Count == 0)
        {
            w.WriteLine("  没有发现问题");
        }

        foreach (var (rule, severity, count) in d.CountsByRule)
        {
            w.WriteLine($"  {rule} [{Label(severity)}] {count}");
        }

        w.WriteLine();
    }

    // （缺表 8，缺行 3，叙述未提及 1）
    private static string NotApplicableCounts(CheckedDocument r) =>
        r.NotApplicableReasons.Count == 0 ? string.Empty
        : $"（{string.Join("，", r.NotApplicableReasons.GroupBy(n => n.Reason).OrderBy(g => g.Key).Select(g => $"{ReasonLabel(g.Key)} {g.Count()}"))}）";

    /// <summary>The report's short Chinese name of a not-applicable reason.</summary>
    public static string ReasonLabel(NotApplicableReason reason) => reason switch
    {
        NotApplicableReason.TableAbsent => "缺表",
        NotApplicableReason.RowAbsent => "缺行",
        NotApplicableReason.ColumnAbsent => "缺列",
        NotApplicableReason.PhraseAbsent => "情况说明未提及",
        NotApplicableReason.NarrativeAbsent => "无情况说明",
        NotApplicableReason.CatalogAbsent => "无科目目录",
        NotApplicableReason.DivisionByZero => "除数为零",
        NotApplicableReason.OtherKind => "不适用于此类文件",
        _ => "其他",
    };

    private static string Label(Severity s) => s switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };
}
