using System.Text.Json;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Cli;

/// <summary>Issue 15 (JSON): a finding on the 情况说明 names the section and the page its sentence is printed in; a
/// finding on tables alone has no section.</summary>
public sealed class NarrativeFindingJsonTests
{
    [Fact]
    public void A_narrative_finding_names_its_section_and_page()
    {
        var (_, json, error) = TestSupport.Cli.Run("check", RealPdf.Path(RealPdf.Shanghai2025), "--format", "json");

        using var parsed = JsonDocument.Parse(json);
        var findings = parsed.RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray().ToList();
        findings.Should().NotBeEmpty(error);
        foreach (var f in findings)
        {
            var quoted = f.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("table").GetString() == "情况说明").ToList();
            if (quoted.Count == 0)
            {
                f.TryGetProperty("section", out _).Should().BeFalse(f.GetProperty("rule").GetString());
            }
            else
            {
                f.GetProperty("section").GetString().Should().Be(quoted[0].GetProperty("title").GetString());
            }
        }

        // The printed error (887.36 万元 for 87.36): section 2025年部门预算编制说明, page 7, as on the printed page.
        var wrong = findings.Single(f => f.GetProperty("severity").GetString() == "error" && f.GetProperty("message").GetString()!.Contains("887.36", StringComparison.Ordinal));
        wrong.GetProperty("section").GetString().Should().Be("2025年部门预算编制说明");
        wrong.GetProperty("page").GetInt32().Should().Be(7);
        wrong.TryGetProperty("location", out _).Should().BeTrue("location stays the rule's source span");
    }
}
