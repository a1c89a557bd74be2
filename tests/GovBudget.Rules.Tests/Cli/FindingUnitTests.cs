using System.Text.Json;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Cli;

/// <summary>Issue 15 (JSON): a finding with amounts says their unit (tables in 元 or 万元, narrative in 万元); a count has none.</summary>
public sealed class FindingUnitTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("govbudget-unit-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private JsonElement Finding(string rule)
    {
        var path = Path.Combine(dir, "a.rules");
        File.WriteAllText(path, rule);
        var (_, output, _) = TestSupport.Cli.Run("check", Sample.Path, "--rules", path, "--format", "json");
        using var doc = JsonDocument.Parse(output);
        return doc.RootElement.GetProperty("documents")[0].GetProperty("findings")[0].Clone();
    }

    [Fact]
    public void Amounts_carry_the_rule_tables_unit()
    {
        var f = Finding("rule X error \"金额\"\n    table 基本支出表\n    check 301 == 1.0\n");
        f.GetProperty("actual").GetDecimal().Should().Be(1112.32m);
        f.GetProperty("unit").GetString().Should().Be("万元");
    }

    [Fact]
    public void A_count_has_no_unit()
    {
        var f = Finding("rule X error \"计数\"\n    table 基本支出表\n    check count(30xxx) == 1.0\n");
        f.GetProperty("actual").GetDecimal().Should().Be(23m);
        f.TryGetProperty("unit", out _).Should().BeFalse();
    }
}
