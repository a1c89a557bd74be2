using System.Text.Json;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Cli;

/// <summary>How <c>check</c> reports findings that rest on an uncertain reading (待核实), in text and in JSON.</summary>
public sealed class UncertainReportTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"govbudget-uncertain-{Guid.NewGuid():N}");

    public UncertainReportTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Json_marks_each_uncertain_finding_with_what_looked_wrong_and_the_pages_and_counts_them()
    {
        // 江苏省人大办公厅 2017: the 支出预算总表's header 单位 / 预留机动 / 经费 read in part (p.10); its one finding is a warning.
        var (code, output, _) = TestSupport.Cli.Run("check", RealPdf.Path(RealPdf.Renda2017), "--format", "json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var doc = json.RootElement.GetProperty("documents")[0];
        var findings = doc.GetProperty("findings").EnumerateArray().ToList();
        findings.Should().NotContain(f => f.GetProperty("severity").GetString() == "error");
        var uncertain = findings.Where(f => f.GetProperty("uncertain").GetBoolean()).ToList();
        var seRow = uncertain.Should().ContainSingle().Subject;
        seRow.GetProperty("rule").GetString().Should().Be("SE-ROW");
        seRow.GetProperty("severity").GetString().Should().Be("warning");
        seRow.GetProperty("message").GetString().Should().StartWith("待核实：");
        seRow.GetProperty("uncertainty").GetString().Should().Contain("“经费”只是列名（如“单位预留机动经费”）的一部分");
        seRow.GetProperty("pagesToCheck").EnumerateArray().Select(p => p.GetInt32()).Should().Equal(10);
        doc.GetProperty("counts").GetProperty("uncertain").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Json_writes_no_uncertainty_on_findings_read_cleanly()
    {
        // The 2024 决算 template, read cleanly: a blank template prints its instructions, its only errors (NC-TEMPLATE).
        var (code, output, _) = TestSupport.Cli.Run("check", RealPdf.Path(RealPdf.FinalTemplate2024), "--format", "json");

        code.Should().Be(1);
        using var json = JsonDocument.Parse(output);
        var doc = json.RootElement.GetProperty("documents")[0];
        var findings = doc.GetProperty("findings").EnumerateArray().ToList();
        findings.Where(f => f.GetProperty("severity").GetString() == "error").Should().NotBeEmpty()
            .And.OnlyContain(f => f.GetProperty("rule").GetString() == "NC-TEMPLATE" && !f.GetProperty("uncertain").GetBoolean());
        findings.Should().NotBeEmpty().And.OnlyContain(f => !f.GetProperty("uncertain").GetBoolean());
        findings.Where(f => f.TryGetProperty("uncertainty", out var _) || f.TryGetProperty("pagesToCheck", out var _)).Should().BeEmpty();
        doc.GetProperty("counts").GetProperty("uncertain").GetInt32().Should().Be(0);
    }

    [Fact]
    public void The_text_report_says_待核实_what_looked_wrong_and_the_pages_to_check()
    {
        var (_, output, _) = TestSupport.Cli.Run("check", RealPdf.Path(RealPdf.Renda2017));

        output.Should().Contain("（其中待核实 1）")
            .And.Contain("[警告] SE-ROW 待核实：支出总表")
            .And.Contain("      待核实：表头“预留机动”下的“经费”只是列名（如“单位预留机动经费”）的一部分：折行印的表头可能没有读全，金额可能错列（请核对第 10 页）");
    }

    [Fact]
    public void A_sample_amount_printed_like_a_code_part_turns_its_errors_into_warnings_and_the_exit_code_to_0()
    {
        // 274.14 printed 05: 基本工资 read as an amount with a leading zero. The same line with 284.14 is an error (exit 1).
        var path = Path.Combine(folder, "fragment.txt");
        File.WriteAllText(path, Sample.Text.Replace("3\t30101\t基本工资\t274.14\t274.14\t", "3\t30101\t基本工资\t05\t274.14\t", StringComparison.Ordinal));

        var (code, output, _) = TestSupport.Cli.Run("check", path, "--format", "json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var doc = json.RootElement.GetProperty("documents")[0];
        var resting = doc.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("cells").EnumerateArray().Any(c => c.GetProperty("row").GetString() == "30101" && c.GetProperty("column").GetString() == "合计"))
            .ToList();
        resting.Should().NotBeEmpty().And.OnlyContain(f => f.GetProperty("uncertain").GetBoolean() && f.GetProperty("severity").GetString() == "warning"
            && f.GetProperty("uncertainty").GetString()!.Contains("“05”以 0 开头"));
        doc.GetProperty("counts").GetProperty("uncertain").GetInt32().Should().Be(resting.Count);
    }
}
