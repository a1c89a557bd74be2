using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>
/// NC-TEMPLATE and NC-YEAR: template text left in print, and another year's disclosure showing through. The sentences
/// are quoted from the real documents (tests/GovBudget.Tests/TestData/real and its jiangsu-more/, provenance in the
/// READMEs); the mutations change one thing in the sample (samples/, provenance in its README).
/// </summary>
public sealed class NarrativeClaimsTests
{
    private static readonly RulePack Budget = RulePack.Standard(DisclosureKind.Budget);

    private static List<Finding> Claims(DocumentFindings result) =>
        [.. result.Findings.Where(f => f.RuleId.StartsWith("NC-", StringComparison.Ordinal))];

    private static List<Finding> Check(DisclosureKind kind, int year, params string[] paragraphs) =>
        Claims(RulePack.Standard(kind).Check(new Disclosure(new Department(null, "测试部门"), new FiscalYear(year), kind, [],
            paragraphs.Select((p, i) => new NarrativeSection((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "说明", p, i + 10)))));

    private static Disclosure SampleWith(string from, string to)
    {
        var text = Sample.Text;
        var at = text.IndexOf(from, StringComparison.Ordinal);
        at.Should().BePositive($"the sample says {from}");
        return DisclosureTextReader.Read(text[..at] + to + text[(at + from.Length)..], Sample.FileName).Document;
    }

    [Fact]
    public void The_sample_states_nothing_of_a_template_or_of_another_year()
    {
        var result = Budget.Check(Sample.Import.Document);
        Claims(result).Should().BeEmpty();
        result.Passed.Should().Contain(["NC-TEMPLATE", "NC-YEAR"]);
    }

    [Theory]
    [InlineData("（按“部门预算公开 06 表 财政拨款基本支出预算表”中实际发生经济分类支出事项填写）", "填报说明")] // 政协办公厅 2018 p12
    [InlineData("无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：", "填报说明")] // 社会工作部 2024 决算 p15
    [InlineData("与上年相比增加（减少）0万元，增长（减少）0%。", "未作取舍的选项")] // 人大常委会 2019 p9
    [InlineData("上海市XX局2024年度收入支出总计XXX万元。", "占位符")] // the 决算 template p15
    public void Template_text_left_in_print_is_an_error(string sentence, string kind)
    {
        var finding = Check(DisclosureKind.Budget, 2019, "人员经费4,325.55万元" + sentence).Should().ContainSingle().Which;
        finding.RuleId.Should().Be("NC-TEMPLATE");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Contain("中印有模板的" + kind);
    }

    [Theory]
    [InlineData("本部门2019年部门预算与上年相比减少10万元。")]
    [InlineData("全年完成预算的100%（含追加）。")]
    [InlineData("采购Windows系统软件和X光机1台。")] // Latin letters and one X are not a placeholder
    [InlineData("编制2017-2019年部门中期财政规划。")]
    public void Ordinary_sentences_are_not_template_text(string sentence) =>
        Check(DisclosureKind.Budget, 2019, sentence).Should().BeEmpty();

    [Fact]
    public void A_disclosure_naming_another_year_s_budget_is_an_error_and_a_comparison_is_not()
    {
        // 人大常委会 2019 p5, in the 2019 disclosure.
        var finding = Check(DisclosureKind.Budget, 2019, "2.从预算单位构成看，纳入本部门2018年部门汇总预算编制范围的预算单位共计一家。")
            .Should().ContainSingle().Which;
        finding.RuleId.Should().Be("NC-YEAR");
        finding.Message.Should().Contain("写的是2018年部门汇总预算，本文件是 2019 年预算");
        finding.Actual.Should().Be(2018);
        finding.Expected.Should().Be(2019);

        Check(DisclosureKind.Budget, 2019, "比2018年部门预算增加120万元。", "与2018年度部门预算相比持平。", "2019年度部门预算情况说明")
            .Should().BeEmpty();
    }

    [Theory]
    [InlineData(DisclosureKind.FinalAccount, 2024, "截至2024年12月31日，本部门共有车辆2辆。", false)] // 社会工作部 2024 决算
    [InlineData(DisclosureKind.FinalAccount, 2024, "截至2023年12月31日，本部门共有车辆2辆。", true)]
    [InlineData(DisclosureKind.Budget, 2025, "截至2024年8月31日，财政局共有车辆0辆。", false)] // 财政局 2025 预算
    [InlineData(DisclosureKind.Budget, 2025, "截至2025年8月31日，财政局共有车辆0辆。", true)]
    public void The_asset_date_is_the_year_s_end_for_a_final_account_and_the_year_before_for_a_budget(DisclosureKind kind, int year, string sentence, bool wrong) =>
        Check(kind, year, sentence).Select(f => f.RuleId).Should().Equal(wrong ? ["NC-YEAR"] : []);

    [Fact]
    public void One_year_changed_in_the_sample_is_found_where_it_is_printed()
    {
        var mutated = SampleWith("2023 年部门预算收支安排", "2022 年部门预算收支安排");
        var finding = Claims(Budget.Check(mutated)).Should().ContainSingle().Which;
        finding.RuleId.Should().Be("NC-YEAR");
        finding.Message.Should().Contain("写的是2022年部门预算，本文件是 2023 年预算");
        finding.Cells.Should().ContainSingle().Which.Label.Should().Contain("2022年部门预算收支安排65559.38万元");
    }

    [Fact]
    public void A_table_title_of_another_year_is_an_error()
    {
        var mutated = SampleWith("## 部门预算收支总表", "## 2022年部门预算收支总表");
        Claims(Budget.Check(mutated)).Should().ContainSingle(f => f.RuleId == "NC-YEAR")
            .Which.Message.Should().Be("表名所述年度与本文件一致：《2022年部门预算收支总表》印的是 2022 年，本文件是 2023 年预算");
    }

    [Fact]
    public void A_placeholder_put_into_the_sample_is_found()
    {
        var mutated = SampleWith("现将石家庄市数据资源管理局 2023 年部门预算公开如下", "现将石家庄市XX局 2023 年部门预算公开如下");
        Claims(Budget.Check(mutated)).Should().ContainSingle().Which.Message.Should().Contain("占位符“XX”");
    }

    // 社会工作部 2024 决算 pp18–19, word for word (normalised): each comparison word agrees with its figures.
    private const string Final2024 =
        "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。决算数小于预算数的主要原因：人员经费支出数小于预算数。" +
        "其中：1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。主要用于：行政单位人员支出、公用支出。全年预算为52.00万元，支出决算为51.32万元，完成全年预算数的98.69%。决算数小于全年预算数的主要原因：人员变动引起实际支出低于预算。" +
        "3、一般公共服务支出（类）社会工作事务（款）其他社会工作事务支出（项）。全年预算为202.24万元，支出决算为202.24万元。决算数与全年预算数持平。";

    [Fact]
    public void Comparison_words_that_agree_with_their_figures_pass()
    {
        var result = RulePack.Standard(DisclosureKind.FinalAccount).Check(new Disclosure(new Department(null, "中共上海市普陀区委社会工作部"),
            new FiscalYear(2024), DisclosureKind.FinalAccount, [], [new NarrativeSection("五", "一般公共预算财政拨款支出决算情况说明", Final2024, 1)]));
        result.Findings.Where(f => f.RuleId == "NC-COMPARE").Should().BeEmpty();
        result.Passed.Should().Contain("NC-COMPARE");
    }

    [Theory]
    [InlineData("决算数小于全年预算数的主要原因：人员变动", "决算数大于全年预算数的主要原因：人员变动", "全年预算为 52.00 万元，决算数小于它，文中却说“决算数大于全年预算数”")]
    [InlineData("决算数与全年预算数持平", "决算数小于全年预算数", "全年预算为 202.24 万元，决算数等于它，文中却说“决算数小于全年预算数”")]
    [InlineData("支出决算为202.24万元", "支出决算为200.24万元", "全年预算为 202.24 万元，决算数小于它，文中却说“决算数与预算数持平”")]
    public void One_comparison_word_or_figure_changed_is_an_error_quoting_both_figures(string from, string to, string message)
    {
        var text = Final2024.Replace(from, to, StringComparison.Ordinal);
        var finding = Check(DisclosureKind.FinalAccount, 2024, text).Should().ContainSingle().Which;
        finding.RuleId.Should().Be("NC-COMPARE");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Contain(message);
    }

    [Fact]
    public void A_bare_budget_after_two_budgets_is_wrong_only_against_both()
    {
        // 决算数小于预算数 after 年初 0 and 全年 321.02: true of the 全年预算, so nothing is proven wrong.
        Check(DisclosureKind.FinalAccount, 2024, "年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。决算数小于预算数。").Should().BeEmpty();
        Check(DisclosureKind.FinalAccount, 2024, "年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元。决算数大于预算数。").Should().BeEmpty();
        Check(DisclosureKind.FinalAccount, 2024, "年初预算为400万元，全年预算为321.02万元，支出决算为307.82万元。决算数大于预算数。")
            .Should().ContainSingle().Which.RuleId.Should().Be("NC-COMPARE");
    }

    [Fact]
    public void A_document_without_a_narrative_does_not_apply()
    {
        var bare = new Disclosure(new Department(null, "x"), new FiscalYear(2024), DisclosureKind.Budget, [], []);
        Budget.Check(bare).NotApplicableReasons.Where(r => r.Rule.StartsWith("NC-", StringComparison.Ordinal))
            .Should().HaveCount(6).And.OnlyContain(r => r.Reason == NotApplicableReason.NarrativeAbsent);
    }

    private const string SpendingNote = "其他支出 0 万元。";

    [Theory]
    [InlineData("社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离休（项）5.60万元。", "项“行政单位离休”应为“行政单位离退休”")]
    [InlineData("社会保障和就业支出（类）行政事业单位医疗（款）行政单位离退休（项）5.60万元。", "款“行政事业单位医疗”应为“行政事业单位养老支出”")]
    public void A_name_other_than_the_row_with_the_amount_is_a_warning_naming_the_table_name(string sentence, string wrong)
    {
        var finding = Claims(Budget.Check(SampleWith(SpendingNote, SpendingNote + sentence))).Should().ContainSingle().Which;
        finding.RuleId.Should().Be("NC-ITEMNAME");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Contain(wrong).And.Contain("2080501 行政单位离退休");
        finding.Cells.Should().Contain(c => c.Value == 5.60m && c.Table == "情况说明");
    }

    [Theory]
    [InlineData("社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）5.60万元。")]
    [InlineData("一般公共预算支出（类）政府办公厅(室)及相关机构事务（款）其他政府办公厅(室)及相关机构事务支出（项）107.54万元。")] // brackets of the other width
    [InlineData("社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）9.99万元。")] // no row has 9.99: nothing to compare
    public void The_names_of_the_row_with_the_amount_hold(string sentence)
    {
        var result = Budget.Check(SampleWith(SpendingNote, SpendingNote + sentence));
        result.Findings.Where(f => f.RuleId == "NC-ITEMNAME").Should().BeEmpty();
    }

    [Fact]
    public void A_real_sentence_quoted_and_numbered_is_read() // 普陀区财政局 2025 p7, its amount set to the sample's 2080501
    {
        var sentence = "8.“社会保障和就业支出（类）行政事业单位养老支出（款）其它行政事业单位养老支出（项）”5.60万元，主要用于缴纳养老支出。";
        var finding = Claims(Budget.Check(SampleWith(SpendingNote, SpendingNote + sentence))).Should().ContainSingle().Which;
        finding.Message.Should().Contain("项“其它行政事业单位养老支出”应为“行政单位离退休”");
    }

    [Fact]
    public void The_sample_names_no_item_wrongly() =>
        Budget.Check(Sample.Import.Document).Findings.Where(f => f.RuleId == "NC-ITEMNAME").Should().BeEmpty();
}
