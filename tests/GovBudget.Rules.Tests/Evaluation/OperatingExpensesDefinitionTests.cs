using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>
/// defines(term, word…) (issue 14): whether the 名词解释 defines 机关运行经费, and with which words. The definitions are
/// real sentences: 上海市普陀区财政局 2025 (p. 6, 名词解释（四）) and 江苏省委办公厅 2017 (p. 12, 第四部分 名词解释 九、),
/// put into the sample's 名词解释 (which defines no 机关运行经费 of its own).
/// </summary>
public sealed class OperatingExpensesDefinitionTests
{
    private const string Shanghai = "（四）机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。";

    internal const string Jiangsu2017 = "九、机关运行经费：指各部门的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。";

    private const string UnitsOnly = "defines(\"机关运行经费\", \"行政单位\", \"参照公务员法\")";

    private static Disclosure SampleDefining(string? definition)
    {
        var text = Sample.Text;
        if (definition is not null)
        {
            const string Heading = "## 八、名词解释\n";
            var at = text.IndexOf(Heading, StringComparison.Ordinal);
            at.Should().BePositive();
            text = text[..(at + Heading.Length)] + "\n" + definition + "\n" + text[(at + Heading.Length)..];
        }

        return DisclosureTextReader.Read(text, Sample.FileName).Document;
    }

    private static string Eval(Disclosure document, string expression) =>
        Evaluator.Evaluate(document, expression, document.Table(TableKind.GeneralBudgetBasicExpenditure), "合计");

    [Fact]
    public void Without_a_definition_nothing_is_defined()
    {
        var document = SampleDefining(null);
        Eval(document, "defines(\"机关运行经费\")").Should().Be("false");
        Eval(document, UnitsOnly).Should().Be("false");
    }

    [Fact]
    public void A_definition_for_administrative_units_names_them()
    {
        var document = SampleDefining(Shanghai);
        Eval(document, "defines(\"机关运行经费\")").Should().Be("true");
        Eval(document, UnitsOnly).Should().Be("true");
        Eval(document, "defines(\"机关运行经费\", \"各部门\")").Should().Be("false", "the words must be in the definition itself");
    }

    [Fact]
    public void A_definition_for_all_of_a_department_s_public_expenses_does_not_name_administrative_units()
    {
        var document = SampleDefining(Jiangsu2017);
        Eval(document, "defines(\"机关运行经费\")").Should().Be("true");
        Eval(document, UnitsOnly).Should().Be("false", "江苏省委办公厅 2017 defines it as 各部门的公用经费");
    }
}
