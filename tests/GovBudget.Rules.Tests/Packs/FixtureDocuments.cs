using System.Text.RegularExpressions;
using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Packs;

/// <summary>
/// The documents each standard pack's rules find their passing fixture in, in the order they are tried: real
/// documents first, then real documents with one documented correction, then generated and hand-made ones for the
/// rules no real document here exercises. Each is read or built once.
/// </summary>
internal static class FixtureDocuments
{
    private static readonly Lazy<Disclosure> FinalExcerpt = new(() => Read("final-shehuigongzuobu-2024-excerpt.txt"));

    private static readonly Lazy<Disclosure> FinalTables = new(() => Read("final-shehuigongzuobu-2024.txt"));

    /// <summary>Candidates for <c>RulePack.Standard(DisclosureKind.Budget)</c>.</summary>
    public static IReadOnlyList<Lazy<FixtureDocument>> Budget { get; } =
    [
        Candidate("sample", () => Sample.Import.Document),

        // The sample's one real defect (NM-GB): row 201 of its 一般公共预算财政拨款支出表 is printed 一般公共预算支出.
        // Naming it as the sample's other tables do is the smallest edit after which NM-GB passes.
        Candidate("sample, 201 of the 一般公共预算财政拨款支出表 named 一般公共服务支出 as in its other tables",
            () => Relabel(Sample.Import.Document, TableKind.GeneralBudgetExpenditure, "201", "一般公共服务支出")),

        // The sample prints its 政府性基金 table empty: the GF rules pass there with nothing to break.
        Candidate("generated department (DatasetGenerator seed 1), the first with a 政府性基金预算财政拨款支出表",
            () => DatasetGenerator.Generate(200, seed: 1, errorRate: 0).Dataset.Departments
                .Select(d => d.ToDisclosure())
                .First(d => d.Table(TableKind.GovernmentFundExpenditure) is { IsEmpty: false })),

        // NM-BE needs a second table that prints economic codes; otherwise the 基本支出表 is the common name.
        Candidate("sample with its 财政拨款基本支出表 (a copy of its 基本支出表: all its 财政拨款 is 一般公共预算)",
            () => WithFiscalBasicTable(Sample.Import.Document)),

        // No real budget here spends 国有资本经营预算: the SC rules need invented figures.
        Candidate("hand-made 政府性基金 and 国有资本经营预算 budget", () => Read("handmade-funds-2023-budget.txt")),

        // The sample's 名词解释 does not define 机关运行经费; this one defines it for 行政单位 and 参照公务员法管理的事业单位.
        Candidate("the real 上海普陀区财政局 2025 budget PDF", () => RealPdf.Import(RealPdf.Shanghai2025).Document),

        // Only Jiangsu prints a 机关运行经费 table of its own (公开11表) and states its 财政拨款收、支总预算.
        Candidate("the real 江苏省高级人民法院 2019 budget PDF", () => RealPdf.Import(RealPdf.Jiangsu2019).Document),
    ];

    // A 名词解释's definition of 机关运行经费 (its lines joined by the pattern, to the end of its sentence).
    private static readonly Regex OperatingDefinition = new("机关运行经费：指[^。]*。", RegexOptions.CultureInvariant);

    private static Disclosure FinalPdf => RealPdf.Import(RealPdf.Final2024).Document;

    /// <summary>Candidates for <c>RulePack.Standard(DisclosureKind.FinalAccount)</c>.</summary>
    public static IReadOnlyList<Lazy<FixtureDocument>> Final { get; } =
    [
        Candidate("final excerpt", () => FinalExcerpt.Value),

        // The real rounding break (NR-BASIC-PARTS): 人员经费 95.36 + 公用经费 10.23 = 105.59, but 基本支出 is stated
        // 105.58. The 款 of 302 add up to 10.22, so 公用经费 10.22 is the one figure to restate.
        Candidate("final excerpt, 公用经费 stated 10.22 (the sum of its 款) in the narrative",
            () => DocumentEditor.WithNarrative(FinalExcerpt.Value, "公用经费 10.23 万元", "公用经费 10.22 万元")),

        Candidate("final tables", () => FinalTables.Value),

        // The same break in the 基本支出表: 302 is printed 10.23 over 款 that add up to 10.22, and the 合计 row
        // (95.36 + 10.23) is 0.01 above the 105.58 of the other tables. 舍位平衡 gives 302 10.22 and 合计 105.58.
        Candidate("final tables, 302 and 公用经费 10.22 in the 基本支出表 (舍位平衡)", () => BalancedFinalTables()),

        Candidate("final tables with their 财政拨款基本支出决算表 (a copy of the 基本支出表: all their 财政拨款 is 一般公共预算)",
            () => WithFiscalBasicTable(FinalTables.Value)),

        // The real PDF's 基本支出决算表 prints 人员经费合计 and 公用经费合计 (its two blocks) and no 合计 row.
        Candidate("the real 2024 final PDF", () => FinalPdf),

        // The break again: 95.36 + 10.23 = 105.59 against the 一般公共预算表's 基本支出 105.58; 舍位平衡 gives 302 and
        // 公用经费合计 10.22.
        Candidate("the real 2024 final PDF, 302 and 公用经费合计 10.22 in the 基本支出表 (舍位平衡)", () => BalancedFinalPdf()),

        // Every 决算 here defines 机关运行经费 for 行政单位 and 参照公务员法管理的事业单位 (NR-OPERATING-UNITS): without
        // that definition, NR-OPERATING compares it with the whole 公用经费合计.
        Candidate("the real 2024 final PDF without the 名词解释's definition of 机关运行经费",
            () => DocumentEditor.WithNarrative(FinalPdf, OperatingDefinition, string.Empty)),

        // The real 决算 has no 三公 spending: its table is printed empty and its text says 无“三公”经费财政拨款支出. Worded as the
        // 决算 template words it, with the empty table's figures (0), the 三公 rules read a stated figure to break.
        Candidate("the real 2024 final PDF, its 三公 section worded as the template's with the empty table's 0",
            () => DocumentEditor.WithNarrative(FinalPdf, DocumentEditor.Printed("年度无“三公”经费财政拨款支出。"),
                "年度“三公”经费财政拨款支出年初预算为 0 万元，支出决算为 0 万元，其中：因公出国（境）费决算为 0 万元；公务用车购置及运行维护费支出决算为 0 万元；公务接待费支出决算为 0 万元。")),

        // The real 决算 prints its 政府性基金 and 国有资本经营预算 tables empty.
        Candidate("hand-made 政府性基金 and 国有资本经营预算 final account", () => Read("handmade-funds-2024-final.txt")),
    ];

    private static Lazy<FixtureDocument> Candidate(string name, Func<Disclosure> document) =>
        new(() => new FixtureDocument(name, document()));

    private static Disclosure Read(string file) =>
        DisclosureTextReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "TestData", file)).Document;

    private static Disclosure Relabel(Disclosure document, TableKind kind, string code, string label)
    {
        var table = document.Table(kind)!;
        return DocumentEditor.WithLabel(document, table, table.Rows.Single(r => r.Key == code), label);
    }

    private static Disclosure BalancedFinalPdf()
    {
        var document = DocumentEditor.WithAmount(FinalPdf, TableKind.GeneralBudgetBasicExpenditure, "302", "决算数", "10.22");
        return DocumentEditor.WithAmount(document, TableKind.GeneralBudgetBasicExpenditure, "公用经费合计", "决算数", "10.22");
    }

    private static Disclosure BalancedFinalTables()
    {
        var document = FinalTables.Value;
        foreach (var (row, column, amount) in new[] { ("302", "合计", "10.22"), ("302", "公用经费", "10.22"), ("合计", "合计", "105.58"), ("合计", "公用经费", "10.22") })
        {
            document = DocumentEditor.WithAmount(document, TableKind.GeneralBudgetBasicExpenditure, row, column, amount);
        }

        return document;
    }

    // A department whose 财政拨款 is all 一般公共预算 prints the same figures in its 财政拨款基本支出表 (江苏 公开06表)
    // as in its 一般公共预算财政拨款基本支出表; the 公开06表 comes first, as it is numbered.
    private static Disclosure WithFiscalBasicTable(Disclosure document)
    {
        var basic = document.Table(TableKind.GeneralBudgetBasicExpenditure)!;
        var fiscal = new BudgetTable(TableKind.FiscalAppropriationBasicExpenditure, "财政拨款基本支出表", basic.Unit,
            basic.Columns, basic.Rows, basic.Notes, basic.AsOf, basic.Line);
        var tables = document.Tables.SelectMany(t => t == basic ? new[] { fiscal, t } : [t]);
        return new Disclosure(document.Department, document.Year, document.Kind, tables, document.Narrative, document.Source);
    }
}
