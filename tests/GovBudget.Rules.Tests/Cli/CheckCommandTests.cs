using System.Text.Json;
using GovBudget.Cli;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"govbudget-cli-{Guid.NewGuid():N}");

    public CheckCommandTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args) => TestSupport.Cli.Run(args);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void The_sample_passes_with_one_warning_exit_0()
    {
        var (code, output, error) = Run("check", Sample.Path);
        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Contain("错误 0，警告 1").And.Contain("部门预算一般公共预算财政拨款支出表")
            .And.Contain("[警告] NM-GB").And.Contain("名称为“一般公共预算支出”，应为“一般公共服务支出”");
    }

    [Fact]
    public void The_text_report_groups_the_checks_that_did_not_apply_by_reason_with_each_detail()
    {
        var (code, output, _) = Run("check", Sample.Path);
        code.Should().Be(0);
        output.Should().Contain("不适用 10 条（缺表 1，情况说明未提及 7，条件不成立 2）")
            .And.Contain("不适用（缺表，1 条）：\n  NR-OPERATING-TABLE：文件没有《机关运行经费支出表》")
            .And.Contain("不适用（情况说明未提及，7 条）：")
            .And.Contain("  NA-GROWTH：情况说明没有写出可核对的增减幅度")
            .And.Contain("不适用（条件不成立，2 条）：\n  NR-OPERATING-UNITS：where 条件不成立：没有一处满足条件，无可检查");
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        var (code, output, _) = Run("check", Sample.Path, "--format", "json");
        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var doc = json.RootElement.GetProperty("documents").EnumerateArray().Single();
        doc.GetProperty("source").GetString().Should().Be(Sample.Path);
        doc.GetProperty("department").GetString().Should().Be("302");
        doc.GetProperty("notApplicable").EnumerateArray().Select(e => e.GetString()).Should().Equal("NR-FUNDS-TOTAL", "NR-OPERATING-UNITS", "NR-OPERATING-TABLE", "NR-SANGONG-TOTAL", "NA-ITEM", "NA-GROWTH", "NA-SHARE", "NA-COMPLETION", "NA-REPEAT", "NC-ITEMNAME");
        var reasons = doc.GetProperty("notApplicableReasons").EnumerateArray().ToList();
        reasons.Select(r => r.GetProperty("rule").GetString()).Should().Equal(doc.GetProperty("notApplicable").EnumerateArray().Select(e => e.GetString()));
        reasons[1].GetProperty("reason").GetString().Should().Be("where-false", "the sample's 名词解释 does not define 机关运行经费");
        reasons[2].GetProperty("reason").GetString().Should().Be("table-absent", "the sample prints no 机关运行经费 table of its own");
        reasons.Skip(4).Prepend(reasons[0]).Should().OnlyContain(r => r.GetProperty("reason").GetString() == "phrase-absent" && r.GetProperty("detail").GetString()!.StartsWith("情况说明没有", StringComparison.Ordinal));
        doc.GetProperty("notices").GetArrayLength().Should().Be(1);
        var finding = doc.GetProperty("findings").EnumerateArray().Single();
        finding.GetProperty("rule").GetString().Should().Be("NM-GB");
        finding.GetProperty("severity").GetString().Should().Be("warning");
        finding.GetProperty("expected").GetString().Should().Be("一般公共服务支出");
        finding.GetProperty("actual").GetString().Should().Be("一般公共预算支出");
        var cell = finding.GetProperty("cells").EnumerateArray().Single();
        cell.GetProperty("table").GetString().Should().Be("一般公共预算财政拨款支出表");
        cell.GetProperty("title").GetString().Should().Be("部门预算一般公共预算财政拨款支出表");
        cell.GetProperty("row").GetString().Should().Be("201");
        cell.GetProperty("label").GetString().Should().Be("一般公共预算支出");
        cell.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void An_error_finding_exits_1_with_numbers_in_the_table_unit()
    {
        var broken = Write("broken.txt", Sample.Text.Replace("3\t30101\t基本工资\t274.14\t274.14\t", "3\t30101\t基本工资\t284.14\t284.14\t", StringComparison.Ordinal));
        var (code, output, _) = Run("check", broken, "--format", "json", "--severity", "error");
        code.Should().Be(1);
        using var json = JsonDocument.Parse(output);
        var findings = json.RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray().ToList();
        findings.Should().OnlyContain(f => f.GetProperty("severity").GetString() == "error");
        var classFinding = findings.First(f => f.GetProperty("rule").GetString() == "BE-CLASS");
        classFinding.GetProperty("actual").GetDecimal().Should().Be(1112.32m);
        classFinding.GetProperty("expected").GetDecimal().Should().Be(1122.32m);
        classFinding.GetProperty("difference").GetDecimal().Should().Be(-10m);
        classFinding.GetProperty("cells").EnumerateArray().Should().Contain(c => c.GetProperty("row").GetString() == "30101"
            && c.GetProperty("value").GetDecimal() == 284.14m && c.GetProperty("column").GetString() == "合计");
    }

    [Fact]
    public void Every_input_is_processed_and_an_unusable_one_exits_2()
    {
        var empty = Write("empty.txt", string.Empty);
        var (code, output, error) = Run("check", empty, Sample.Path, "--format", "json", "--lang", "en");
        code.Should().Be(2);
        error.Should().Contain("empty.txt: the file is empty");
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("documents").GetArrayLength().Should().Be(2);
        json.RootElement.GetProperty("documents")[0].GetProperty("error").GetString().Should().NotBeNullOrEmpty();
        json.RootElement.GetProperty("documents")[1].GetProperty("findings").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void A_broken_rule_file_exits_2_with_file_line_and_column()
    {
        var rules = Write("typo.rules", "rule A error \"t\"\n  table 基本支出表\n  check 301 == sum(chilren(301))");
        var (code, _, error) = Run("check", Sample.Path, "--rules", rules);
        code.Should().Be(2);
        error.Should().Contain("typo.rules:3:20: 未知的函数“chilren”");
    }

    [Fact]
    public void Custom_rules_replace_the_standard_pack_and_severity_filters_the_output()
    {
        var rules = Write("mine.rules", "rule MINE-1 warning \"301 at most 1000\" table 基本支出表 check 301 <= 1000.0\nrule MINE-2 info \"302 present\" table 基本支出表 check not exists(302)");
        var (code, output, _) = Run("check", Sample.Path, "--rules", rules);
        code.Should().Be(0);
        output.Should().Contain("MINE-1").And.Contain("MINE-2").And.NotContain("NM-GB");
        var (_, warningsOnly, _) = Run("check", Sample.Path, "--rules", rules, "--severity", "warning");
        warningsOnly.Should().Contain("MINE-1").And.NotContain("[提示] MINE-2");
    }

    [Fact]
    public void Eval_prints_the_value_on_the_last_line()
    {
        var (code, output, _) = Run("eval", Sample.Path, "sum(3011x..30113) + 30199", "--table", "部门预算一般公共预算财政拨款基本支出表", "--column", "合计");
        code.Should().Be(0);
        output.TrimEnd().Split('\n')[^1].Should().Be("214.88");
        Run("eval", Sample.Path, "301 == sum(children(301))", "--table", "基本支出表").Out.TrimEnd().Split('\n')[^1].Should().Be("true");
        Run("eval", Sample.Path, "收入:\"本年收入合计\"", "--table", "收支总表").Out.TrimEnd().Split('\n')[^1].Should().Be("65559.38");
    }

    [Fact]
    public void Eval_exits_2_for_a_bad_expression_or_table()
    {
        var (code, _, error) = Run("eval", Sample.Path, "sum(301", "--table", "基本支出表", "--lang", "en");
        code.Should().Be(2);
        error.Should().Contain("expression:1:4: '(' is not closed: found end of file at 1:8; expected ')'");
        Run("eval", Sample.Path, "sum(301", "--table", "基本支出表").Err.Should().Contain("expression:1:4: “(”没有闭合：在 1:8 读到文件结尾；应为“)”");
        Run("eval", Sample.Path, "301", "--table", "无此表").Code.Should().Be(2);
        Run("eval", "/no/such.txt", "301").Code.Should().Be(2);
    }

    [Fact]
    public void Eval_suggests_the_label_meant_in_the_language_of_the_run()
    {
        // Issue 15 item 4: "did you mean" for labels too, one language per message, no parameter name after it.
        var label = Run("eval", Sample.Path, "\"合记\"", "--table", "基本支出表");
        label.Code.Should().Be(2);
        label.Err.Should().Be("govbudget: 这个表达式无法在这份文件上求值：《部门预算一般公共预算财政拨款基本支出表》没有“合记”行（是不是“合计”？）\n");
        Run("eval", Sample.Path, "\"合记\"", "--table", "基本支出表", "--lang", "en").Err.Should()
            .Be("govbudget: the expression cannot be evaluated on this document: 《部门预算一般公共预算财政拨款基本支出表》 has no row “合记” (did you mean “合计”?)\n");
        Run("eval", Sample.Path, "\"合计\"", "--table", "收入总表").Out.TrimEnd().Split('\n')[^1].Should().Be("65559.38", "a label the table prints is read");
    }

    [Fact]
    public void Eval_suggests_the_table_meant_in_the_language_of_the_run()
    {
        // Issue 15 item 4: "did you mean" for a table --table names, among the names the document's tables go by.
        var zh = Run("eval", Sample.Path, "30211", "--table", "基本表");
        zh.Code.Should().Be(2);
        zh.Err.Should().StartWith("govbudget: shijiazhuang-data-bureau-2023-budget.txt 没有表“基本表”；您是不是要用“基本支出表”？它的表有：部门预算收支总表、");
        Run("eval", Sample.Path, "30211", "--table", "基本表", "--lang", "en").Err.Should()
            .StartWith("govbudget: shijiazhuang-data-bureau-2023-budget.txt has no table '基本表'; did you mean '基本支出表'? Its tables are: 部门预算收支总表, ");
        Run("eval", Sample.Path, "30211", "--table", "无此表").Err.Should().NotContain("是不是", "no name is near 无此表");
        Run("eval", Sample.Path, "30211", "--table", "基本支出表").Out.TrimEnd().Split('\n')[^1].Should().Be("9.70");
    }

    [Fact]
    public void A_dataset_is_checked_department_by_department()
    {
        var clean = Path.Combine(folder, "clean.csv");
        GovBudget.Datasets.DatasetGenerator.WriteCsv(clean, 40, seed: 3, errorRate: 0);
        var (code, output, error) = Run("check", clean);
        code.Should().Be(0, error);
        output.Should().Contain($"数据集 {clean}：40 个部门").And.Contain("没有发现问题");

        var broken = Path.Combine(folder, "broken.csv");
        var summary = GovBudget.Datasets.DatasetGenerator.WriteCsv(broken, 40, seed: 3, errorRate: 1);
        summary.InjectedErrors.Should().Be(40);
        var (brokenCode, json, _) = Run("check", broken, "--format", "json");
        brokenCode.Should().Be(1);
        using var parsed = JsonDocument.Parse(json);
        var departments = parsed.RootElement.GetProperty("documents").EnumerateArray().ToList();
        departments.Should().HaveCount(40);
        departments.Should().OnlyContain(d => d.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty("severity").GetString() == "error"));
        departments.Select(d => d.GetProperty("department").GetString()).Should().OnlyHaveUniqueItems();
        var truth = File.ReadAllLines(GovBudget.Datasets.DatasetGenerator.TruthPath(broken)).Skip(1).Select(l => l.Split(',')[0]).ToList();
        truth.Should().BeEquivalentTo(departments.Select(d => d.GetProperty("department").GetString()));
        parsed.RootElement.GetProperty("datasets")[0].GetProperty("departments").GetInt32().Should().Be(40);

        var (interpretedCode, interpretedJson, _) = Run("check", broken, "--format", "json", "--no-compile");
        interpretedCode.Should().Be(1);
        using var interpreted = JsonDocument.Parse(interpretedJson);
        static List<string> Rules(JsonElement root) => [.. root.GetProperty("documents").EnumerateArray()
            .Select(d => d.GetProperty("department").GetString() + ":" + string.Join(",", d.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString())))];
        Rules(interpreted.RootElement).Should().Equal(Rules(parsed.RootElement));
        interpreted.RootElement.GetProperty("datasets")[0].GetProperty("compiled").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void A_malformed_dataset_exits_2_with_file_and_line()
    {
        var bad = Write("bad.csv", "year,kind,department,department_name,table,unit,row_code,row_name,column,amount\n2023,预算,302,某局,基本支出表,万元,301,工资福利支出,合计,12x\n");
        var (code, _, error) = Run("check", bad);
        code.Should().Be(2);
        error.Should().Contain("bad.csv:2");
    }
}
