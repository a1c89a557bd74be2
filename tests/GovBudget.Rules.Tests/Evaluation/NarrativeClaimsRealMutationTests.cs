using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Packs;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>
/// Issue 14, "Done when": one comparison word, one year, one department name, one 项 name changed alone in a real
/// document (TestData/real, provenance in its README) is found, with the page it is printed on; the unchanged document
/// has no such finding but its reviewed ones (Corpus/Approved). The sample's mutations are in NarrativeClaimsTests and
/// NarrativeDepartmentTests; the tables emptied in Packs/NarrativeTotalsRuleTests.
/// </summary>
public sealed class NarrativeClaimsRealMutationTests
{
    private static Disclosure Final2024 => RealPdf.Import(RealPdf.Final2024).Document;

    private static Disclosure Shanghai2025 => RealPdf.Import(RealPdf.Shanghai2025).Document;

    private static Disclosure Jiangsu2019 => RealPdf.Import(RealPdf.Jiangsu2019).Document;

    private static List<Finding> Findings(Disclosure document, string rule) =>
        [.. RulePack.Standard(document.Kind).Check(document).Findings.Where(f => f.RuleId == rule)];

    private static Disclosure Changed(Disclosure document, string from, string to)
    {
        var printed = DocumentEditor.Printed(from);
        document.Narrative.Count(s => printed.IsMatch(s.Text)).Should().Be(1, $"one section prints {from}");
        return DocumentEditor.WithNarrative(document, printed, to);
    }

    private static Disclosure Retitled(Disclosure document, string from, string to)
    {
        document.Narrative.Should().ContainSingle(s => s.Title == from);
        return new(document.Department, document.Year, document.Kind, document.Tables,
            document.Narrative.Select(s => s.Title == from ? s with { Title = to } : s), document.Source);
    }

    [Fact]
    public void The_real_documents_unchanged_have_none_of_these_findings_but_the_reviewed_one()
    {
        Findings(Final2024, "NC-COMPARE").Should().BeEmpty();
        Findings(Final2024, "NC-YEAR").Should().BeEmpty();
        Findings(Final2024, "NC-DEPT").Should().BeEmpty();
        Findings(Jiangsu2019, "NC-YEAR").Should().BeEmpty();
        Findings(Shanghai2025, "NC-ITEMNAME").Should().ContainSingle("the approved defect: 其它行政事业单位养老支出（项）0.96万元, p7");
    }

    [Fact]
    public void One_comparison_word_changed_in_the_real_final_account_is_an_error_on_its_page()
    {
        // p18: 全年预算为52.00万元，支出决算为51.32万元，完成全年预算数的98.69%。决算数小于全年预算数的主要原因：人员变动…
        var finding = Findings(Changed(Final2024, "决算数小于全年预算数的主要原因：人员变动", "决算数大于全年预算数的主要原因：人员变动"), "NC-COMPARE")
            .Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Contain("全年预算为 52.00 万元，决算数小于它，文中却说“决算数大于全年预算数”");
        finding.Cells.Should().Contain(c => c.Page == 18);
    }

    [Fact]
    public void One_year_changed_in_the_real_final_account_s_asset_section_is_an_error_on_its_page()
    {
        var finding = Findings(Changed(Final2024, "截至2024年12月31日", "截至2023年12月31日"), "NC-YEAR").Should().ContainSingle().Which;
        finding.Message.Should().Contain("截至2023年12月31日");
        (finding.Actual, finding.Expected).Should().Be((2023m, 2024m));
        finding.Cells.Should().Contain(c => c.Page == 22);
    }

    [Fact]
    public void One_year_changed_in_a_real_budget_s_heading_is_an_error_on_its_page()
    {
        // 江苏省高级人民法院 2019, p17: 第三部分 2019年度部门预算情况说明.
        var title = Jiangsu2019.Narrative.Single(s => s.Title.Contains("2019年度部门预算情况说明", StringComparison.Ordinal)).Title;
        var finding = Findings(Retitled(Jiangsu2019, title, title.Replace("2019", "2018", StringComparison.Ordinal)), "NC-YEAR").Should().ContainSingle().Which;
        finding.Message.Should().Contain("2018年度部门预算");
        finding.Cells.Should().Contain(c => c.Page == 17);
    }

    [Fact]
    public void One_department_name_changed_in_the_real_final_account_s_part_heading_is_an_error_on_its_page()
    {
        var finding = Findings(Retitled(Final2024, "第三部分中共上海市普陀区委社会工作部2024年度部门决算情况", "第三部分中共上海市普陀区委宣传部2024年度部门决算情况"), "NC-DEPT")
            .Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Contain("写的是“中共上海市普陀区委宣传部”，本文件是中共上海市普陀区委社会工作部的决算");
        finding.Cells.Should().Contain(c => c.Page == 17);
    }

    [Fact]
    public void One_item_name_changed_in_the_real_budget_is_a_warning_naming_the_table_s_row_on_its_page()
    {
        // p7: 3.“一般公共服务支出（类）财政事务（款）信息化建设（项）”166.66万元; the table (p15) prints that 项 with 1,666,600.00 元.
        var findings = Findings(Changed(Shanghai2025, "信息化建设（项）", "信息系统运维（项）"), "NC-ITEMNAME");
        findings.Should().HaveCount(2, "the reviewed 0.96 defect stays");
        var finding = findings.Should().ContainSingle(f => f.Message.Contains("信息系统运维", StringComparison.Ordinal)).Which;
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Contain("项“信息系统运维”应为“信息化建设”");
        finding.Cells.Should().Contain(c => c.Table == "情况说明" && c.Value == 166.66m && c.Page == 7);
    }

    [Fact]
    public void One_year_changed_in_a_real_contents_line_is_an_error_naming_the_contents_page()
    {
        // 普陀区财政局 2025, 目录 p2: 9．2025年部门“三公”经费和机关运行经费预算表.
        const string Entry = "9．2025年部门“三公”经费和机关运行经费预算表";
        Shanghai2025.Contents.Should().ContainSingle(c => c.Title == Entry);
        var finding = Findings(DocumentEditor.WithContentsEntry(Shanghai2025, Entry, Entry.Replace("2025", "2024", StringComparison.Ordinal)), "NC-YEAR")
            .Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Be("目录所述年度与本文件一致：目录第 2 页的“9．2024年部门“三公”经费和机关运行经费预算表”印的是 2024 年，本文件是 2025 年预算");
        finding.Cells.Should().ContainSingle().Which.Page.Should().Be(2);
    }

    [Fact]
    public void One_department_changed_in_a_real_contents_line_is_an_error_naming_the_contents_page()
    {
        const string Entry = "第二部分中共上海市普陀区委社会工作部2024年度部门决算表";
        var finding = Findings(DocumentEditor.WithContentsEntry(Final2024, Entry, "第二部分中共上海市普陀区委宣传部2024年度部门决算表"), "NC-DEPT")
            .Should().ContainSingle().Which;
        finding.Message.Should().Be("目录所述部门与本文件一致：目录第 2 页的“第二部分中共上海市普陀区委宣传部2024年度部门决算表”写的是“中共上海市普陀区委宣传部”，本文件是中共上海市普陀区委社会工作部的决算");
    }

    [Fact]
    public void A_year_put_into_the_sample_s_contents_is_found_on_its_line()
    {
        var text = Sample.Text.Replace("部门预算收支总表.....", "2022年部门预算收支总表.....", StringComparison.Ordinal);
        var document = GovBudget.Import.DisclosureTextReader.Read(text, Sample.FileName).Document;
        Findings(Sample.Import.Document, "NC-YEAR").Should().BeEmpty();
        var finding = Findings(document, "NC-YEAR").Should().ContainSingle().Which;
        finding.Message.Should().Contain("印的是 2022 年，本文件是 2023 年预算");
        finding.Cells.Should().ContainSingle().Which.Line.Should().Be(7);
    }
}
