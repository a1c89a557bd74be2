using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Packs;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>
/// NC-COMPARE's words of change (issue 14, comparison words): "增加 C 万元，增长 D%" says one direction twice, and a 其中
/// list of changes must have a part that moves the way its total does. The sentences are quoted from the real documents
/// (TestData/real and jiangsu-more/, provenance in the READMEs) and the sample (samples/); each mutation changes one word.
/// </summary>
public sealed class NarrativeChangeWordsTests
{
    private static List<Finding> Compare(Disclosure document) =>
        [.. RulePack.Standard(document.Kind).Check(document).Findings.Where(f => f.RuleId == "NC-COMPARE")];

    private static List<Finding> Compare(string sentence) =>
        Compare(new Disclosure(new Department(null, "测试部门"), new FiscalYear(2019), DisclosureKind.Budget, [],
            [new NarrativeSection("一", "收支预算总体情况说明", sentence, 10)]));

    [Theory]
    [InlineData("行政运行（项）支出9370.12万元，与上年相比增加1297.83万元，增长16.07%。")] // 江苏省委办公厅 2019 p9
    [InlineData("2018年本部门一般公共预算机关运行经费预算支出2094.58万元，与上年相比减少8007.18万元，降低79.27%。")] // 江苏省委办公厅 2018
    [InlineData("2017 年本部门一般公共预算机关运行经费预算支出5619.31 万元，比 2016 年增加 4032.99 万元，增加 254.23%。")] // 江苏省人大办公厅 2017
    [InlineData("与上年相比增加0万元，下降0%。")] // no change: no direction to contradict
    [InlineData("较 2022 年增加 21113.82 万元，其中：基本支出增加 246.24 万元，主要是新增人员导致人员经费变化；项目支出增加 20867.58 万元。")] // the sample
    public void Words_of_change_that_agree_hold(string sentence) => Compare(sentence).Should().BeEmpty();

    [Theory]
    [InlineData("与上年相比增加1297.83万元，下降16.07%。", "“增加1297.83万元”与“下降16.07%”说的变动方向相反")]
    [InlineData("与上年相比减少8007.18万元，增长79.27%。", "“减少8007.18万元”与“增长79.27%”说的变动方向相反")]
    [InlineData("较 2022 年增加 21113.82 万元，其中：基本支出减少 246.24 万元；项目支出减少 20867.58 万元。", "合计增加21113.82万元，其中所列各项（基本支出减少246.24万元、项目支出减少20867.58万元）没有一项与它同向变动")]
    public void Words_of_change_that_contradict_are_an_error(string sentence, string message)
    {
        var finding = Compare(sentence).Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Contain(message);
    }

    [Fact]
    public void One_word_of_change_changed_in_the_sample_is_found_on_its_line()
    {
        Compare(Sample.Import.Document).Should().BeEmpty();
        var text = Sample.Text.Replace("较 2022 年增加 21113.82 万元", "较 2022 年减少 21113.82 万元", StringComparison.Ordinal);
        var finding = Compare(DisclosureTextReader.Read(text, Sample.FileName).Document).Should().ContainSingle().Which;
        finding.Message.Should().Contain("合计减少21113.82万元");
        finding.Cells.Should().ContainSingle().Which.Line.Should().BeInRange(420, 440, "the section 二、部门预算安排的总体情况 begins on line 422");
    }

    [Fact]
    public void One_word_of_change_changed_in_a_real_budget_is_an_error_on_its_page()
    {
        // 江苏省高级人民法院 2019 p24: 机关运行经费预算支出 3580.05 万元，与上年相比增加 172.67 万元，增长 5.07%。
        var document = RealPdf.Import(RealPdf.Jiangsu2019).Document;
        Compare(document).Should().BeEmpty();
        var finding = Compare(DocumentEditor.WithNarrative(document, DocumentEditor.Printed("增长5.07%"), "下降 5.07%")).Should().ContainSingle().Which;
        finding.Message.Should().Contain("“增加172.67万元”与“下降5.07%”说的变动方向相反");
        finding.Cells.Should().ContainSingle().Which.Page.Should().Be(24);
    }
}
