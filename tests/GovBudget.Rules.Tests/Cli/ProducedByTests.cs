using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Html.Parser;
using GovBudget.Rules.Waivers;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Cli;

/// <summary>Issue 15 item 8a: every report says what produced it, so that an audit can be reproduced.</summary>
public sealed class ProducedByTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("govbudget-produced-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static string StandardHash(string file) => Sha256(Path.Combine(AppContext.BaseDirectory, "rules", file));

    // What `govbudget --version` prints: the version Directory.Build.props sets, with the commit built from.
    private static string Version =>
        typeof(GovBudget.Cli.Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    private string Waivers()
    {
        var path = Path.Combine(dir, "waivers.csv");
        File.WriteAllText(path, $"{WaiverSet.Header}\nNM-GB,302,一般公共预算支出表,201,,财政局模板的固定表述，已函告,张三,2099-12-31\n");
        return path;
    }

    [Fact]
    public void Json_names_the_tool_the_rule_files_with_their_hash_the_catalog_and_the_profile()
    {
        var (_, output, _) = TestSupport.Cli.Run("check", Sample.Path, "--format", "json");

        using var json = JsonDocument.Parse(output);
        var run = json.RootElement.GetProperty("producedBy");
        run.GetProperty("tool").GetString().Should().Be("govbudget");
        run.GetProperty("version").GetString().Should().Be(Version).And.StartWith(typeof(GovBudget.Cli.Program).Assembly.GetName().Version!.ToString(3));
        run.GetProperty("rules").EnumerateArray().Select(r => (r.GetProperty("source").GetString(), r.GetProperty("sha256").GetString()))
            .Should().Equal(("standard-budget.rules", StandardHash("standard-budget.rules")), ("common.rules", StandardHash("common.rules")));
        run.GetProperty("today").ValueKind.Should().Be(JsonValueKind.Null, "no waiver was judged");
        var document = json.RootElement.GetProperty("documents")[0];
        document.GetProperty("producedBy").GetProperty("catalogEdition").GetInt32().Should().Be(2023);
        document.GetProperty("producedBy").GetProperty("profile").GetString().Should().Be("shijiazhuang-budget");
        document.GetProperty("counts").GetProperty("warnings").GetInt32().Should().Be(1, "every existing field stays");
        document.GetProperty("source").GetString().Should().Be(Sample.Path);
    }

    [Fact]
    public void Json_gives_the_day_waivers_were_judged_on_and_the_hash_of_a_users_rule_file()
    {
        var rules = Path.Combine(dir, "mine.rules");
        File.WriteAllText(rules, "rule MINE-1 error \"金额\"\n    table 基本支出表\n    check 301 == 1112.32\n");

        var (_, output, _) = TestSupport.Cli.Run("check", Sample.Path, "--rules", rules, "--waivers", Waivers(), "--today", "2026-01-15", "--format", "json");

        using var json = JsonDocument.Parse(output);
        var run = json.RootElement.GetProperty("producedBy");
        run.GetProperty("today").GetString().Should().Be("2026-01-15");
        var source = run.GetProperty("rules").EnumerateArray().Should().ContainSingle().Subject;
        source.GetProperty("source").GetString().Should().Be(Path.GetFullPath(rules));
        source.GetProperty("sha256").GetString().Should().Be(Sha256(rules));
    }

    [Fact]
    public void The_text_report_ends_with_one_line_that_says_what_produced_it()
    {
        var (_, output, _) = TestSupport.Cli.Run("check", Sample.Path, "--waivers", Waivers(), "--today", "2026-01-15");

        var last = output.TrimEnd().Split('\n')[^1];
        last.Should().Be($"生成：govbudget {Version}；规则 standard-budget.rules（SHA-256 {StandardHash("standard-budget.rules")}）、common.rules（SHA-256 "
            + $"{StandardHash("common.rules")}）；科目目录 2023 年版；公开规范 shijiazhuang-budget；豁免判定日 2026-01-15");
    }

    [Fact]
    public void The_html_summary_says_what_produced_each_document()
    {
        var (_, output, _) = TestSupport.Cli.Run("check", Sample.Path, RealPdf.Path(RealPdf.Final2024), "--format", "html");

        var lines = new HtmlParser().ParseDocument(output).QuerySelectorAll("section.document .produced-by").Select(p => p.TextContent).ToList();
        lines.Should().HaveCount(2);
        lines[0].Should().Contain(StandardHash("standard-budget.rules")).And.Contain("科目目录 2023 年版").And.NotContain("standard-final");
        lines[1].Should().Contain($"standard-final.rules（SHA-256 {StandardHash("standard-final.rules")}）").And.Contain("科目目录 2024 年版");
        lines.Should().OnlyContain(l => l.StartsWith($"生成：govbudget {Version}；", StringComparison.Ordinal));
    }
}
