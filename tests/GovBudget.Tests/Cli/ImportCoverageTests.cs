using System.Text.Json;
using GovBudget.Rules.Addressing;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Cli;

/// <summary>
/// <c>import</c> shows what the checks will see of a document: the profile's tables it was read to print and those it
/// was not, the blocks of figures it could not name, and how many checks of the standard pack apply.
/// </summary>
public sealed class ImportCoverageTests
{
    private const string JiangsuMissing =
        "未找到：《收支预算总表》（公开01表）、《收入预算总表》（公开02表）、《支出预算总表》（公开03表）、《财政拨款收支预算总表》（公开04表）、"
        + "《财政拨款支出预算表》（公开05表）、《财政拨款基本支出预算表》（公开06表）、《一般公共预算支出预算表》（公开07表）、"
        + "《一般公共预算基本支出预算表》（公开08表）、《“三公”经费、会议费、培训费支出预算表》（公开09表）、"
        + "《政府性基金财政拨款支出预算表》（公开10表）、《一般公共预算机关运行经费支出预算表》（公开11表）、《政府采购支出预算表》（公开12表）";

    private static (int Code, string Out, string Err) Run(params string[] args) => TestSupport.Cli.Run(args);

    private static string[] CoverageLines(string output) => [.. output.Split('\n').Skip(3).Take(4)];

    private static JsonElement Coverage(string output)
    {
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("document", "notices", "coverage");
        return json.RootElement.GetProperty("coverage").Clone();
    }

    [Fact]
    public void The_sample_shows_its_nine_tables_and_the_checks_that_apply()
    {
        var (code, output, _) = Run("import", Sample.Path);

        code.Should().Be(0);
        output.Split('\n')[2].Should().StartWith("公开规范：shijiazhuang-budget（石家庄市市级部门预算公开（九张表））已确定：");
        CoverageLines(output).Should().Equal(
            "已识别的标准表 9 张：收支总表（第 30 行）、收入总表（第 86 行）、支出总表（第 131 行）、财政拨款收支总表（第 177 行）、"
            + "一般公共预算财政拨款支出表（第 241 行）、一般公共预算财政拨款基本支出表（第 285 行）、政府性基金预算财政拨款支出表（第 334 行）、"
            + "国有资本经营预算财政拨款支出表（第 350 行）、“三公”经费支出表（第 364 行）",
            "未找到：无",
            "未识别的数表：无",
            "适用的检查 93 条，不适用 10 条（缺表 1，情况说明未提及 7，条件不成立 2）"); // 缺表: NR-OPERATING-TABLE (Jiangsu's 机关运行经费 table); 条件不成立: NR-OPERATING-UNITS, the sample defines no 机关运行经费, and NR-SANGONG-TOTAL (a 三公 table laid out by item); 93: NC-COMPARE reads its words of change, NR-TOTAL its 收支安排; NM-CATALOG-SS judges the 收支总表 lines too; NC-DEPT the headings; NC-SECTIONS the sections; ROW-REPEAT and NM-CODE-MISPRINT the tables
    }

    [Fact]
    public void The_checks_counted_are_those_check_reports()
    {
        var (_, imported, _) = Run("import", Sample.Path);
        var (_, checkedReport, _) = Run("check", Sample.Path);

        // check: 警告 1 (one rule found something), 通过 92, 不适用 10 — the same 103 checks import counts.
        checkedReport.Split('\n')[1].Should().Be("错误 0，警告 1，提示 0；通过 92 条检查，不适用 10 条（缺表 1，情况说明未提及 7，条件不成立 2）");
        imported.Should().Contain("适用的检查 93 条，不适用 10 条（缺表 1，情况说明未提及 7，条件不成立 2）\n");
    }

    [Fact]
    public void A_jiangsu_narrative_file_without_tables_shows_the_twelve_tables_it_lacks()
    {
        var (code, output, _) = Run("import", RealPdf.Path(RealPdf.JiangsuNarrativeOnly2019));

        code.Should().Be(0);
        CoverageLines(output).Should().Equal(
            "已识别的标准表 0 张", JiangsuMissing, "未识别的数表：无", "适用的检查 8 条，不适用 95 条（缺表 92，情况说明未提及 3）"); // 缺表 92: NM-CATALOG-SS has no 收支总表 either, nor the new NR rules their tables, nor ROW-REPEAT and NM-CODE-MISPRINT any table; 8: NC-SECTIONS finds its fifteen sections, NC-COMPARE its words of change

        var (_, json, _) = Run("import", RealPdf.Path(RealPdf.JiangsuNarrativeOnly2019), "--format", "json");
        var coverage = Coverage(json);
        coverage.GetProperty("profile").GetString().Should().Be("jiangsu-budget");
        coverage.GetProperty("recognised").GetArrayLength().Should().Be(0);
        coverage.GetProperty("missing").EnumerateArray().Select(k => k.GetString()).Should().Equal(
            "收支总表", "收入总表", "支出总表", "财政拨款收支总表", "财政拨款支出表", "财政拨款基本支出表", "一般公共预算财政拨款支出表",
            "一般公共预算财政拨款基本支出表", "“三公”经费支出表", "政府性基金预算财政拨款支出表", "机关运行经费支出表", "政府采购预算表");
        coverage.GetProperty("checks").GetProperty("applicable").GetInt32().Should().Be(8);
        coverage.GetProperty("checks").GetProperty("notApplicable").GetInt32().Should().Be(95);
    }

    [Fact]
    public void A_jiangsu_tables_file_shows_its_recognised_tables_with_their_pages_and_printed_titles()
    {
        var (code, output, _) = Run("import", RealPdf.Path(RealPdf.JiangsuTables2017));

        code.Should().Be(0);
        CoverageLines(output).Should().Equal(
            "已识别的标准表 12 张：收支总表（第 1 页）、收入总表（第 2 页）、支出总表（第 3 页）、财政拨款收支总表（第 4 页）、财政拨款支出表（第 5 页）、"
            + "财政拨款基本支出表（第 6 页）、一般公共预算财政拨款支出表（第 8 页）、一般公共预算财政拨款基本支出表（第 9 页）、“三公”经费支出表（第 11 页）、"
            + "政府性基金预算财政拨款支出表（第 7 页）、机关运行经费支出表（第 10 页）、政府采购预算表（第 12 页）",
            "未找到：无",
            "未识别的数表：无",
            // 45: the 2017 edition lets NM-CATALOG-BE apply (it was 无科目目录), NM-CATALOG-SS is new, and NC-DEPT reads
            // the tables' 编制部门 lines though the file has no narrative.
            "适用的检查 43 条，不适用 60 条（缺表 8，缺行 5，缺列 15，无情况说明 28，条件不成立 4）"); // 条件不成立: SE-TOTAL and X-SS-ITEMS-SE (its 支出预算总表 lists no 类), SG-ABROAD and SG-ROW (its 三公 table lists no 明细 and no fund columns)

        var (_, json, _) = Run("import", RealPdf.Path(RealPdf.JiangsuTables2017), "--format", "json");
        var recognised = Coverage(json).GetProperty("recognised").EnumerateArray()
            .Select(t => $"{t.GetProperty("kind").GetString()}|{t.GetProperty("title").GetString()}|{t.GetProperty("page").GetInt32()}").ToList();
        recognised.Should().HaveCount(12);
        recognised[0].Should().Be("收支总表|收支预算总表|1");
        recognised[8].Should().Be("“三公”经费支出表|“三公”经费、会议费、培训费支出预算表（一般公共预算）|11");
        recognised[11].Should().Be("政府采购预算表|2017年政府采购预算表|12");
    }

    [Fact]
    public void A_table_of_figures_not_recognised_is_listed_with_its_place_and_title()
    {
        // The sample with a table of a kind no profile names, printed before its 收入总表 (as MalformedInputTests does).
        var lines = Sample.Lines.ToList();
        var at = lines.FindIndex(l => l.StartsWith("## 部门预算收入总表", StringComparison.Ordinal));
        lines.InsertRange(at, ["## 部门预算项目支出明细表", string.Empty, "单位：万元", string.Empty, "项目\t金额", "信息化建设项目\t26747.00", string.Empty]);
        var path = Path.Combine(Path.GetTempPath(), $"govbudget-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, string.Join('\n', lines));
        try
        {
            var (code, output, _) = Run("import", path);
            code.Should().Be(0);
            CoverageLines(output)[2].Should().Be($"未识别的数表：第 {at + 1} 行“部门预算项目支出明细表”");

            var (_, json, _) = Run("import", path, "--format", "json");
            var unrecognised = Coverage(json).GetProperty("unrecognised").EnumerateArray().Should().ContainSingle().Subject;
            unrecognised.GetProperty("page").GetInt32().Should().Be(0); // a text file without form feeds has no pages
            unrecognised.GetProperty("title").GetString().Should().Be("部门预算项目支出明细表");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Json_keeps_the_document_and_notices_and_adds_the_sample_coverage()
    {
        var (code, output, _) = Run("import", Sample.Path, "--format", "json");

        code.Should().Be(0);
        var coverage = Coverage(output);
        coverage.GetProperty("recognised").GetArrayLength().Should().Be(9);
        coverage.GetProperty("recognised")[0].GetProperty("title").GetString().Should().Be("部门预算收支总表");
        coverage.GetProperty("missing").GetArrayLength().Should().Be(0);
        coverage.GetProperty("unrecognised").GetArrayLength().Should().Be(0);
        coverage.GetProperty("checks").GetProperty("applicable").GetInt32().Should().Be(93);
        coverage.GetProperty("checks").GetProperty("notApplicable").GetInt32().Should().Be(10);
    }

    [Fact]
    public void A_document_the_standard_pack_cannot_run_on_still_shows_its_tables_and_why_no_check_is_counted()
    {
        // The sample with its 收入总表 widened to 30 columns of 3,960 款 rows: IS-SECTION's for each c in 款, each column k
        // then binds 3,960 + 3,960 × 30 values, past RuleLimitException.MaxBindings (100,000).
        const int Columns = 30;
        var lines = Sample.Lines.ToList();
        var start = lines.FindIndex(l => l.StartsWith("## 部门预算收入总表", StringComparison.Ordinal));
        var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        var values = string.Join('\t', Enumerable.Repeat("1.00", Columns));
        var sections = Enumerable.Range(201, 99).SelectMany(c => Enumerable.Range(1, 40).Select(s => $"{c}{s:D2}")).ToList();
        List<string> wide =
        [
            "## 部门预算收入总表", string.Empty, "302 石家庄市数据资源管理局", string.Empty, "预算年度：2023", string.Empty, "单位：万元", string.Empty,
            "序号\t功能分类科目\t\t合计\t" + string.Join('\t', Enumerable.Range(1, Columns - 1).Select(k => $"收入{k}")),
            "\t科目编码\t科目名称" + new string('\t', Columns),
            "栏次\t" + string.Join('\t', Enumerable.Range(1, Columns + 2)),
            .. sections.Select((code, i) => $"{i + 1}\t{code}\t款{code}\t{values}"),
            string.Empty,
        ];
        lines.RemoveRange(start, end - start);
        lines.InsertRange(start, wide);
        var path = Path.Combine(Path.GetTempPath(), $"govbudget-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, string.Join('\n', lines));
        try
        {
            const string Limit = "规则 IS-SECTION：它的 for each 在这份文件上绑定的值超过 100,000 个";
            Run("check", path).Code.Should().Be(2, "check refuses a document a rule cannot run on");

            var (code, output, _) = Run("import", path);
            code.Should().Be(0);
            var coverage = CoverageLines(output);
            coverage[0].Should().StartWith("已识别的标准表 9 张：收支总表（第 30 行）、收入总表（第 86 行）、支出总表（");
            coverage[1..3].Should().Equal("未找到：无", "未识别的数表：无");
            coverage[3].Should().StartWith("适用的检查：未计算（").And.Contain(Limit).And.EndWith("）");

            var (_, json, _) = Run("import", path, "--format", "json");
            var parsed = Coverage(json);
            parsed.GetProperty("recognised").GetArrayLength().Should().Be(9);
            parsed.GetProperty("checks").ValueKind.Should().Be(JsonValueKind.Null);
            parsed.GetProperty("checksNotCounted").GetString().Should().Contain(Limit);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
