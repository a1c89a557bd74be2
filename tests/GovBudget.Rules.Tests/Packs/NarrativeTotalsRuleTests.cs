using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Packs;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Packs;

/// <summary>
/// Issue 14, "sections against tables": each figure the 情况说明 of a profile states for a table's total has a rule, in
/// that profile's wording (the rule packs' <c>text(…)</c> phrases). The documents are the sample (samples/), the real
/// 上海市普陀区财政局 2025 budget, 江苏省高级人民法院 2019 budget and 普陀区社会工作部 2024 决算 (TestData/real, provenance in
/// its README); the pages named are the printed ones. Each mutation changes one figure of the text, or empties one table.
/// </summary>
public sealed class NarrativeTotalsRuleTests
{
    private static Disclosure Document(string file) => file == "sample" ? Sample.Import.Document : RealPdf.Import(file).Document;

    private static DocumentFindings Check(Disclosure document) => RulePack.Standard(document.Kind).Check(document);

    public static TheoryData<string, string[]> Totals => new()
    {
        { "sample", ["NR-TOTAL", "NR-INCOME", "NR-EXPENDITURE", "NR-BASIC", "NR-PROJECT", "NR-OPERATING", "NR-SANGONG", "NR-SANGONG-CAR", "NR-SANGONG-RECEPTION", "NR-SANGONG-ABROAD", "NR-PROCUREMENT", "NR-ASSETS"] },
        { RealPdf.Shanghai2025, ["NR-INCOME", "NR-EXPENDITURE", "NR-SANGONG-TOTAL", "NR-SANGONG-RECEPTION", "NR-SANGONG-ABROAD", "NR-OPERATING-UNITS"] },
        { RealPdf.Jiangsu2019, ["NR-TOTAL", "NR-FUNDS-TOTAL", "NR-INCOME", "NR-EXPENDITURE", "NR-BASIC", "NR-PROJECT", "NR-OPERATING-TABLE", "NR-SANGONG-CAR", "NR-SANGONG-RECEPTION", "NR-SANGONG-ABROAD", "NR-PROCUREMENT"] },
        { RealPdf.Final2024, ["NR-TOTAL", "NR-INCOME", "NR-EXPENDITURE", "NR-FUNDS-TOTAL", "NR-PROJECT", "NR-BASIC", "NR-OPERATING-UNITS"] },
    };

    [Theory]
    [MemberData(nameof(Totals))]
    public void Every_total_the_profile_s_narrative_states_is_compared_and_holds(string file, string[] rules)
    {
        var result = Check(Document(file));
        result.Passed.Should().Contain(rules);
        result.Findings.Should().NotContain(f => rules.Contains(f.RuleId));
    }

    [Theory]
    [InlineData(RealPdf.Jiangsu2019, "机关运行经费预算支出3580.05万", "机关运行经费预算支出3508.05万", "NR-OPERATING-TABLE", 24, 3580.05)] // 公开11表 合计 3,580.05 (p14)
    [InlineData(RealPdf.Jiangsu2019, "收入、支出预算总计37188.34万", "收入、支出预算总计37108.34万", "NR-TOTAL", 17, 37188.34)]
    [InlineData(RealPdf.Jiangsu2019, "财政拨款收、支总预算37188.34万", "财政拨款收、支总预算37108.34万", "NR-FUNDS-TOTAL", 19, 37188.34)]
    [InlineData(RealPdf.Jiangsu2019, "公务用车购置及运行费预算支出266.8万", "公务用车购置及运行费预算支出286.8万", "NR-SANGONG-CAR", 23, 266.80)]
    [InlineData(RealPdf.Shanghai2025, "“三公”经费预算数为0.95万", "“三公”经费预算数为0.59万", "NR-SANGONG-TOTAL", 22, 0.95)]
    [InlineData(RealPdf.Final2024, "年度收入支出总计307.82", "年度收入支出总计0", "NR-TOTAL", 17, 307.82)] // the 收入支出总计 0 万元
    [InlineData(RealPdf.Final2024, "本年支出合计307.82", "本年支出合计370.82", "NR-EXPENDITURE", 17, 307.82)]
    [InlineData(RealPdf.Final2024, "项目支出202.24", "项目支出220.24", "NR-PROJECT", 17, 202.24)]
    public void A_stated_total_changed_alone_is_an_error_naming_its_page(string file, string from, string to, string rule, int page, decimal table)
    {
        var original = Document(file);
        var changed = DocumentEditor.WithNarrative(original, DocumentEditor.Printed(from), to);
        changed.Should().NotBeEquivalentTo(original, "the text prints the figure");

        var finding = Check(changed).Findings.Should().ContainSingle(f => f.RuleId == rule).Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Cells.Should().Contain(c => c.Table == "情况说明" && c.Page == page, "the sentence is on that page");
        finding.Cells.Should().Contain(c => c.Table != "情况说明" && c.Value == table, "the table's figure is shown beside it");
    }

    public static TheoryData<string, string, string, decimal> Emptied => new()
    {
        { "sample", "“三公”经费支出表", "NR-SANGONG", 6.53m }, // “三公”经费预算安排 6.53 万元 (line 444)
        { RealPdf.Shanghai2025, "“三公”经费支出表", "NR-SANGONG", 0.95m }, // p22
        { RealPdf.Jiangsu2019, "机关运行经费支出表", "NR-OPERATING-TABLE", 3580.05m }, // p24
    };

    [Theory]
    [MemberData(nameof(Emptied))]
    public void A_table_emptied_beside_the_figure_the_text_states_is_an_error(string file, string table, string rule, decimal stated)
    {
        var document = DocumentEditor.Emptied(Document(file), TableKind.FromName(table)!);
        var finding = Check(document).Findings.Should().ContainSingle(f => f.RuleId == rule).Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Expected.Should().Be(0m, "an empty table's rows count as zero");
        finding.Cells.Should().Contain(c => c.Table == "情况说明" && c.Value == stated);
    }

    [Fact]
    public void The_final_account_s_empty_three_public_table_holds_until_the_text_states_a_figure_beside_it()
    {
        // 社会工作部 2024 prints the 三公 table empty (p14, 本年度没有财政拨款“三公”经费支出，故本表无数据) and says so (p20).
        var original = Document(RealPdf.Final2024);
        original.Table(TableKind.ThreePublicExpenses)!.IsEmpty.Should().BeTrue();
        Check(original).NotApplicableReasons.Should().Contain(r => r.Rule == "NR-SANGONG" && r.Reason == NotApplicableReason.PhraseAbsent);

        // The 决算 template's sentence put in place of 无“三公”经费财政拨款支出, as the 年初预算为 0.95 万元.
        var stated = DocumentEditor.WithNarrative(original, DocumentEditor.Printed("年度无“三公”经费财政拨款支出。"),
            "年度“三公”经费财政拨款支出年初预算为 0.95 万元，支出决算为 0.90 万元，完成预算的 94.74%，其中：公务接待费支出决算为 0.90 万元。");
        var findings = Check(stated).Findings;
        findings.Should().ContainSingle(f => f.RuleId == "NR-SANGONG").Which.Cells.Should().Contain(c => c.Value == 0.95m && c.Page == 20);
        findings.Should().ContainSingle(f => f.RuleId == "NR-SANGONG-RECEPTION").Which.Actual.Should().Be(0.90m);
    }
}
