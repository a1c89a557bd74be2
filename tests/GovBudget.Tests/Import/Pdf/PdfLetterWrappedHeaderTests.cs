using GovBudget.Documents;
using GovBudget.Import.Pdf;
using static GovBudget.Tests.Import.Pdf.HandPlacedPage;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// A 三公 table whose column names wrap letter by letter in narrow cells (小 / 计, 因公 / 出国 / （境）费, 公务用车购 / 置费),
/// printed interleaved over more lines than a header usually has, on hand-placed pages with the geometry of the Jiangsu
/// 2017 人大办公厅's (p. 20: 11 header lines, 10.4 pt, the parts three lines apart, 计 a letter left of 小, and the 0 of
/// 公务用车购置费 printed 0.8 lines under the row's other figures) and 检察院's (p. 16: 10 header lines). Once the header
/// was cut after eight lines and its last lines read as rows (计小公务用车购… / 费费), the columns named 小, 出国, 车购置.
/// </summary>
public sealed class PdfLetterWrappedHeaderTests
{
    private static readonly string[] Columns =
        ["合计", "小计", "因公出国（境）费", "小计", "公务用车购置费", "公务用车运行维护费", "公务接待费", "会议费", "培训费"];

    [Fact]
    public void Eleven_header_lines_of_letter_wrapped_names_give_the_nine_columns_and_their_groups()
    {
        var table = Read(RendaPage("0"), TableKind.ThreePublicExpenses);

        table.Columns.Select(c => (c.Name, c.Group)).Should().Equal(
            ("合计", null), ("小计", "“三公”经费"), ("因公出国（境）费", "“三公”经费"), ("小计", "公务用车购置及运行维护费"),
            ("公务用车购置费", "公务用车购置及运行维护费"), ("公务用车运行维护费", "公务用车购置及运行维护费"),
            ("公务接待费", "“三公”经费"), ("会议费", null), ("培训费", null));
        table.HasSigns.Should().BeFalse();
    }

    [Fact]
    public void A_figure_printed_a_little_lower_in_its_cell_is_the_row_s()
    {
        var table = Read(RendaPage("0"), TableKind.ThreePublicExpenses);

        table.Rows.Should().ContainSingle();
        Row(table.Rows[0]).Cells.Should().Be("2542.60|833.60|222.50|183.60|0|183.60|427.50|1305.25|403.75");

        // Printed 12.00 instead, it is read as printed: the misprint stays visible.
        Row(Read(RendaPage("12.00"), TableKind.ThreePublicExpenses).Rows[0]).Cells.Should().Be(
            "2542.60|833.60|222.50|183.60|12.00|183.60|427.50|1305.25|403.75");
    }

    [Fact]
    public void Ten_header_lines_whose_last_holds_only_the_wrapped_names_ends_give_the_nine_columns()
    {
        var table = Read(JianchayuanPage, TableKind.ThreePublicExpenses);

        table.Columns.Select(c => c.Name).Should().Equal(Columns);
        table.Rows.Select(Row).Should().Equal(("合计", "1452.35|584.35|110.00|317.80|50.00|267.80|156.55|168.00|700.00"));
        table.HasSigns.Should().BeFalse();
    }

    [Fact]
    public void A_row_with_no_figures_under_a_header_of_eight_lines_stays_a_row()
    {
        // 机关运行经费预算数 wrapped letter by letter over eight lines, then a row printing no figure under 项目: its name
        // is a row's (it is under the label column, and numbered), not a ninth header line.
        var page = new List<PdfTextLine>
        {
            Line(760, 16, ("2017年一般公共预算机关运行经费支出预算表", 130, 440)),
            Line(730, 9, ("部门：", 50, 77), ("某办公厅", 120, 156), ("单位：万元", 500, 545)),
        };
        string[] parts = ["机", "关", "运", "行", "经", "费", "预算", "数"];
        for (var i = 0; i < parts.Length; i++)
        {
            var cells = i == 0 ? new[] { ("项目", 80.0, 98.0), (parts[i], 300.0, 309.0) } : [(parts[i], 300.0, 300.0 + (9.0 * parts[i].Length))];
            page.Add(Line(700 - (10 * i), 9, cells));
        }

        page.Add(Line(600, 9, ("一、商品和服务支出", 60, 141)));
        page.Add(Line(580, 9, ("合计", 60, 78), ("12.00", 290, 313)));

        var table = Read([.. page], TableKind.OperatingExpenses);

        table.Columns.Select(c => c.Name).Should().Equal("机关运行经费预算数");
        table.Rows.Select(Row).Should().Equal(("一、商品和服务支出", ""), ("合计", "12.00"));
    }

    // 人大办公厅 2017 p. 20, as the reader's lines: the header's parts are centred in tall cells, so they interleave.
    private static PdfTextLine[] RendaPage(string purchase) =>
    [
        Line(745.0, 26.1, ("2017年“三公”经费、会议费、培训费支出预算", 40.0, 558.6)),
        Line(715.6, 26.1, ("表", 284.6, 310.7)),
        Line(685.7, 9.0, ("部门：", 49.4, 76.4), ("江苏省人大常委会办公厅", 116.2, 215.2), ("单位：万元", 518.9, 563.9)),
        Line(643.1, 10.4, ("“三公”经费", 252.0, 315.2)),
        Line(591.2, 10.4, ("公务用车购置及运行维护费", 231.0, 357.4)),
        Line(582.9, 10.4, ("会议", 473.6, 494.6)),
        Line(576.1, 10.4, ("因公", 162.7, 183.7)),
        Line(568.1, 10.4, ("合计", 64.1, 85.1), ("培训费", 526.4, 558.0)),
        Line(561.3, 10.4, ("小", 124.4, 134.9), ("公务接待", 405.0, 447.1)),
        Line(553.4, 10.4, ("费", 468.4, 478.8)),
        Line(546.5, 10.4, ("出国", 152.3, 173.3)),
        Line(530.9, 10.4, ("计", 114.0, 124.5), ("小", 211.6, 222.0), ("公务用车购", 251.0, 303.6), ("公务用车运", 328.3, 380.9), ("费", 410.3, 420.7)),
        Line(517.0, 10.4, ("（境）费", 141.7, 183.7)),
        Line(501.4, 10.4, ("计", 201.0, 211.4), ("置费", 256.3, 277.3), ("行维护费", 323.0, 365.2)),
        Line(442.0, 7.5, ("2,542.60", 56.5, 86.4), ("833.60", 115.4, 137.9), ("222.50", 159.0, 181.4), ("183.60", 202.6, 225.0),
            ("183.60", 340.3, 362.8), ("427.50", 411.8, 434.2), ("1,305.25", 466.2, 496.1), ("403.75", 527.9, 550.3)),
        Line(435.9, 7.5, (purchase, 276.1 - (3.7 * purchase.Length), 276.1)),
    ];

    // 检察院 2017 p. 16: 公务用 / 车购置 / 费 and 公务用车 / 运行维护 / 费 end on a tenth header line.
    private static readonly PdfTextLine[] JianchayuanPage =
    [
        Line(584.7, 15.9, ("十一、2017年一般公共预算“三公”经费、会议费、培训费支出预", 60.0, 510.0)),
        Line(568.8, 15.9, ("算表", 90.0, 122.0)),
        Line(544.5, 9.9, ("部门：", 90.5, 120.5), ("江苏省人民检察院", 149.5, 229.4), ("单位：万元", 460.4, 510.3)),
        Line(525.2, 9.9, ("“三公”经费", 250.4, 300.6)),
        Line(502.6, 9.9, ("公务用车购置及运行维护费", 248.0, 368.4)),
        Line(496.5, 9.9, ("因公出", 193.6, 223.4), ("公务", 393.0, 412.9)),
        Line(490.0, 9.9, ("合计", 102.0, 121.9), ("会议费", 430.0, 459.9), ("培训费", 478.0, 507.9)),
        Line(483.2, 9.9, ("公务用", 285.6, 315.5), ("公务用车", 333.1, 372.9)),
        Line(478.7, 9.9, ("小计", 151.6, 171.5), ("国（境）", 188.5, 228.6), ("接待", 393.0, 412.9)),
        Line(467.2, 9.9, ("小计", 245.0, 265.1), ("车购置", 285.6, 315.5), ("运行维护", 333.1, 372.9)),
        Line(463.0, 9.9, ("费", 203.5, 213.5), ("费", 398.0, 408.0)),
        Line(451.4, 9.9, ("费", 295.4, 305.4), ("费", 348.0, 357.9)),
        Line(431.8, 9.9, ("1,452.35 584.35", 98.0, 182.0), ("110.00 317.80", 202.0, 276.1), ("50.00", 297.0, 322.0),
            ("267.80 156.55 168.00", 351.0, 461.0), ("700.00", 480.0, 510.1)),
    ];
}
