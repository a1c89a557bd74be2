using System.Text.Json;
using System.Text.Json.Nodes;
using GovBudget.Cli;
using GovBudget.Serialization;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Cli;

public sealed class CheckProfileTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"govbudget-profile-{Guid.NewGuid():N}");

    public CheckProfileTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // The sample as JSON with its 三公 table deleted.
    private string SampleWithout3Public()
    {
        var json = JsonNode.Parse(DisclosureJson.Serialize(Sample.Import.Document))!.AsObject();
        var tables = json["tables"]!.AsArray();
        tables.Remove(tables.Single(t => t!["kind"]!.GetValue<string>() == "“三公”经费支出表"));
        var path = Path.Combine(folder, "sample-without-3public.json");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    [Fact]
    public void The_text_report_names_the_profile_and_the_missing_table_with_its_contents_line()
    {
        var (code, output, error) = TestSupport.Cli.Run("check", SampleWithout3Public());
        error.Should().BeEmpty();
        code.Should().Be(ExitCodes.ErrorFindings);
        output.Should().Contain("公开规范：shijiazhuang-budget（石家庄市市级部门预算公开（九张表））已确定：按文件所述地区（石家庄市：石家庄市数据资源管理局）、预算、2023 年确定")
            .And.Contain("[错误] PUB-TABLES 公开不完整：缺少《部门预算财政拨款“三公”经费支出表》：规范 shijiazhuang-budget（石家庄市市级部门预算公开（九张表））要求公开此表，目录第 15 行列有“部门预算财政拨款“三公”经费支出表”")
            .And.Contain("目录 部门预算财政拨款“三公”经费支出表");
    }

    [Fact]
    public void Json_carries_the_profile_and_the_finding()
    {
        var (code, output, _) = TestSupport.Cli.Run("check", SampleWithout3Public(), "--format", "json");
        code.Should().Be(ExitCodes.ErrorFindings);
        using var json = JsonDocument.Parse(output);
        var doc = json.RootElement.GetProperty("documents")[0];
        var profile = doc.GetProperty("profile");
        profile.GetProperty("name").GetString().Should().Be("shijiazhuang-budget");
        profile.GetProperty("certain").GetBoolean().Should().BeTrue();
        var finding = doc.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "PUB-TABLES");
        finding.GetProperty("severity").GetString().Should().Be("error");
        finding.GetProperty("table").GetString().Should().Be("“三公”经费支出表");
        finding.GetProperty("uncertain").GetBoolean().Should().BeFalse();
        finding.GetProperty("cells")[0].GetProperty("line").GetInt32().Should().Be(15);
        finding.GetProperty("bindings").GetProperty("表").GetString().Should().Be("“三公”经费支出表");
    }

    [Fact]
    public void An_uncertain_absence_is_a_warning_to_verify_with_its_pages_in_text_and_json()
    {
        // The document as a reader that could not read its 三公 table would give it: the table absent, its page noted as
        // printing rows of figures under a title not recognised, and no department named.
        var edited = JsonNode.Parse(DisclosureJson.Serialize(RealPdf.Import(RealPdf.JiangsuTables2017).Document))!.AsObject();
        var tables = edited["tables"]!.AsArray();
        var sangong = tables.Single(t => t!["kind"]!.GetValue<string>() == "“三公”经费支出表")!;
        edited["unreadTables"] = new JsonArray(new JsonObject { ["title"] = sangong["title"]!.GetValue<string>(), ["page"] = 11, ["line"] = 0 });
        tables.Remove(sangong);
        edited["department"]!["name"] = "未知部门";
        var pdf = Path.Combine(folder, "jiangsu-tables-unread.json");
        File.WriteAllText(pdf, edited.ToJsonString());
        var (code, output, _) = TestSupport.Cli.Run("check", pdf, "--format", "json", "--profile", "jiangsu-budget");
        code.Should().BeOneOf(ExitCodes.Success, ExitCodes.ErrorFindings);
        using var json = JsonDocument.Parse(output);
        var doc = json.RootElement.GetProperty("documents")[0];
        doc.GetProperty("profile").GetProperty("reason").GetString().Should().Contain("--profile");
        var finding = doc.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "PUB-TABLES");
        finding.GetProperty("severity").GetString().Should().Be("warning");
        finding.GetProperty("uncertain").GetBoolean().Should().BeTrue();
        finding.GetProperty("pagesToCheck").EnumerateArray().Select(p => p.GetInt32()).Should().Equal(11);

        var (_, text, _) = TestSupport.Cli.Run("check", pdf);
        text.Should().Contain("公开规范：jiangsu-budget（江苏省省级部门预算公开（公开01–12表））未确定：文件所述部门（未知部门）不能确定地区")
            .And.Contain("待核实：第 11 页印有未能识别的表格，此表可能在其中；规范未由文件确定").And.Contain("（请核对第 11 页）");
    }

    [Fact]
    public void A_given_profile_fixes_what_a_document_of_no_known_region_must_publish()
    {
        var json = JsonNode.Parse(DisclosureJson.Serialize(Sample.Import.Document))!.AsObject();
        json["department"]!["name"] = "某部门";
        json["contents"] = new JsonArray();
        var tables = json["tables"]!.AsArray();
        tables.Remove(tables.Single(t => t!["kind"]!.GetValue<string>() == "收入总表"));
        var path = Path.Combine(folder, "anonymous.json");
        File.WriteAllText(path, json.ToJsonString());

        TestSupport.Cli.Run("check", path).Out.Should().Contain("[警告] PUB-TABLES 公开不完整：缺少《部门预算收入总表》");
        TestSupport.Cli.Run("check", path, "--profile", "shijiazhuang-budget").Out.Should().Contain("[错误] PUB-TABLES 公开不完整：缺少《部门预算收入总表》");
    }

    [Fact]
    public void An_unknown_profile_is_exit_2_with_the_list_of_names()
    {
        var (code, output, error) = TestSupport.Cli.Run("check", Sample.Path, "--profile", "beijing-budget", "--lang", "en");
        code.Should().Be(ExitCodes.Unusable);
        output.Should().BeEmpty();
        error.Should().Be("govbudget: --profile: no profile 'beijing-budget'; expected one of: jiangsu-budget, shanghai-budget, shanghai-final, shijiazhuang-budget"
            + Environment.NewLine);
    }
}
