using System.Globalization;
using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.Serialization;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>
/// NC-DEPT (issue 14, "one department"): a heading of the 情况说明, or a table title, naming another department than the
/// document's. The headings are quoted from the real documents (provenance in tests/GovBudget.Tests/TestData/real and
/// this project's TestData README); the mutations change one name in the sample or in the real 决算's text.
/// </summary>
public sealed class NarrativeDepartmentTests
{
    private static List<Finding> Departments(DocumentFindings result) => [.. result.Findings.Where(f => f.RuleId == "NC-DEPT")];

    private static DocumentFindings Check(string department, int year, params string[] headings) =>
        RulePack.Standard(DisclosureKind.Budget).Check(new Disclosure(new Department(null, department), new FiscalYear(year), DisclosureKind.Budget, [],
            headings.Select((h, i) => new NarrativeSection((i + 1).ToString(CultureInfo.InvariantCulture), h, "人员经费4,325.55万元。", i + 10, i + 3))));

    private static Disclosure Changed(string text, string from, string to, string name)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        at.Should().BePositive($"the text says {from}");
        return DisclosureTextReader.Read(text[..at] + to + text[(at + from.Length)..], name).Document;
    }

    private static string FinalText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "final-shehuigongzuobu-2024.txt"));

    [Fact]
    public void The_sample_and_the_real_final_account_name_their_own_department()
    {
        var sample = RulePack.Standard(DisclosureKind.Budget).Check(Sample.Import.Document);
        Departments(sample).Should().BeEmpty();
        sample.Passed.Should().Contain("NC-DEPT");

        var final = RulePack.Standard(DisclosureKind.FinalAccount).Check(DisclosureTextReader.Read(FinalText, "final-shehuigongzuobu-2024.txt").Document);
        Departments(final).Should().BeEmpty();
        final.Passed.Should().Contain("NC-DEPT");
    }

    [Fact]
    public void Another_department_in_the_sample_s_heading_is_an_error_where_it_is_printed()
    {
        var document = Changed(Sample.Text, "# 石家庄市数据资源管理局 2023 年部门预算信息公开情况说明", "# 石家庄市财政局 2023 年部门预算信息公开情况说明", Sample.FileName);
        var finding = Departments(RulePack.Standard(DisclosureKind.Budget).Check(document)).Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Be("情况说明所述部门与本文件一致：“石家庄市财政局2023年部门预算”写的是“石家庄市财政局”，本文件是石家庄市数据资源管理局的预算");
        finding.Cells.Should().ContainSingle().Which.Line.Should().BeGreaterThan(380, "the heading is printed on line 384 of the sample");
    }

    [Fact]
    public void Another_department_in_the_real_final_account_s_heading_is_an_error()
    {
        var document = Changed(FinalText, "# 中共上海市普陀区委社会工作部 2024 年度部门决算情况说明", "# 中共上海市普陀区委宣传部 2024 年度部门决算情况说明", "final-shehuigongzuobu-2024.txt");
        Departments(RulePack.Standard(DisclosureKind.FinalAccount).Check(document)).Should().ContainSingle()
            .Which.Message.Should().Contain("写的是“中共上海市普陀区委宣传部”，本文件是中共上海市普陀区委社会工作部的决算");
    }

    [Theory]
    [InlineData("江苏省人民检察院", "第二部分省检察院2017年度部门预算")] // 检察院 2017 p6: an abbreviation kept as data
    [InlineData("江苏省人大常委会办公厅", "省人大办公厅2017年部门预算")] // 人大办公厅 2017
    [InlineData("中国共产党江苏省委员会办公厅", "第三部分省委办公厅2017年度部门预算")] // 省委办公厅 2017: 公开表 and 公开文件
    [InlineData("江苏省政协办公厅", "第二部分江苏省政协办公厅2017年度部门预算")] // 政协办公厅 2017
    public void Forms_and_abbreviations_of_the_department_hold(string department, string heading)
    {
        var result = Check(department, 2017, heading);
        Departments(result).Should().BeEmpty();
        result.Passed.Should().Contain("NC-DEPT");
    }

    [Theory]
    [InlineData("第二部分省法院2017年度部门预算", "省法院")]
    [InlineData("江苏省财政厅2017年度部门预算", "江苏省财政厅")]
    public void A_heading_naming_another_body_is_an_error(string heading, string named) =>
        Departments(Check("江苏省人民检察院", 2017, heading)).Should().ContainSingle()
            .Which.Message.Should().Contain($"写的是“{named}”，本文件是江苏省人民检察院的预算");

    [Theory]
    [InlineData("纳入本部门2019年部门汇总预算编制范围的预算单位")] // 人大常委会 2019: no one is named
    [InlineData("第二部分2019年度部门预算")] // 法院 2019: the heading names no department
    [InlineData("上海市XX局2024年度部门决算")] // the 决算 template: a placeholder is NC-TEMPLATE's
    public void Headings_that_name_no_department_are_not_examined(string heading)
    {
        var result = Check("江苏省人民检察院", 2019, heading);
        Departments(result).Should().BeEmpty();
        result.NotApplicable.Should().Contain("NC-DEPT");
    }

    [Fact]
    public void A_table_whose_department_line_names_another_department_is_an_error_with_its_page()
    {
        var tables = Sample.Import.Document.Tables;
        var document = Sample.Import.Document.WithTables([.. tables.Select((t, i) => t.Kind == TableKind.GeneralBudgetBasicExpenditure
            ? Prepared(t, "石家庄市财政局")
            : Prepared(t, i == 0 ? "石家庄市数据资源管" : "石家庄市数据资源管理局"))]); // the first wrapped (资源管 / 理局): its start only
        var read = DisclosureJson.Deserialize(DisclosureJson.Serialize(document));
        var finding = Departments(RulePack.Standard(DisclosureKind.Budget).Check(read)).Should().ContainSingle().Which;
        var basic = tables.Single(t => t.Kind == TableKind.GeneralBudgetBasicExpenditure);
        finding.Message.Should().Be($"编制部门所述部门与本文件一致：《{basic.Title}》的编制部门印的是“石家庄市财政局”，本文件是石家庄市数据资源管理局的预算");
        finding.Cells.Should().ContainSingle().Which.Line.Should().Be(basic.Line);

        static BudgetTable Prepared(BudgetTable t, string department) =>
            new(t.Kind, t.Title, t.Unit, t.Columns, t.Rows, t.Notes, t.AsOf, t.Line, t.Page) { Signs = t.Signs, PreparedBy = department };
    }

    [Fact]
    public void A_tables_file_without_a_narrative_is_checked_by_its_department_lines()
    {
        var tables = Sample.Import.Document.Tables.Select(t =>
            new BudgetTable(t.Kind, t.Title, t.Unit, t.Columns, t.Rows, [], t.AsOf, t.Line, t.Page) { PreparedBy = "石家庄市数据资源管理局" });
        var bare = new Disclosure(Sample.Import.Document.Department, Sample.Import.Document.Year, DisclosureKind.Budget, tables, []);
        var result = RulePack.Standard(DisclosureKind.Budget).Check(bare);
        result.Passed.Should().Contain("NC-DEPT");
        result.NotApplicable.Should().Contain("NC-TEMPLATE", "the other narrative checks still have nothing to read");
    }

    [Fact]
    public void An_unknown_department_is_not_compared() =>
        Check("未知部门", 2019, "江苏省政协办公厅2019年度部门预算").NotApplicable.Should().Contain("NC-DEPT");
}
