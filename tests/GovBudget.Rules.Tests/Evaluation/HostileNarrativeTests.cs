using System.Text.RegularExpressions;
using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>
/// Hostile text in the sample's 情况说明 (issue 11): a figure of more digits than an amount holds, a zero base, a long
/// run of digits. Each is inserted in a narrative paragraph the checks read; the standard budget pack must run to the
/// end without a 规则执行失败 finding and report what it reports on the sample itself.
/// </summary>
public sealed class HostileNarrativeTests
{
    private const string Paragraph = "反映本部门当年全部收入。";

    private static readonly RulePack Budget = RulePack.Standard(DisclosureKind.Budget);

    private static Disclosure SampleWith(string sentence)
    {
        var text = Sample.Text;
        text.Should().Contain(Paragraph);
        var document = DisclosureTextReader.Read(text.Replace(Paragraph, Paragraph + sentence, StringComparison.Ordinal), Sample.FileName).Document;
        document.Narrative.Should().Contain(s => s.Text.Contains(sentence, StringComparison.Ordinal), "the checks must read the hostile sentence");
        return document;
    }

    private static DocumentFindings CheckWith(string sentence)
    {
        var result = Budget.Check(SampleWith(sentence));
        result.HasInternalFaults.Should().BeFalse();
        result.Findings.Should().NotContain(f => f.Message.Contains("规则执行失败", StringComparison.Ordinal));
        return result;
    }

    private static IEnumerable<string> Messages(DocumentFindings result) => result.Findings.Select(f => $"{f.RuleId} {f.Message}");

    [Theory]
    [InlineData("支出合计12345678901234567890123456789万元，其中：货物1万元，工程1万元，服务1万元。")]
    [InlineData("支出合计1234567890123456789012345678万元，其中：货物1万元，工程1万元，服务1万元。")]
    [InlineData("年初预算为12345678901234567890123456789万元，全年预算为100万元，支出决算为95万元，完成年初预算的95%。")]
    [InlineData("支出12345678901234567890123456789万元，与上年相比增加1234567890123456789012345678万元，增长11.11%。")]
    [InlineData("合计99999999999999999999999999999万元。其中住房1万元，占1%。")]
    public void A_figure_of_more_digits_than_an_amount_holds_is_not_compared(string sentence)
    {
        // Compared, the figure would make a finding (three 1s do not make the total, 95 is not 95% of it, nor 11.11%).
        Messages(CheckWith(sentence)).Should().Equal(Messages(Budget.Check(Sample.Import.Document)));
    }

    [Fact]
    public void A_zero_total_and_a_zero_share_are_not_divided_by()
    {
        var result = CheckWith("合计0万元。其中住房0万元，占0%。");
        Messages(result).Should().Equal(Messages(Budget.Check(Sample.Import.Document)));
    }

    [Theory]
    [InlineData("编号", "1", 100_000)]
    [InlineData("编号", "1,", 50_000)]
    [InlineData("编号", "1.", 50_000)]
    [InlineData("合计", "9", 100_000)]
    public void A_long_run_of_digits_is_read_in_linear_time(string before, string unit, int count)
    {
        // Read by backtracking patterns, 100,000 digits took minutes (each start of a figure ran to the end of the run).
        var run = string.Concat(Enumerable.Repeat(unit, count));
        var result = CheckWith($"{before}{run}万元，其中：货物{run}万元，占{run}%。");
        Messages(result).Should().Equal(Messages(Budget.Check(Sample.Import.Document)));
    }

    [Fact]
    public void A_sentence_of_many_placeholders_is_one_finding_read_in_linear_time()
    {
        // Cut out and hashed once per placeholder, the 300,000-character sentence took minutes.
        var result = CheckWith(string.Concat(Enumerable.Repeat("XX局", 100_000)) + "。");
        var template = result.Findings.Should().ContainSingle(f => f.RuleId == "NC-TEMPLATE").Which;
        template.Message.Should().EndWith("中印有模板的占位符“XX”");
        template.Cells.Should().ContainSingle().Which.Label.Length.Should().Be(300_000, "the sentence quoted is the placeholders' own");
    }

    [Fact]
    public void A_run_of_digits_too_long_for_a_figure_is_not_read_as_its_last_digits()
    {
        // 0000000000010000 are the last 16 digits of the run: read as a total of 10000, they would explain 占1%.
        Budget.Check(SampleWith("合计10000万元。其中住房100万元，占1%。")).Passed.Should().Contain("NA-SHARE");
        var result = CheckWith("合计90000000000000010000万元。其中住房100万元，占1%。");
        result.NotApplicable.Should().Contain("NA-SHARE");
    }

    [Fact]
    public void A_pattern_that_times_out_makes_its_check_not_applicable_never_a_fault()
    {
        DocumentFindings result;
        using (FaultInjection.Fail("NA-PARTS", () => new RegexMatchTimeoutException("……", "(?<t>…)", NarrativePatterns.MatchTimeout)))
        {
            result = Budget.Check(Sample.Import.Document);
        }

        result.HasInternalFaults.Should().BeFalse();
        var why = result.NotApplicableReasons.Should().ContainSingle(r => r.Rule == "NA-PARTS").Which;
        why.Reason.Should().Be(NotApplicableReason.Other);
        why.Detail.Should().Be($"情况说明的文字（2 字）未能在限定时间（{NarrativePatterns.MatchTimeoutMilliseconds} 毫秒）内读完，本项未核对");
        Budget.Check(Sample.Import.Document).Passed.Should().Contain("NA-PARTS", "the sample's 其中 lists are checked when nothing times out");
    }
}
