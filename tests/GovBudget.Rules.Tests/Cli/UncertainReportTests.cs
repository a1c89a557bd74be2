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
        // 普陀区财政局 2025 with its 2080506 合计 (p15) marked as the reader marks a figure that looks like a code's part:
        // the narrative's 887.36万元 against it, a true error unmarked, is a warning to check on page 15.
        var (code, output, _) = TestSupport.Cli.Run("check", MarkedShanghai(), "--format", "json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var doc = json.RootElement.GetProperty("documents")[0];
        var findings = doc.GetProperty("findings").EnumerateArray().ToList();
        findings.Should().NotContain(f => f.GetProperty("severity").GetString() == "error");
        var uncertain = findings.Where(f => f.GetProperty("uncertain").GetBoolean()).ToList();
        var item = uncertain.Should().ContainSingle().Subject;
        item.GetProperty("rule").GetString().Should().Be("NA-ITEM");
        item.GetProperty("severity").GetString().Should().Be("warning");
        item.GetProperty("message").GetString().Should().StartWith("待核实：");
        item.GetProperty("uncertainty").GetString().Should().Be(Fragment);
        item.GetProperty("pagesToCheck").EnumerateArray().Select(p => p.GetInt32()).Should().Equal(15);
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
        var (_, output, _) = TestSupport.Cli.Run("check", MarkedShanghai());

        output.Should().Contain("（其中待核实 1）")
            .And.Contain("[警告] NA-ITEM 待核实：")
            .And.Contain($"      待核实：{Fragment}（请核对第 15 页）");
    }

    private const string Fragment = "金额“873,617.00”像是编码的一段，不像金额";

    // The real PDF read, its 2080506 合计 cell marked (no real PDF in TestData/real is misread any more), saved as
    // GovBudget JSON, which keeps pages and signs.
    private string MarkedShanghai()
    {
        var document = RealPdf.Import(RealPdf.Shanghai2025).Document;
        var table = document.Table(GovBudget.Documents.TableKind.GeneralBudgetExpenditure)!;
        var row = table.Rows.Single(r => r.Code?.ToString() == "2080506");
        var marked = DocumentEditor.WithSign(document, table, row,
            new GovBudget.Documents.ReadingSign(GovBudget.Documents.ReadingSignKind.CodeFragment, Fragment, row.Page, 0));
        var path = Path.Combine(folder, "shanghai-marked.json");
        File.WriteAllText(path, GovBudget.Serialization.DisclosureJson.Serialize(marked));
        return path;
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
