using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>
/// The narrative checks on generated sentences in the shapes they read (增长 D%, 占 P%, 完成…的 P%, 其中 lists, 项
/// figures): a consistent sentence gives no finding, a rate off by a whole point is an error, and no figure (0,
/// negative, absent, 28–29 digits, many decimals, 0% and 100%, 元/万元/亿元) makes a check fail to run.
/// </summary>
public sealed class NarrativePropertyTests
{
    private static readonly RulePack Pack = RulePack.Standard(DisclosureKind.FinalAccount);

    private static DocumentFindings Check(string paragraph) =>
        Pack.Check(new Disclosure(new Department(null, "测试部门"), new FiscalYear(2024), DisclosureKind.FinalAccount, [],
            [new NarrativeSection("1", "说明", paragraph, 1)]));

    private static List<Finding> Narrative(string paragraph) =>
        [.. Check(paragraph).Findings.Where(f => f.RuleId.StartsWith("NA-", StringComparison.Ordinal))];

    private static string Money(long cents, bool grouped) =>
        (cents / 100m).ToString(grouped ? "#,0.00" : "0.00", CultureInfo.InvariantCulture);

    private static string Percent(decimal ratio) =>
        Math.Round(ratio * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    [Property(Arbitrary = [typeof(Figures)], MaxTest = 200)]
    public bool A_consistent_growth_rate_passes(Cents previous, Cents change, bool decrease, bool grouped)
    {
        var p = Math.Max(previous.Value, 1);
        var c = decrease ? Math.Min(change.Value, p) : change.Value;
        var now = decrease ? p - c : p + c;
        var sentence = $"一般公共预算支出{Money(now, grouped)}万元，与上年相比{(decrease ? "减少" : "增加")}{Money(c, grouped)}万元，{(decrease ? "下降" : "增长")}{Percent((decimal)c / p)}%。";
        return Narrative(sentence).Count == 0;
    }

    [Property(Arbitrary = [typeof(Figures)], MaxTest = 200)]
    public bool A_growth_rate_off_by_a_point_is_an_error(Cents previous, Cents change)
    {
        // A base of at least 1000 万元 and a change no larger than it: the printed figures then fix the rate to well
        // within a point (a tiny base printed to 0.01 万元 would not).
        var p = previous.Value + 100_000;
        var c = change.Value % (p + 1);
        var stated = (Math.Round((decimal)c / p * 100m, 2, MidpointRounding.AwayFromZero) + 1m).ToString("0.00", CultureInfo.InvariantCulture);
        var findings = Narrative($"支出{Money(p + c, false)}万元，与上年相比增加{Money(c, false)}万元，增长{stated}%。");
        return findings.Count == 1 && findings[0].RuleId == "NA-GROWTH" && findings[0].Severity == Severity.Error;
    }

    [Property(Arbitrary = [typeof(Figures)], MaxTest = 200)]
    public bool A_consistent_share_passes(Cents total, Cents part, bool grouped)
    {
        var t = Math.Max(total.Value, 2);
        var x = part.Value % t; // smaller than the total, 0 included
        return Narrative($"一般公共预算财政拨款支出{Money(t, grouped)}万元，主要用于：住房保障支出（类）{Money(x, grouped)}万元，占{Percent((decimal)x / t)}%。").Count == 0;
    }

    [Property(Arbitrary = [typeof(Figures)], MaxTest = 200)]
    public bool A_consistent_completion_rate_passes(Cents initial, Cents full, Cents actual)
    {
        var a = Math.Max(initial.Value, 1);
        return Narrative($"年初预算为{Money(a, false)}万元，全年预算为{Money(full.Value, false)}万元，支出决算为{Money(actual.Value, false)}万元，完成年初预算的{Percent((decimal)actual.Value / a)}%。").Count == 0;
    }

    [Property(Arbitrary = [typeof(Figures)], MaxTest = 200)]
    public bool A_complete_list_that_adds_up_passes_in_every_unit(Cents goods, Cents works, Cents services, byte unit)
    {
        var u = (unit % 3) switch { 0 => "元", 1 => "万元", _ => "亿元" };
        var total = goods.Value + works.Value + services.Value;
        return Narrative($"政府采购预算{Money(total, false)}{u}，其中：货物{Money(goods.Value, false)}{u}，工程{Money(works.Value, false)}{u}，服务{Money(services.Value, false)}{u}。").Count == 0;
    }

    [Property(Arbitrary = [typeof(Figures)], MaxTest = 500)]
    public bool No_figure_makes_a_check_fail_to_run(Hostile a, Hostile b, Hostile c, Hostile p, byte shape)
    {
        var sentence = (shape % 6) switch
        {
            0 => $"支出{a}万元，与上年相比增加{b}万元，增长{p}%。",
            1 => $"支出{a}万元，与上年相比减少{b}万元，下降{p}%。",
            2 => $"合计{a}万元。其中住房{b}万元，占{p}%。",
            3 => $"年初预算为{a}万元，全年预算为{b}万元，支出决算为{c}万元，完成全年预算的{p}%。",
            4 => $"采购{a}亿元，其中：货物{b}亿元，工程{c}元，服务{p}万元。",
            _ => $"一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）{a}万元；一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）{b}元。",
        };
        return !Check(sentence).HasInternalFaults;
    }

    [Theory]
    [InlineData("合计0万元。其中住房0万元，占0%。")]
    [InlineData("一般公共预算支出100万元，主要用于：住房保障支出0万元，占0%。")]
    [InlineData("支出100万元，与上年相比增加0万元，增长0%。")]
    [InlineData("支出1100000000000000000000000000万元，与上年相比增加100000000000000000000000000万元，增长10%。")]
    [InlineData("支出12345678901234567890123456789万元，与上年相比增加1234567890123456789012345678万元，增长11.11%。")]
    [InlineData("合计99999999999999999999999999999万元，其中：货物1万元，工程1万元，服务1万元。")]
    [InlineData("支出110万元，与上年相比增加10万元，增长10.0000000000000000000000000000001%。")]
    [InlineData("年初预算为100万元，全年预算为100万元，支出决算为95万元，完成年初预算的95.0000000000000000000000000000001%。")]
    [InlineData("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）87.7000000000000000000000000000001万元。")]
    public void Zero_and_huge_bases_are_checked_or_left_alone_never_a_fault(string sentence)
    {
        var result = Check(sentence);
        result.HasInternalFaults.Should().BeFalse();
        result.Findings.Where(f => f.RuleId.StartsWith("NA-", StringComparison.Ordinal) && f.Severity == Severity.Error).Should().BeEmpty();
    }

    /// <summary>A figure in hundredths, from 0 to about 10^10 万元.</summary>
    public sealed record Cents(long Value);

    /// <summary>A figure as a hostile document might print it.</summary>
    public sealed record Hostile(string Text)
    {
        public override string ToString() => Text;
    }

    public static class Figures
    {
        public static Arbitrary<Cents> Cents() => Gen.OneOf(
                Gen.Choose(0, 10_000).Select(i => (long)i),
                from high in Gen.Choose(0, 1_000_000)
                from low in Gen.Choose(0, 99_999)
                select (high * 100_000L) + low)
            .Select(v => new Cents(v)).ToArbitrary();

        public static Arbitrary<Hostile> Hostile() => Gen.OneOf(
                Gen.Constant("0"),
                Gen.Constant("0.00"),
                Gen.Constant("100"),
                Gen.Constant(string.Empty),
                Gen.Choose(1, 99_999).Select(i => i.ToString(CultureInfo.InvariantCulture)),
                Gen.Choose(1, 99_999).Select(i => "-" + i.ToString(CultureInfo.InvariantCulture)),
                Gen.Choose(28, 29).Select(n => new string('9', n)),
                Gen.Choose(1, 9).Select(n => "12345678901234567890123456" + new string('7', n)),
                Gen.Choose(1, 99_999).Select(i => "0." + i.ToString("00000000", CultureInfo.InvariantCulture)),
                Gen.Choose(27, 34).Select(n => "1." + new string('0', n) + "1"),
                Gen.Constant("1,2,3,4"))
            .Select(t => new Hostile(t)).ToArbitrary();
    }
}
