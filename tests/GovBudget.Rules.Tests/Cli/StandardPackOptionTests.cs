using System.Text.Json;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Cli;

/// <summary>Issue 15: <c>--rules standard</c> names the standard pack and combines with the user's rules; without it <c>--rules</c> replaces it.</summary>
public sealed class StandardPackOptionTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("govbudget-standard-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Rules(string text)
    {
        var path = Path.Combine(dir, "my.rules");
        File.WriteAllText(path, text);
        return path;
    }

    private static List<string> RuleIds(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var d = doc.RootElement.GetProperty("documents")[0];
        return [.. d.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!)];
    }

    private const string Mine = "rule MY-1 error \"我的规则\"\n    table 基本支出表\n    check 301 == 1.0\n";

    [Theory]
    [InlineData("standard")]
    [InlineData("standard-budget")]
    public void The_standard_pack_runs_with_the_users_rules(string name)
    {
        var (code, output, error) = TestSupport.Cli.Run("check", Sample.Path, "--rules", name, "--rules", Rules(Mine), "--format", "json");
        error.Should().BeEmpty();
        code.Should().Be(1);
        RuleIds(output).Should().Contain("MY-1").And.Contain("NM-GB", "the sample's one standard warning is still found");
    }

    [Fact]
    public void The_users_rules_alone_replace_the_standard_pack()
    {
        var (_, output, _) = TestSupport.Cli.Run("check", Sample.Path, "--rules", Rules(Mine), "--format", "json");
        RuleIds(output).Should().Equal("MY-1");
    }

    [Fact]
    public void A_standard_pack_named_alone_is_the_default()
    {
        var named = TestSupport.Cli.Run("check", Sample.Path, "--rules", "standard");
        named.Code.Should().Be(0);
        named.Out.Should().Be(TestSupport.Cli.Run("check", Sample.Path).Out);
    }

    [Fact]
    public void A_user_rule_reusing_a_standard_id_is_a_located_error()
    {
        var path = Rules("rule BE-CLASS error \"重复\"\n    table 基本支出表\n    check 301 == 1.0\n");
        var (code, _, error) = TestSupport.Cli.Run("check", Sample.Path, "--rules", "standard", "--rules", path, "--lang", "en");
        code.Should().Be(2);
        error.Trim().Should().StartWith("govbudget: ").And.Contain("my.rules:1:1: rule id BE-CLASS is already defined at common.rules:");
    }
}
