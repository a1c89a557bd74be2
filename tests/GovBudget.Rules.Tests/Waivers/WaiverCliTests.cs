using System.Text.Json;
using GovBudget.Cli;
using GovBudget.Rules.Waivers;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Waivers;

public sealed class WaiverCliTests : InEnglish
{
    private const string AcceptNameWarning = "NM-GB,302,一般公共预算支出表,201,,财政局模板的固定表述，已函告,张三,2099-12-31";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"govbudget-waiver-cli-{Guid.NewGuid():N}");

    public WaiverCliTests() => Directory.CreateDirectory(folder);

    protected override void Dispose(bool disposing)
    {
        Directory.Delete(folder, recursive: true);
        base.Dispose(disposing);
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => TestSupport.Cli.Run(args);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string WriteWaivers(string name, params string[] lines) => Write(name, string.Join('\n', [WaiverSet.Header, .. lines]) + "\n");

    [Fact]
    public void An_accepted_warning_is_shown_as_accepted_with_reason_author_and_expiry()
    {
        var waivers = WriteWaivers("waivers.csv", AcceptNameWarning);

        var (code, output, error) = Run("check", Sample.Path, "--waivers", waivers);

        code.Should().Be(0, error);
        output.Should().Contain("错误 0，警告 0，提示 0，已接受 1；")
            .And.Contain("  [警告] [已接受] NM-GB 一般公共预算财政拨款支出表的科目名称与本文件其他表一致")
            .And.Contain($"      已接受：财政局模板的固定表述，已函告（张三，有效期至 2099-12-31，{waivers}:2）")
            .And.Contain($"豁免 {waivers}：1 条，接受了 1 个发现");
    }

    [Fact]
    public void Json_counts_say_what_the_text_summary_says_with_and_without_a_waiver()
    {
        var waivers = WriteWaivers("waivers.csv", AcceptNameWarning);

        foreach (var (extra, warnings, accepted) in new[] { (Array.Empty<string>(), 1, 0), (new[] { "--waivers", waivers }, 0, 1) })
        {
            var (_, text, _) = Run(["check", Sample.Path, .. extra]);
            var (_, output, _) = Run(["check", Sample.Path, "--format", "json", .. extra]);

            using var json = JsonDocument.Parse(output);
            var counts = json.RootElement.GetProperty("documents")[0].GetProperty("counts");
            (counts.GetProperty("errors").GetInt32(), counts.GetProperty("warnings").GetInt32(), counts.GetProperty("infos").GetInt32(),
                counts.GetProperty("accepted").GetInt32()).Should().Be((0, warnings, 0, accepted));
            var passed = counts.GetProperty("passed").GetInt32();
            var notApplicable = counts.GetProperty("notApplicable").GetInt32();
            notApplicable.Should().Be(json.RootElement.GetProperty("documents")[0].GetProperty("notApplicable").GetArrayLength());
            text.Should().Contain($"错误 0，警告 {warnings}，提示 0{(accepted > 0 ? "，已接受 1" : string.Empty)}；通过 {passed} 条检查，不适用 {notApplicable} 条");
        }
    }

    [Fact]
    public void Json_gives_every_finding_an_accepted_field_and_lists_waiver_problems()
    {
        var waivers = WriteWaivers("waivers.csv", AcceptNameWarning, "NM-SE,,,999,,不存在的行,李四,2099-12-31");

        var (code, output, _) = Run("check", Sample.Path, "--waivers", waivers, "--format", "json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var finding = json.RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray().Single();
        finding.GetProperty("rule").GetString().Should().Be("NM-GB");
        finding.GetProperty("severity").GetString().Should().Be("warning");
        var accepted = finding.GetProperty("accepted");
        accepted.GetProperty("reason").GetString().Should().Be("财政局模板的固定表述，已函告");
        accepted.GetProperty("by").GetString().Should().Be("张三");
        accepted.GetProperty("expires").GetString().Should().Be("2099-12-31");
        accepted.GetProperty("location").GetString().Should().Be($"{waivers}:2");
        var run = json.RootElement.GetProperty("waivers");
        run.GetProperty("files").EnumerateArray().Select(f => f.GetString()).Should().Equal(waivers);
        run.GetProperty("count").GetInt32().Should().Be(2);
        run.GetProperty("accepted").GetInt32().Should().Be(1);
        var unused = run.GetProperty("findings").EnumerateArray().Single();
        unused.GetProperty("rule").GetString().Should().Be("WAIVER-UNUSED");
        unused.GetProperty("severity").GetString().Should().Be("warning");
        unused.GetProperty("location").GetString().Should().Be($"{waivers}:3:1");
        unused.GetProperty("accepted").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Without_waivers_findings_are_open_and_there_is_no_waivers_object()
    {
        var (_, output, _) = Run("check", Sample.Path, "--format", "json");

        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("documents")[0].GetProperty("findings")[0].GetProperty("accepted").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.TryGetProperty("waivers", out _).Should().BeFalse();
    }

    [Fact]
    public void An_expired_waiver_leaves_the_warning_open_and_says_so()
    {
        var waivers = WriteWaivers("waivers.csv", AcceptNameWarning.Replace("2099-12-31", "2025-06-30", StringComparison.Ordinal));

        var (onTheDay, valid, _) = Run("check", Sample.Path, "--waivers", waivers, "--today", "2025-06-30");
        var (afterIt, expired, _) = Run("check", Sample.Path, "--waivers", waivers, "--today", "2025-07-01");

        onTheDay.Should().Be(0);
        valid.Should().Contain("[已接受] NM-GB");
        afterIt.Should().Be(0, "an open warning is not an error");
        expired.Should().Contain("错误 0，警告 2，提示 0；").And.Contain("  [警告] NM-GB ").And.NotContain("[已接受]")
            .And.Contain($"  [警告] WAIVER-EXPIRED {waivers}:2 的豁免（NM-GB 302 一般公共预算财政拨款支出表 201，张三）已于 2025-06-30 过期");
    }

    [Fact]
    public void A_waiver_cannot_accept_an_error_so_the_exit_code_stays_1()
    {
        var broken = Write("broken.txt", Sample.Text.Replace("3\t30101\t基本工资\t274.14\t274.14\t", "3\t30101\t基本工资\t284.14\t284.14\t", StringComparison.Ordinal));
        var waivers = WriteWaivers("waivers.csv", "BE-CLASS,,基本支出表,30101,,录入错误,王五,2099-12-31");

        var (code, output, _) = Run("check", broken, "--waivers", waivers, "--format", "json");

        code.Should().Be(1);
        using var json = JsonDocument.Parse(output);
        var findings = json.RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray().ToList();
        findings.Where(f => f.GetProperty("rule").GetString() == "BE-CLASS")
            .Should().NotBeEmpty().And.OnlyContain(f => f.GetProperty("accepted").ValueKind == JsonValueKind.Null);
        findings.Should().ContainSingle(f => f.GetProperty("rule").GetString() == "WAIVER-ERROR")
            .Which.GetProperty("message").GetString().Should().Contain("强制性规则的错误不能豁免");
    }

    [Fact]
    public void Unknown_rules_and_error_rules_are_reported_after_the_documents()
    {
        var waivers = WriteWaivers("waivers.csv", "NO-SUCH,,,,,r,张三,2099-12-31", "SE-ROW,,,,,r,张三,2099-12-31");

        var (code, output, _) = Run("check", Sample.Path, "--waivers", waivers);

        code.Should().Be(0);
        output.Should().Contain($"  [警告] WAIVER-UNKNOWN-RULE {waivers}:2 的豁免（NO-SUCH，张三）指向的规则 NO-SUCH 不在所用的规则包中")
            .And.Contain($"  [警告] WAIVER-ERROR {waivers}:3 的豁免（SE-ROW，张三）无效：SE-ROW 是强制性（error）规则，不能豁免");
    }

    [Fact]
    public void A_waivers_file_beside_a_rule_file_or_in_a_rule_folder_is_read()
    {
        var rules = Write("pack/mine.rules", "rule MINE-1 warning \"301 at most 1000\" table 基本支出表 check 301 <= 1000.0");
        WriteWaivers("pack/waivers.csv", "MINE-1,,基本支出表,301,合计,人员多，已核实,张三,2099-12-31");

        foreach (var given in new[] { rules, Path.GetDirectoryName(rules)! })
        {
            var (code, output, error) = Run("check", Sample.Path, "--rules", given);
            code.Should().Be(0, error);
            output.Should().Contain("  [警告] [已接受] MINE-1 ").And.Contain("已接受：人员多，已核实（张三，有效期至 2099-12-31");
        }
    }

    [Fact]
    public void Given_and_discovered_waiver_files_are_combined_and_read_once()
    {
        var rules = Write("pack/mine.rules", "rule MINE-1 warning \"301 at most 1000\" table 基本支出表 check 301 <= 1000.0");
        var beside = WriteWaivers("pack/waivers.csv", "MINE-1,,,,,r,张三,2099-12-31");
        var extra = WriteWaivers("extra.csv", "MINE-1,303,,,,another department,李四,2099-12-31");

        var (_, output, _) = Run("check", Sample.Path, "--rules", rules, "--waivers", extra, "--waivers", beside, "--format", "json");

        using var json = JsonDocument.Parse(output);
        var run = json.RootElement.GetProperty("waivers");
        run.GetProperty("files").GetArrayLength().Should().Be(2);
        run.GetProperty("count").GetInt32().Should().Be(2);
        run.GetProperty("findings").EnumerateArray().Single().GetProperty("message").GetString().Should().StartWith($"{extra}:2 ");
    }

    [Fact]
    public void A_malformed_or_missing_waiver_file_or_a_bad_date_exits_2()
    {
        var bad = WriteWaivers("waivers.csv", AcceptNameWarning, "NM-GB,,,,,r,张三,2025/12/31");

        var (code, output, error) = Run("check", Sample.Path, "--waivers", bad, "--lang", "en");
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"govbudget: {bad}:3: expires: expected a date as yyyy-MM-dd, found '2025/12/31'{Environment.NewLine}");

        var missing = Path.Combine(folder, "none.csv");
        Run("check", Sample.Path, "--waivers", missing, "--lang", "en").Should().Be((2, string.Empty, $"govbudget: no waiver file '{missing}'{Environment.NewLine}"));

        var (dateCode, _, dateError) = Run("check", Sample.Path, "--today", "30.06.2025", "--lang", "en");
        dateCode.Should().Be(2);
        dateError.Should().Contain("--today: expected a date as yyyy-MM-dd, found '30.06.2025'");
    }

    [Fact]
    public void Waivers_apply_to_the_departments_of_a_dataset()
    {
        var dataset = Path.Combine(folder, "clean.csv");
        GovBudget.Datasets.DatasetGenerator.WriteCsv(dataset, 5, seed: 3, errorRate: 0);
        var rules = Write("pack/big.rules", "rule BIG warning \"301 is zero\" table 基本支出表 check 301 <= 0.0");
        var (_, before, _) = Run("check", dataset, "--rules", rules, "--format", "json");
        using var beforeJson = JsonDocument.Parse(before);
        var first = beforeJson.RootElement.GetProperty("documents")[0].GetProperty("department").GetString()!;
        WriteWaivers("pack/waivers.csv", $"BIG,{first},,,,已核实,张三,2099-12-31");

        var (code, output, _) = Run("check", dataset, "--rules", rules, "--format", "json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var departments = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        departments.Should().HaveCount(5);
        foreach (var d in departments)
        {
            var finding = d.GetProperty("findings").EnumerateArray().Single();
            var accepted = finding.GetProperty("accepted").ValueKind != JsonValueKind.Null;
            accepted.Should().Be(d.GetProperty("department").GetString() == first);
        }

        json.RootElement.GetProperty("waivers").GetProperty("findings").GetArrayLength().Should().Be(0);
    }
}
