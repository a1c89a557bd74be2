using GovBudget.Documents;
using GovBudget.Import.Pdf;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// A 政府采购预算表 printed as an outline on hand-placed pages (10 pt, the geometry of the Jiangsu 公开表): names
/// wrapped over lines 16 to 30 points apart around their figures, rows 50 or more apart, the table continued on the
/// next page under its title and header printed again, a project's name printed again beside an item there, and the
/// 情况说明 starting under the last rows. Read back, every row has its names and its level, and a wrong figure is
/// an error that is not 待核实.
/// </summary>
public sealed class PdfProcurementOutlineTests
{
    private static readonly PdfTextLine[] Head =
    [
        Cells(780, ("2017年政府采购预算表", 220, 360)),
        Cells(760, ("部门：某办公厅", 50, 130), ("单位：万元", 480, 530)),
        Cells(740, ("采购品目大类", 50, 110), ("专项名称", 160, 200), ("经济科目", 230, 270), ("采购物品名称", 300, 360), ("采购组织形式", 370, 430), ("总计", 520, 540)),
    ];

    private static PdfTextLine[] FirstPage(string firstItem) =>
    [
        .. Head,
        Cells(700, ("合计", 50, 70), ("262.00", 515, 545)),
        Cells(650, ("一、货物A", 50, 95), ("62.00", 520, 545)),
        Cells(600, ("办公设备购置费", 160, 230), ("办公设备购置", 232, 290), ("62.00", 520, 545)),
        Cells(552, ("台式计算机", 300, 350)),
        Cells(536, ("分散自行组织", 370, 430), (firstItem, 520, 545)),
        Cells(520, ("（20万以下）", 300, 360)),
        Cells(490, ("家具用具", 300, 340), ("分散自行组织", 370, 430), ("50.00", 520, 545)),
        Cells(450, ("三、服务C", 50, 95), ("200.00", 515, 545)),
        Cells(400, ("常委会会议", 160, 210)),
        Cells(370, ("经费及工作", 160, 210), ("会议费", 232, 262), ("200.00", 515, 545)),
        Cells(340, ("会议经费", 160, 200)),
        Cells(290, ("会议服务", 300, 340), ("分散自行组织", 370, 430), ("120.00", 515, 545)),
    ];

    private static readonly PdfTextLine[] SecondPage =
    [
        .. Head,
        Cells(700, ("常委会会议经费", 160, 225), ("会议费", 232, 262), ("住宿服务", 300, 340), ("分散自行组织", 370, 430), ("80.00", 520, 545)),
        Cells(640, ("第三部分", 50, 90), ("某办公厅2017年度部门预算情况说明", 150, 400)),
        Cells(610, ("一、收支预算总表情况说明", 50, 200)),
        Cells(590, ("收入、支出预算总计262.00万元。", 50, 300)),
    ];

    [Fact]
    public void Every_row_is_read_with_its_wrapped_names_and_its_level_across_the_pages()
    {
        var (table, document) = Read(FirstPage("12.00"));

        table.Rows.Select(r => (Names(r), r.Depth, r.Page)).Should().Equal(
            ("合计", 0, 1),
            ("一、货物A", 1, 1),
            ("办公设备购置费|办公设备购置", 2, 1),
            ("台式计算机（20万以下）|分散自行组织", 3, 1),
            ("家具用具|分散自行组织", 3, 1),
            ("三、服务C", 1, 1),
            ("常委会会议经费及工作会议经费|会议费", 2, 1),
            ("会议服务|分散自行组织", 3, 1),
            ("常委会会议经费|会议费|住宿服务|分散自行组织", 3, 2));
        table.HasSigns.Should().BeFalse();
        document.Narrative.Should().Contain(s => s.Text.Contains("262.00万元", StringComparison.Ordinal));
        Check(document).Should().NotContain(f => f.RuleId.StartsWith("PR-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_item_figure_is_an_error_of_its_project_and_not_uncertain()
    {
        var (_, document) = Read(FirstPage("21.00"));

        var finding = Check(document).Should().ContainSingle(f => f.RuleId == "PR-SUBTOTAL").Subject;
        finding.Severity.Should().Be(Severity.Error);
        finding.Uncertain.Should().BeFalse();
        finding.Message.Should().Contain("办公设备购置费").And.Contain("62 ≠ 71");
    }

    private static (BudgetTable Table, Disclosure Document) Read(PdfTextLine[] first)
    {
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 595, first);
        parser.AddPage(2, 595, [.. SecondPage.Select(l => l with { Page = 2 })]);
        var document = parser.Finish();
        return (document.Tables.Should().ContainSingle(t => t.Kind == TableKind.GovernmentProcurement).Subject, document);
    }

    private static string Names(TableRow row) => string.Join("|", row.Cells.Take(5).Select(c => c.Text).Where(t => !string.IsNullOrEmpty(t)));

    private static IReadOnlyList<GovBudget.Rules.Findings.Finding> Check(Disclosure document) =>
        RulePack.Standard(DisclosureKind.Budget).Check(document).Findings;

    private static PdfTextLine Cells(double baseline, params (string Text, double Left, double Right)[] cells) =>
        new(1, baseline, 10, [.. cells.Select(c => new PdfCell(c.Text, c.Left, c.Right))]);
}
