using GovBudget.Documents;
using GovBudget.Rules.Checking;
using Xunit.Abstractions;

namespace GovBudget.Rules.Tests.Packs;

/// <summary>
/// Every rule of the standard packs has a passing fixture (a document it applies to and finds nothing in) and a
/// failing one generated from it by changing one cell the rule reads, as the XBRL US data quality rules ship a pass
/// and a fail case per rule. A rule added without a document to pass fails here under its id. See README.md.
/// </summary>
public sealed class RuleFixturesTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, RuleFixtureFinder> Finders = new(StringComparer.Ordinal)
    {
        ["budget"] = new(RulePack.Standard(DisclosureKind.Budget), FixtureDocuments.Budget),
        ["final"] = new(RulePack.Standard(DisclosureKind.FinalAccount), FixtureDocuments.Final),
    };

    public static TheoryData<string, string> Rules()
    {
        var data = new TheoryData<string, string>();
        foreach (var (pack, finder) in Finders)
        {
            foreach (var rule in finder.Pack.Rules)
            {
                data.Add(pack, rule.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_passes_its_fixture_and_fails_it_once_a_cell_it_reads_is_changed(string pack, string rule)
    {
        var finder = Finders[pack];
        var fixture = finder.For(rule);
        fixture.Passing.Should().NotBeNull("some candidate document must pass {0} with a cell to break; tried: {1}",
            rule, string.Join("; ", fixture.Tried));
        fixture.Passing!.Document.Kind.Should().Be(pack == "final" ? DisclosureKind.FinalAccount : DisclosureKind.Budget);
        var passed = finder.Pack.Check(fixture.Passing.Document);
        passed.Passed.Should().Contain(rule, "the rule applies to its passing fixture ({0}) and finds nothing", fixture.Passing);
        passed.Findings.Should().NotContain(f => f.RuleId == rule);

        fixture.Failing.Should().NotBeNull();
        output.WriteLine($"{pack} {rule}: passes {fixture.Passing}; fails after {fixture.Failing!.Description}:");
        output.WriteLine($"  {fixture.Finding}");
        var failed = finder.Pack.Check(fixture.Failing.Document).Findings.Where(f => f.RuleId == rule).ToList();
        failed.Should().Contain(f => f.Severity == fixture.Rule.Severity && !f.ExplainedByRounding && f.Cells.Any(fixture.Failing.Names),
            "changing {0} must give a finding of the rule's own severity, beyond rounding, that names the changed cell", fixture.Failing.Description);
    }

    [Fact]
    public void The_rules_with_both_fixtures_are_the_rules_of_the_packs()
    {
        foreach (var (pack, finder) in Finders)
        {
            // A rule added to a pack is listed here, and passes only once some candidate document exercises it.
            var withFixtures = finder.Pack.Rules.Select(r => finder.For(r.Id)).Where(f => f.Complete).Select(f => f.Rule.Id);
            withFixtures.Should().BeEquivalentTo(finder.Pack.Rules.Select(r => r.Id), "every rule of the {0} pack needs both fixtures", pack);
        }
    }

    [Fact]
    public void Rules_the_real_documents_do_not_exercise_use_the_reviewed_fixtures()
    {
        // Reviewed: which rules needed a corrected, generated or hand-made document (README.md says why each exists).
        var expected = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["budget: sample, 201 of the 一般公共预算财政拨款支出表 named 一般公共服务支出 as in its other tables"] = ["NM-GB"],
            ["budget: generated department (DatasetGenerator seed 1), the first with a 政府性基金预算财政拨款支出表"] =
                ["GF-CLASS", "GF-SECTION", "GF-TOTAL", "GF-ROW", "NM-GF"],
            ["budget: sample with its 财政拨款基本支出表 (a copy of its 基本支出表: all its 财政拨款 is 一般公共预算)"] = ["NM-BE"],
            ["budget: hand-made 政府性基金 and 国有资本经营预算 budget"] = ["SC-CLASS", "SC-SECTION", "SC-TOTAL", "SC-ROW", "NM-SC"],
            ["final: final excerpt, 公用经费 stated 10.22 (the sum of its 款) in the narrative"] = ["NR-BASIC-PARTS"],
            ["final: final tables"] = ["GB-CLASS", "GB-SECTION", "GB-TOTAL", "GB-ROW", "BE-TOTAL", "BE-ROW", "X-SG-30217", "X-SG-30231",
                "NM-IS", "NM-GB", "NM-CATALOG-BE"],
            ["final: final tables, 302 and 公用经费 10.22 in the 基本支出表 (舍位平衡)"] = ["BE-CLASS", "X-GB-BE", "X-SE-BE"],
            ["final: final tables with their 财政拨款基本支出决算表 (a copy of the 基本支出表: all their 财政拨款 is 一般公共预算)"] = ["NM-BE"],
            ["budget: the real 上海普陀区财政局 2025 budget PDF"] = ["NR-OPERATING-UNITS", "NR-SANGONG-TOTAL"],
            ["budget: the real 江苏省高级人民法院 2019 budget PDF"] = ["NR-FUNDS-TOTAL", "NR-OPERATING-TABLE"],
            ["final: the real 2024 final PDF"] = ["BE-BLOCKS", "NR-TOTAL", "NR-INCOME", "NR-FUNDS-TOTAL", "NR-OPERATING-UNITS"],
            ["final: the real 2024 final PDF, its 三公 section worded as the template's with the empty table's 0"] =
                ["NR-SANGONG", "NR-SANGONG-ABROAD", "NR-SANGONG-CAR", "NR-SANGONG-RECEPTION"],
            ["final: the real 2024 final PDF without the 名词解释's definition of 机关运行经费"] = ["NR-OPERATING"],
            ["final: the real 2024 final PDF, 302 and 公用经费合计 10.22 in the 基本支出表 (舍位平衡)"] = ["X-GB-BE-BLOCKS"],
            ["final: hand-made 政府性基金 and 国有资本经营预算 final account"] =
                ["GF-CLASS", "GF-SECTION", "GF-TOTAL", "GF-ROW", "SC-CLASS", "SC-SECTION", "SC-TOTAL", "SC-ROW", "NM-GF", "NM-SC"],
        };
        var actual = Finders
            .SelectMany(p => p.Value.Pack.Rules.Select(r => (Pack: p.Key, Fixture: p.Value.For(r.Id))))
            .Where(x => x.Fixture.Passing is { } passing && passing.Name is not ("sample" or "final excerpt"))
            .GroupBy(x => $"{x.Pack}: {x.Fixture.Passing}", x => x.Fixture.Rule.Id)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        actual.Should().BeEquivalentTo(expected);
    }
}
