using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Evaluation;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>
/// Which figure the narrative states after a phrase: not a change (增加基本支出 844.15 万元), not another year's figure
/// named right before it (（2016年度部门支出预算安排为8,648.07万元） in a 2017 budget). Sentences from the corpus.
/// </summary>
public sealed class NarrativeFiguresTests
{
    private static decimal? Find(int year, string phrase, params string[] paragraphs) =>
        new NarrativeFigures(new Disclosure(new Department(null, "测试部门"), new FiscalYear(year), DisclosureKind.Budget, [],
            paragraphs.Select((p, i) => new NarrativeSection((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "说明", p, i + 1))))
            .Find(phrase)?.Value;

    [Fact]
    public void A_change_is_not_the_amount_and_the_amount_after_it_is_read()
    {
        // 人大常委会办公厅 2017 p.23, then p.24.
        Find(2017, "基本支出", "主要原因是政策性增资、住房公积金和提租补贴调整等原因，增加基本支出844.15万元。", "此外，基本支出预算数为7666.68万元。")
            .Should().Be(7666.68m);
        Find(2017, "基本支出", "减少基本支出20万元。").Should().BeNull();
    }

    [Fact]
    public void Another_years_figure_named_before_the_phrase_is_not_read_and_the_documents_year_is()
    {
        // 政协办公厅 2017 p.6.
        const string Text = "2017年度部门支出预算安排与2016年度相比（2016年度部门支出预算安排为8,648.07万元）。";
        Find(2017, "支出预算", Text).Should().BeNull();
        Find(2017, "支出预算", Text, "2017年度部门支出预算安排为9,146.79万元。").Should().Be(9146.79m);
        Find(2016, "支出预算", Text).Should().Be(8648.07m);
    }
}
