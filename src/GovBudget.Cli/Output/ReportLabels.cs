using GovBudget.Cli.Commands;
using GovBudget.Documents;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Waivers;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Output;

/// <summary>The words every report format (text, HTML) uses, and the grouping of not-applicable checks they share.</summary>
internal static class ReportLabels
{
    /// <summary>错误, 警告 or 提示.</summary>
    public static string Severity(Severity s) => s switch
    {
        Rules.Findings.Severity.Error => T("Severity.Error"),
        Rules.Findings.Severity.Warning => T("Severity.Warning"),
        _ => T("Severity.Info"),
    };

    /// <summary>The report's short Chinese name of a not-applicable reason.</summary>
    public static string Reason(NotApplicableReason reason) => reason switch
    {
        NotApplicableReason.TableAbsent => T("Reason.TableAbsent"),
        NotApplicableReason.RowAbsent => T("Reason.RowAbsent"),
        NotApplicableReason.ColumnAbsent => T("Reason.ColumnAbsent"),
        NotApplicableReason.PhraseAbsent => T("Reason.PhraseAbsent"),
        NotApplicableReason.NarrativeAbsent => T("Reason.NarrativeAbsent"),
        NotApplicableReason.CatalogAbsent => T("Reason.CatalogAbsent"),
        NotApplicableReason.DivisionByZero => T("Reason.DivisionByZero"),
        NotApplicableReason.OtherKind => T("Reason.OtherKind"),
        NotApplicableReason.WhereFalse => T("Reason.WhereFalse"),
        _ => T("Reason.Other"),
    };

    /// <summary>The checks that did not apply, grouped by reason in the reason's order (as every report lists them).</summary>
    public static IEnumerable<IGrouping<NotApplicableReason, NotApplicableCheck>> NotApplicableGroups(CheckedDocument r) =>
        r.NotApplicableReasons.GroupBy(n => n.Reason).OrderBy(g => g.Key);

    /// <summary>（缺表 8，缺行 3，情况说明未提及 1）, or empty when every check applied.</summary>
    public static string NotApplicableCounts(CheckedDocument r) =>
        r.NotApplicableReasons.Count == 0 ? string.Empty
        : T("Report.Parenthesised", string.Join(T("List.Separator"), NotApplicableGroups(r).Select(g => T("Report.ReasonCount", Reason(g.Key), g.Count()))));

    /// <summary>The first line of a document's summary: 错误 0，警告 1，提示 0；通过 85 条检查，不适用 7 条（…）.</summary>
    public static string Summary(CheckedDocument r)
    {
        // Accepted findings are counted apart: the counts say what is still open.
        var (errors, warnings, infos, accepted, uncertain, passed, notApplicable) = FindingCounts.Of(r);
        return T("Report.Summary", errors, warnings, Uncertain(uncertain), infos, accepted > 0 ? T("Report.AcceptedCount", accepted) : string.Empty,
            passed, notApplicable, NotApplicableCounts(r));
    }

    /// <summary>302 石家庄市数据资源管理局 · 2023 年预算.</summary>
    public static string Heading(CheckedDocument r) => Heading(r.Department, r.Year, r.Kind);

    /// <summary>302 石家庄市数据资源管理局 · 2023 年预算 (2023 budget in English).</summary>
    public static string Heading(Department? department, FiscalYear? year, DisclosureKind? kind) =>
        T("Report.Heading", department, year, Kind(kind)).TrimEnd();

    /// <summary>预算 or 决算 (budget, final accounts), or empty.</summary>
    public static string Kind(DisclosureKind? kind) => kind switch
    {
        DisclosureKind.Budget => T("Kind.Budget"),
        DisclosureKind.FinalAccount => T("Kind.FinalAccounts"),
        _ => string.Empty,
    };

    /// <summary>（其中待核实 2）, or empty when nothing is uncertain.</summary>
    private static string Uncertain(int uncertain) => uncertain > 0 ? T("Report.OfWhichUncertain", uncertain) : string.Empty;

    /// <summary>公开规范：name（title）已确定：reason, or null when no profile was chosen.</summary>
    public static string? Profile(CheckedDocument r) => r.Profile is { } profile ? Profile(profile) : null;

    /// <summary>公开规范：name（title）已确定：reason.</summary>
    public static string Profile(Profiles.ProfileChoice profile) =>
        T("Report.Profile", profile.Profile.Name, profile.Profile.Title, T(profile.Certain ? "Report.ProfileCertain" : "Report.ProfileUncertain"), profile.Reason);

    /// <summary>（第 7 页）for a cell printed on a known page, else empty.</summary>
    public static string Page(FindingCell c) => c.Page > 0 ? T("Report.Page", c.Page) : string.Empty;

    /// <summary>待核实：what looked wrong（请核对第 3、4 页）.</summary>
    private static string Uncertainty(Finding f) =>
        T("Report.Uncertainty", f.Uncertainty, f.PagesToCheck.Count > 0 ? T("Report.PagesToCheck", string.Join(T("List.Enumeration"), f.PagesToCheck)) : string.Empty);

    /// <summary>已接受：reason（by，有效期至 date，file:line）.</summary>
    private static string Waiver(Waiver waiver) =>
        T("Report.Waiver", waiver.Reason, waiver.By, NodaTime.Text.LocalDatePattern.Iso.Format(waiver.Expires), waiver.Location.File, waiver.Location.Line);

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
        return T("Report.Overall", files.Count, counts.Sum(c => c.Errors), counts.Sum(c => c.Warnings), Uncertain(uncertain), counts.Sum(c => c.Infos),
            failed.Count, failed.Count > 0 ? T("Report.Parenthesised", string.Join(T("List.Enumeration"), failed)) : string.Empty,
            unreadable > 0 ? T("Report.Unreadable", unreadable) : string.Empty);
    }

    /// <summary>豁免 waivers.csv：3 条，接受了 2 个发现.</summary>
    public static string Waivers(WaiverReport waivers) =>
        T("Report.Waivers", string.Join(T("List.Enumeration"), waivers.Sources), waivers.Count, waivers.Accepted);

    /// <summary>数据集 a.csv：10000 个部门，12 种表样；读取 4.10 秒，检查 1.20 秒（编译执行）.</summary>
    public static string Dataset(DatasetSummary d) =>
        T("Report.Dataset", d.Source, d.Departments, d.Shapes, d.Load.TotalSeconds, d.Check.TotalSeconds, T(d.Compiled ? "Report.Compiled" : "Report.Interpreted"));

    /// <summary>The table name of a finding's narrative figures (what the rules name the 情况说明).</summary>
    public const string NarrativeTable = NarrativeSection.TableName;

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
            return CrossTable;
        }

        var standard = f.Cells.FirstOrDefault(c => c.Title == title && c.Table != NarrativeTable)?.Table;
        return standard is null || title.Contains(standard, StringComparison.Ordinal) ? title : T("Report.GroupWithStandard", title, standard);
    }

    /// <summary>The group of findings that read several tables (or none).</summary>
    public static string CrossTable => T("Report.CrossTable");

    /// <summary>How many departments failed (an open error) and how many findings are open.</summary>
    public static string DatasetOutcome(DatasetSummary d) =>
        T("Report.DatasetOutcome", d.Result.WithErrors, d.Result.WithWarningsOnly, d.Result.Errors, d.Result.Warnings);

    /// <summary>The lines under a finding's cells: what looked uncertain, the rows missing, the waiver that accepts it.</summary>
    public static IEnumerable<string> Details(Finding f, Waiver? waiver)
    {
        if (f.Uncertainty is not null)
        {
            yield return Uncertainty(f);
        }

        if (f.Missing.Count > 0)
        {
            yield return T("Report.MissingRows", string.Join(T("List.Enumeration"), f.Missing));
        }

        if (waiver is not null)
        {
            yield return Waiver(waiver);
        }
    }
}
