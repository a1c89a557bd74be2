using GovBudget.Documents;
using GovBudget.Import.Pdf;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// The words a table's header prints over its code and name columns are data (names files, <c>headerWords</c>): a
/// region's variant, added by a file, makes the PDF reader read a code column it would otherwise take for amounts.
/// Hand-placed page (10 pt) of a 一般公共预算支出表 whose code column is headed 科目编号, a word no built-in file lists.
/// </summary>
public sealed class PdfHeaderWordsTests
{
    private const string Variant = """
        { "formatVersion": 2,
          "provenance": [{ "region": "(test)", "documents": "a hand-placed page", "shows": "科目编号 over the code column" }],
          "headerWords": { "code": ["科目编号"] } }
        """;

    private static readonly PdfTextLine[] Page =
    [
        Cells(760, ("2023年部门一般公共预算支出功能分类预算表", 200, 400)),
        Cells(740, ("部门名称：某局", 60, 130), ("单位：万元", 480, 530)),
        Cells(720, ("科目编号", 60, 100), ("科目名称", 150, 190), ("合计", 300, 320), ("基本支出", 380, 420), ("项目支出", 460, 500)),
        Cells(700, ("合计", 150, 170), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
        Cells(680, ("201", 60, 75), ("一般公共服务支出", 150, 230), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
        Cells(660, ("20101", 60, 85), ("人大事务", 150, 190), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
        Cells(640, ("2010101", 60, 95), ("行政运行", 150, 190), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
    ];

    [Fact]
    public void Without_the_file_the_variant_header_is_read_as_a_column_of_amounts()
    {
        var table = Read(DisclosureNames.Default);

        // a fourth value column, blank on every row: a rule over each column k would read it
        table.Columns.Select(c => c.PrintedName).Should().Equal("科目编号", "合计", "基本支出", "项目支出");
        table.Rows.Should().OnlyContain(r => r.Cells[0].IsBlank);
    }

    [Fact]
    public void With_the_file_the_variant_header_is_the_code_column()
    {
        var table = Read(DisclosureNames.Default.With(DisclosureNames.Parse(Variant, "variant.json")));

        table.Columns.Select(c => c.Name).Should().Equal("合计", "基本支出", "项目支出");
        table.Rows.Select(r => $"{r.Code}|{r.Label}|{r.Cells[0]}").Should().Equal(
            "|合计|100.00", "201|一般公共服务支出|100.00", "20101|人大事务|100.00", "2010101|行政运行|100.00");
        table.HasSigns.Should().BeFalse();
    }

    private static BudgetTable Read(DisclosureNames names) => DisclosureNames.ReadWith(names, () =>
    {
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 595, Page);
        return parser.Finish().Table(TableKind.GeneralBudgetExpenditure)!;
    });

    private static PdfTextLine Cells(double baseline, params (string Text, double Left, double Right)[] cells) =>
        new(1, baseline, 10, [.. cells.Select(c => new PdfCell(c.Text, c.Left, c.Right))]);
}
