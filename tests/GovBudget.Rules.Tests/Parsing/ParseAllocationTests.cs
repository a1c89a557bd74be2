using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Tests.Fuzz;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Parsing;

/// <summary>
/// Issue 14 (fuzz replay rules:8298): the standard budget pack with NR-OPERATING-UNITS's where line written 2000 times
/// allocated 1.5 GB to load. Each token is read between two gaps and each failed alternative reads them again; the
/// gaps were a combinator allocating a failure at every try, and each operator level tried its operators twice.
/// </summary>
public sealed class ParseAllocationTests : InEnglish
{
    private const string WhereLine = "    where defines(\"机关运行经费\", \"行政单位\", \"参照公务员法\")\n";

    private static readonly string BudgetRules = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rules", "standard-budget.rules"))
        .Replace("include \"common.rules\"", string.Empty, StringComparison.Ordinal);

    private static (RulePack Pack, long Allocated) Load(string text)
    {
        RulePack.Parse(text, "standard-budget.rules"); // the first parse also compiles the parser's delegates
        var before = GC.GetAllocatedBytesForCurrentThread();
        var pack = RulePack.Parse(text, "standard-budget.rules");
        return (pack, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_where_clause_written_2000_times_loads_within_the_fuzz_budget_and_still_filters()
    {
        BudgetRules.Should().Contain(WhereLine);
        var repeated = BudgetRules.Replace(WhereLine, string.Concat(Enumerable.Repeat(WhereLine, 2000)), StringComparison.Ordinal);

        var (pack, allocated) = Load(repeated);
        var (_, once) = Load(BudgetRules);

        allocated.Should().BeLessThan(FuzzRun.AllocationBudget);
        ((allocated - once) / 1999).Should().BeLessThan(320 * 1024, "a 60-character where clause cost about 0.7 MB to parse");
        var result = pack.Check(Sample.Import.Document);
        result.NotApplicable.Should().Contain("NR-OPERATING-UNITS", "the sample's 名词解释 does not define 机关运行经费: the where is still false");
        result.NotApplicableReasons.Single(r => r.Rule == "NR-OPERATING-UNITS").Reason.Should().Be(NotApplicableReason.WhereFalse);
    }

    [Fact]
    public void Comments_and_line_breaks_between_any_two_tokens_are_skipped_and_a_slash_still_divides()
    {
        var text = "# pack\nrule X error \"注释\" // after the title\n    table # the table\n 基本支出表\n    check 301 // 人员经费\n        / 2.0 >= # half\n 0.0";
        var pack = RulePack.Parse(text, "comments.rules");

        pack.Check(Sample.Import.Document).Passed.Should().Contain("X");
        RulePack.Parse(text.Replace(">= # half\n 0.0", "< 0.0", StringComparison.Ordinal), "comments.rules")
            .Check(Sample.Import.Document).Findings.Should().ContainSingle(f => f.RuleId == "X");
    }
}
