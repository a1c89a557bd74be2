using System.Text.Json;
using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Packs;

/// <summary>A finding on a PDF names the page of each cell it read and of the sentence it quotes.</summary>
public sealed class FindingPageTests
{
    private static string Shanghai2025Path => RealPdf.Path(RealPdf.Shanghai2025);

    private static readonly Lazy<IReadOnlyList<GovBudget.Rules.Findings.Finding>> Findings = new(() =>
        RulePack.Standard(DisclosureKind.Budget).Check(RealPdf.Import(RealPdf.Shanghai2025).Document).Findings);

    [Fact]
    public void The_887_36_defect_printed_twice_is_reported_on_page_7_and_on_page_8()
    {
        // One defect printed twice is one finding with both places (issue 15): its page is the first.
        var defect = Findings.Value.Where(f => f.RuleId == "NA-ITEM" && f.Actual == 887.36m).Should().ContainSingle().Which;

        defect.Page.Should().Be(7);
        defect.Cells.Where(c => c.Label.Contains("887.36万元", StringComparison.Ordinal)).Select(c => c.Page).Should().Equal(7, 8);
        // The table row it contradicts: 2080506 on the functional table's first page.
        defect.Cells[1].Should().Match<Rules.Findings.FindingCell>(c => c.Row == "2080506" && c.Page == 15 && c.Line == 0);
    }

    [Fact]
    public void A_note_finding_points_at_the_page_of_its_table()
    {
        var note = Findings.Value.Single(f => f.RuleId == "NA-EMPTY-NOTE");
        note.Page.Should().BeGreaterThan(0);
        note.Page.Should().Be(RealPdf.Import(RealPdf.Shanghai2025).Document.Tables.Single(t => t.Title == note.TableTitle).Page);
    }

    [Fact]
    public void A_finding_on_a_text_without_pages_has_page_0()
    {
        var findings = RulePack.Standard(DisclosureKind.Budget).Check(Sample.Import.Document).Findings;

        findings.Should().NotBeEmpty();
        findings.Should().OnlyContain(f => f.Page == 0 && f.Cells.All(c => c.Page == 0 && c.Line > 0));
    }

    [Fact]
    public void The_cli_prints_the_page_of_each_cell_and_json_carries_it()
    {
        var (code, output, _) = TestSupport.Cli.Run("check", Shanghai2025Path);
        code.Should().Be(1);
        output.Should().Contain("机关事业单位职业年金缴费支出（项）887.36万元，主要用于缴纳职业年金支出 = 887.36万元（第 7 页）")
            .And.Contain("机关事业单位职业年金缴费支出（项）887.36万元，主要用于缴纳职业年金支出 = 887.36万元（第 8 页）")
            .And.Contain("2080506 机关事业单位职业年金缴费支出 [合计] = 873617.00元（第 15 页）");

        var (_, json, _) = TestSupport.Cli.Run("check", Shanghai2025Path, "--format", "json");
        using var parsed = JsonDocument.Parse(json);
        var findings = parsed.RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString() == "NA-ITEM" && f.GetProperty("severity").GetString() == "error").ToList();
        findings.Select(f => f.GetProperty("page").GetInt32()).Should().Equal(7);
        findings[0].GetProperty("cells")[0].GetProperty("page").GetInt32().Should().Be(7);
        findings[0].GetProperty("cells")[1].GetProperty("page").GetInt32().Should().Be(15);
        findings[0].GetProperty("cells")[2].GetProperty("page").GetInt32().Should().Be(8);
    }

    [Theory]
    [InlineData("shanghai-putuo-caizhengju-2025-budget.pdf")]
    [InlineData("shanghai-putuo-shehuigongzuobu-2024-final.pdf")]
    public void Every_finding_on_a_real_pdf_and_every_cell_it_read_has_a_page(string file)
    {
        var document = RealPdf.Import(file).Document;

        var findings = RulePack.Standard(document.Kind).Check(document).Findings;

        findings.Should().NotBeEmpty();
        findings.Should().OnlyContain(f => f.Page > 0 && f.Cells.All(c => c.Page > 0 && c.Line == 0));
    }
}
