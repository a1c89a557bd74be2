using System.Collections.Immutable;
using GovBudget.Classification;
using GovBudget.Documents;
using GovBudget.Import.Pdf;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// The 栏次 line under a header and the 序号 column before the codes, on hand-placed lines. The table is the first rows of
/// the sample's 部门预算一般公共预算财政拨款基本支出表 (samples/shijiazhuang-data-bureau-2023-budget.txt, lines 285–300) as
/// a PDF prints it: 序号 | 科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费, and 栏次 1 … 5.
/// </summary>
public sealed class PdfColumnNumberTests
{
    private static readonly PdfTextLine[] Header =
    [
        Line(745, ("序号", 40, 64), ("支出部门经济分类科目", 110, 230), ("一般公共预算基本支出", 354, 454)),
        Line(725, ("科目编码", 90, 138), ("科目名称", 170, 218), ("合计", 300, 324), ("人员经费", 370, 418), ("公用经费", 460, 508)),
        Line(710, ("栏次", 40, 64), ("1", 111, 117), ("2", 191, 197), ("3", 309, 315), ("4", 391, 397), ("5", 481, 487)),
    ];

    private static Disclosure Read(params PdfTextLine[] lines)
    {
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 595,
        [
            Line(800, ("石家庄市数据资源管理局2023年部门预算", 180, 420)),
            Line(780, ("部门预算一般公共预算财政拨款基本支出表", 160, 460)),
            Line(760, ("部门名称：石家庄市数据资源管理局", 40, 250), ("单位：万元", 480, 540)),
            Header[0], Header[1],
            .. lines,
        ]);
        return parser.Finish();
    }

    private static readonly PdfTextLine[] Rows =
    [
        Line(695, ("1", 49, 55), ("合计", 170, 194), ("1259.54", 290, 330), ("1130.81", 370, 410), ("128.73", 462, 496)),
        Line(680, ("2", 49, 55), ("301", 100, 118), ("工资福利支出", 170, 242), ("1112.32", 290, 330), ("1112.32", 370, 410)),
        Line(665, ("3", 49, 55), ("30101", 95, 125), ("基本工资", 170, 218), ("274.14", 292, 326), ("274.14", 372, 406)),
        Line(650, ("10", 46, 58), ("30201", 95, 125), ("办公费", 170, 206), ("5.10", 300, 322), ("5.10", 468, 490)),
    ];

    [Fact]
    public void The_lane_numbers_under_the_header_number_the_columns_and_are_not_a_row()
    {
        var table = Read([Header[2], .. Rows])
            .Table(TableKind.GeneralBudgetBasicExpenditure)!;

        table.Columns.Select(c => c.Name).Should().Equal("合计", "人员经费", "公用经费");
        table.Columns.Select(c => c.Number).Should().Equal(3, 4, 5);
        table.Rows.Should().HaveCount(4);
        table.Rows.Should().NotContain(r => r.Label.Contains("栏次", StringComparison.Ordinal));
    }

    [Fact]
    public void The_serial_numbers_are_the_rows_numbers_not_part_of_their_codes()
    {
        var table = Read([Header[2], .. Rows])
            .Table(TableKind.GeneralBudgetBasicExpenditure)!;

        table.Rows.Select(r => r.Number).Should().Equal(1, 2, 3, 10);
        table.Rows.Select(r => r.Code?.ToString()).Should().Equal(null, "301", "30101", "30201");
        table.Rows.Select(r => r.Label).Should().Equal("合计", "工资福利支出", "基本工资", "办公费");
        table.Cell(table.RowsWithCode(ClassificationCode.Parse("30101")).Single(), "人员经费").ToString().Should().Be("274.14");
        table.Cell(table.FindRow("合计")!, "合计").ToString().Should().Be("1259.54");
        table.Cell(table.RowsWithCode(ClassificationCode.Parse("30201")).Single(), "公用经费").ToString().Should().Be("5.10");
    }

    [Fact]
    public void Lane_numbers_printed_without_their_label_are_recognised_by_their_sequence()
    {
        var table = Read([Line(710, ("1", 111, 117), ("2", 191, 197), ("3", 309, 315), ("4", 391, 397), ("5", 481, 487)), .. Rows])
            .Table(TableKind.GeneralBudgetBasicExpenditure)!;

        table.Columns.Select(c => c.Number).Should().Equal(3, 4, 5);
        table.Rows.Select(r => r.Number).Should().Equal(1, 2, 3, 10);
    }

    [Fact]
    public void A_letter_spaced_lane_label_and_a_continuation_page_with_the_header_repeated()
    {
        var parser = new PdfDisclosureParser("x.pdf");
        PdfTextLine[] page1 =
        [
            Line(800, ("石家庄市数据资源管理局2023年部门预算", 180, 420)),
            Line(780, ("部门预算一般公共预算财政拨款基本支出表", 160, 460)),
            Line(760, ("单位：万元", 480, 540)),
            Header[0], Header[1],
            Line(710, ("栏", 40, 48), ("次", 56, 64), ("1", 111, 117), ("2", 191, 197), ("3", 309, 315), ("4", 391, 397), ("5", 481, 487)),
            .. Rows[..2],
        ];
        parser.AddPage(1, 595, page1);
        parser.AddPage(2, 595, [.. Header.Select(l => l with { Page = 2 }), .. Rows[2..].Select(l => l with { Page = 2 })]);

        var table = parser.Finish().Table(TableKind.GeneralBudgetBasicExpenditure)!;

        table.Columns.Select(c => c.Number).Should().Equal(3, 4, 5);
        table.Rows.Select(r => (r.Number, r.Page)).Should().Equal((1, 1), (2, 1), (3, 2), (10, 2));
        parser.Notices.Should().NotContain(n => n.Message.Contains("value columns", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_without_lane_numbers_or_serial_numbers_reads_as_before()
    {
        var rows = Rows.Select(r => r with { Cells = r.Cells.RemoveAt(0) }).ToArray();
        var table = Read(rows).Table(TableKind.GeneralBudgetBasicExpenditure)!;

        table.Columns.Select(c => c.Number).Should().OnlyContain(n => n == null);
        table.Rows.Select(r => r.Number).Should().OnlyContain(n => n == null);
        table.Rows.Select(r => r.Code?.ToString()).Should().Equal(null, "301", "30101", "30201");
    }

    private static PdfTextLine Line(double baseline, params (string Text, double Left, double Right)[] cells) =>
        new(1, baseline, 10, [.. cells.Select(c => new PdfCell(c.Text, c.Left, c.Right))]);
}
