using GovBudget.Cli.Commands;
using GovBudget.Documents;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Syntax;
using GovBudget.Rules.Waivers;

namespace GovBudget.Cli.Output;

/// <summary>The Chinese words every report format (text, HTML) uses, and the grouping of not-applicable checks they share.</summary>
internal static class ReportLabels
{
    /// <summary>错误, 警告 or 提示.</summary>
    public static string Severity(Severity s) => s switch
    {
        Rules.Syntax.Severity.Error => "错误",
        Rules.Syntax.Severity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>The report's short Chinese name of a not-applicable reason.</summary>
    public static string Reason(NotApplicableReason reason) => reason switch
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

    /// <summary>The checks that did not apply, grouped by reason in the reason's order (as every report lists them).</summary>
    public static IEnumerable<IGrouping<NotApplicableReason, NotApplicableCheck>> NotApplicableGroups(CheckedDocument r) =>
        r.NotApplicableReasons.GroupBy(n => n.Reason).OrderBy(g => g.Key);

    /// <summary>（缺表 8，缺行 3，情况说明未提及 1）, or empty when every check applied.</summary>
    public static string NotApplicableCounts(CheckedDocument r) =>
        r.NotApplicableReasons.Count == 0 ? string.Empty
        : $"（{string.Join("，", NotApplicableGroups(r).Select(g => $"{Reason(g.Key)} {g.Count()}"))}）";

    /// <summary>The first line of a document's summary: 错误 0，警告 1，提示 0；通过 85 条规则，不适用 7 条（…）.</summary>
    public static string Summary(CheckedDocument r)
    {
        // Accepted findings are counted apart: the counts say what is still open.
        var (errors, warnings, infos, accepted, uncertain, passed, notApplicable) = FindingCounts.Of(r);
        return $"错误 {errors}，警告 {warnings}{(uncertain > 0 ? $"（其中待核实 {uncertain}）" : string.Empty)}，提示 {infos}"
            + $"{(accepted > 0 ? $"，已接受 {accepted}" : string.Empty)}；通过 {passed} 条规则，不适用 {notApplicable} 条{NotApplicableCounts(r)}";
    }

    /// <summary>302 石家庄市数据资源管理局 · 2023 年预算.</summary>
    public static string Heading(CheckedDocument r) => $"{r.Department} · {r.Year} 年{r.Kind?.ChineseName()}";

    /// <summary>公开规范：name（title）已确定：reason, or null when no profile was chosen.</summary>
    public static string? Profile(CheckedDocument r) => r.Profile is { } profile ? Profile(profile) : null;

    /// <summary>公开规范：name（title）已确定：reason.</summary>
    public static string Profile(Profiles.ProfileChoice profile) =>
        $"公开规范：{profile.Profile.Name}（{profile.Profile.Title}）{(profile.Certain ? "已确定" : "未确定")}：{profile.Reason}";

    /// <summary>（第 7 页）for a cell printed on a known page, else empty.</summary>
    public static string Page(FindingCell c) => c.Page > 0 ? $"（第 {c.Page} 页）" : string.Empty;

    /// <summary>待核实：what looked wrong（请核对第 3、4 页）.</summary>
    private static string Uncertainty(Finding f) =>
        $"待核实：{f.Uncertainty}{(f.PagesToCheck.Count > 0 ? $"（请核对第 {string.Join("、", f.PagesToCheck)} 页）" : string.Empty)}";

    /// <summary>已接受：reason（by，有效期至 date，file:line）.</summary>
    private static string Waiver(Waiver waiver) =>
        $"已接受：{waiver.Reason}（{waiver.By}，有效期至 {NodaTime.Text.LocalDatePattern.Iso.Format(waiver.Expires)}，{waiver.Location.File}:{waiver.Location.Line}）";

    /// <summary>
    /// Several files in one run: 共 3 份文件：错误 2，警告 2，提示 0；有错误的文件 1 份（b.pdf），无法读取 1 份 (counted as
    /// each file's summary).
    /// </summary>
    public static string Overall(IReadOnlyList<CheckedDocument> files)
    {
        var read = files.Where(r => r.Error is null).ToList();
        var counts = read.Select(FindingCounts.Of).ToList();
        var failed = read.Where((_, i) => counts[i].Errors > 0).Select(r => r.Source).ToList();
        var unreadable = files.Count - read.Count;
        var uncertain = counts.Sum(c => c.OpenUncertain);
        return $"共 {files.Count} 份文件：错误 {counts.Sum(c => c.Errors)}，警告 {counts.Sum(c => c.Warnings)}"
            + $"{(uncertain > 0 ? $"（其中待核实 {uncertain}）" : string.Empty)}，提示 {counts.Sum(c => c.Infos)}；"
            + $"有错误的文件 {failed.Count} 份{(failed.Count > 0 ? $"（{string.Join("、", failed)}）" : string.Empty)}"
            + $"{(unreadable > 0 ? $"，无法读取 {unreadable} 份" : string.Empty)}";
    }

    /// <summary>豁免 waivers.csv：3 条，接受了 2 个发现.</summary>
    public static string Waivers(WaiverReport waivers) =>
        $"豁免 {string.Join("、", waivers.Sources)}：{waivers.Count} 条，接受了 {waivers.Accepted} 个发现";

    /// <summary>数据集 a.csv：10000 个部门，12 种表样；读取 4.10 秒，检查 1.20 秒（编译执行）.</summary>
    public static string Dataset(DatasetSummary d) =>
        $"数据集 {d.Source}：{d.Departments} 个部门，{d.Shapes} 种表样；读取 {d.Load.TotalSeconds:F2} 秒，检查 {d.Check.TotalSeconds:F2} 秒（{(d.Compiled ? "编译执行" : "解释执行")}）";

    /// <summary>The table name of a finding's narrative figures (what the rules name the 情况说明).</summary>
    public const string NarrativeTable = "情况说明";

    /// <summary>A finding's cell as a report prints it: under the table's printed title, the name its findings are
    /// grouped under and the one to look for in the document (one name per table in a report).</summary>
    public static string Cell(FindingCell c) =>
        c.Table != NarrativeTable && !string.IsNullOrEmpty(c.Title) && c.Title != c.Table ? (c with { Table = c.Title }).ToString() : c.ToString();

    /// <summary>The heading a table's findings are grouped under: its printed title, followed by the standard table it
    /// was recognised as when the title does not say it (<c>2025年部门一般公共预算支出功能分类预算表（一般公共预算财政拨款支出表）</c>).</summary>
    public static string Group(Finding f)
    {
        if (f.TableTitle is not { } title)
        {
            return "（跨表）";
        }

        var standard = f.Cells.FirstOrDefault(c => c.Title == title && c.Table != NarrativeTable)?.Table;
        return standard is null || title.Contains(standard, StringComparison.Ordinal) ? title : $"{title}（{standard}）";
    }

    /// <summary>How many departments failed (an open error) and how many findings are open.</summary>
    public static string DatasetOutcome(DatasetSummary d) =>
        $"有错误的部门 {d.Result.WithErrors} 个，只有警告的部门 {d.Result.WithWarningsOnly} 个；错误 {d.Result.Errors} 条，警告 {d.Result.Warnings} 条";

    /// <summary>The lines under a finding's cells: what looked uncertain, the rows missing, the waiver that accepts it.</summary>
    public static IEnumerable<string> Details(Finding f, Waiver? waiver)
    {
        if (f.Uncertainty is not null)
        {
            yield return Uncertainty(f);
        }

        if (f.Missing.Count > 0)
        {
            yield return $"缺少的行（按 0 计）：{string.Join("、", f.Missing)}";
        }

        if (waiver is not null)
        {
            yield return Waiver(waiver);
        }
    }
}
