using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>
/// A 类 printed under another edition's name (医疗卫生与计划生育支出 for 210, its name until 2018) is matched to its
/// code through the crosswalk and reported as an outdated name, a warning, not as an amount gap. The mutations rename
/// 210 in the sample (2023; samples/, provenance in its README); the real case is 江苏省政协办公厅 2019 (TestData/real).
/// </summary>
public sealed class OutdatedNamesTests
{
    private const string Outdated = "旧科目名称（自 2019 年起为“卫生健康支出”）";

    private static readonly RulePack Budget = RulePack.Standard(DisclosureKind.Budget);

    // Each line of the sample that prints 卫生健康支出 (收支总表 line 50, 财政拨款收支总表 line 197; the tables' 210 rows).
    private static Disclosure SampleRenamed(Func<int, bool> lines)
    {
        var text = Sample.Lines.Select((l, i) => lines(i + 1) ? l.Replace("卫生健康支出", "医疗卫生与计划生育支出", StringComparison.Ordinal) : l);
        return DisclosureTextReader.Read(string.Join('\n', text), Sample.FileName).Document;
    }

    [Fact]
    public void The_sample_prints_the_name_of_its_edition()
    {
        var result = Budget.Check(Sample.Import.Document);
        result.Passed.Should().Contain(["NM-CATALOG-SE", "NM-CATALOG-SS", "X-SS-SE-CLASS", "X-SS-ITEMS-SE"]);
        result.Findings.Should().NotContain(f => f.RuleId.StartsWith("NM-CATALOG", StringComparison.Ordinal));
    }

    [Fact]
    public void A_class_renamed_in_every_table_is_an_outdated_name_in_each_kind_of_table()
    {
        var result = Budget.Check(SampleRenamed(_ => true));

        result.Findings.Should().NotContain(f => f.Severity == Severity.Error, "the amounts still agree");
        var coded = result.Findings.Should().ContainSingle(f => f.RuleId == "NM-CATALOG-SE").Which;
        coded.Severity.Should().Be(Severity.Warning);
        coded.Message.Should().Be($"支出总表的科目名称与该年度分类科目目录一致（210 医疗卫生与计划生育支出）：名称为“医疗卫生与计划生育支出”，应为“卫生健康支出”：{Outdated}");
        var line = result.Findings.Should().ContainSingle(f => f.RuleId == "NM-CATALOG-SS").Which;
        line.Severity.Should().Be(Severity.Warning);
        line.Message.Should().EndWith(Outdated);
        line.Cells.Should().ContainSingle().Which.Line.Should().Be(50);
        result.Passed.Should().Contain(["X-SS-SE-CLASS", "X-SS-ITEMS-SE"]);
    }

    [Fact]
    public void A_summary_line_under_the_old_name_is_matched_to_its_class_not_an_amount_gap()
    {
        // Only the 收支总表 line: its 类 is found in the 支出总表 through the crosswalk, and the 支出总表's 210 in it.
        var result = Budget.Check(SampleRenamed(n => n == 50));

        result.Findings.Should().NotContain(f => f.Severity == Severity.Error);
        result.Passed.Should().Contain(["X-SS-SE-CLASS", "X-SS-ITEMS-SE", "NM-CATALOG-SE"]);
        result.Findings.Should().ContainSingle(f => f.RuleId == "NM-CATALOG-SS").Which.Message.Should()
            .Be($"收支总表的支出科目名称与该年度分类科目目录一致（十、医疗卫生与计划生育支出）：名称为“医疗卫生与计划生育支出”，应为“卫生健康支出”：{Outdated}");
    }

    [Fact]
    public void An_amount_that_differs_is_still_an_error_on_the_matched_line()
    {
        var text = Sample.Lines.Select((l, i) => i + 1 == 50 ? l.Replace("十、卫生健康支出\t74.20", "十、医疗卫生与计划生育支出\t75.20", StringComparison.Ordinal) : l);
        var result = Budget.Check(DisclosureTextReader.Read(string.Join('\n', text), Sample.FileName).Document);

        result.Findings.Should().Contain(f => f.RuleId == "X-SS-SE-CLASS" && f.Severity == Severity.Error && f.Message.Contains("210", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_that_no_edition_gives_is_a_plain_mismatch()
    {
        var text = Sample.Lines.Select(l => l.Replace("卫生健康支出", "卫生支出", StringComparison.Ordinal));
        var result = Budget.Check(DisclosureTextReader.Read(string.Join('\n', text), Sample.FileName).Document);

        result.Findings.Should().ContainSingle(f => f.RuleId == "NM-CATALOG-SE").Which.Message.Should()
            .EndWith("名称为“卫生支出”，应为“卫生健康支出”");
    }

    [Fact]
    public void The_real_2019_disclosure_on_the_2018_template_prints_three_outdated_names()
    {
        // 江苏省政协办公厅 2019 公开01表 (p. 1): 七、文化体育与传媒支出, 九、医疗卫生与计划生育支出, 十七、国土海洋气象等支出,
        // the 2018 names (the other 2019 Jiangsu disclosures print 文化旅游体育与传媒支出, 卫生健康支出, 自然资源海洋气象等支出).
        var result = Budget.Check(RealPdf.Import(RealPdf.Zhengxie2019Tables).Document);

        result.Findings.Where(f => f.RuleId == "NM-CATALOG-SS").Select(f => (f.Severity, f.Message[(f.Message.LastIndexOf('：') + 1)..])).Should().Equal(
            (Severity.Warning, "旧科目名称（自 2019 年起为“文化旅游体育与传媒支出”）"),
            (Severity.Warning, Outdated),
            (Severity.Warning, "旧科目名称（自 2019 年起为“自然资源海洋气象等支出”）"));
    }

    [Fact]
    public void The_real_2018_disclosure_prints_the_names_of_2018()
    {
        // 江苏省委办公厅 2018 公开01表: 九、医疗卫生与计划生育支出 is right in 2018; its tables are judged by the 2018 edition.
        var result = Budget.Check(RealPdf.Import(RealPdf.Shengwei2018Tables).Document);

        result.Passed.Should().Contain(["NM-CATALOG-SS", "NM-CATALOG-BE"]);
        result.Findings.Should().NotContain(f => f.RuleId.StartsWith("NM-CATALOG", StringComparison.Ordinal));
    }
}
