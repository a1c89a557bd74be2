using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Documents;
using GovBudget.Import.Pdf;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// Table titles as real disclosures print them, on hand-placed lines: numbered (一、收支预算总表, Jiangsu 2017), wrapped
/// over two lines, with the form number on the title's line or on its own (公开01表：…, 公开表一), with a qualifier in
/// brackets after 表, a meta line whose label stands apart from the department, and a title with its meta line at the
/// foot of a page whose header is on the next. The table is the first rows of the sample's 基本支出表
/// (samples/shijiazhuang-data-bureau-2023-budget.txt, lines 285–300), titled as Jiangsu titles it.
/// </summary>
public sealed class PdfTableTitleTests
{
    private static readonly PdfTextLine[] Body =
    [
        Line(725, ("科目编码", 90, 138), ("科目名称", 170, 218), ("合计", 300, 324), ("人员经费", 370, 418), ("公用经费", 460, 508)),
        Line(695, ("合计", 170, 194), ("1259.54", 290, 330), ("1130.81", 370, 410), ("128.73", 462, 496)),
        Line(680, ("301", 100, 118), ("工资福利支出", 170, 242), ("1112.32", 290, 330), ("1112.32", 370, 410)),
        Line(665, ("30101", 95, 125), ("基本工资", 170, 218), ("274.14", 292, 326), ("274.14", 372, 406)),
    ];

    // 部门：   江苏省政协办公厅   单位：万元 — the label apart from its value, as Jiangsu prints it.
    private static readonly PdfTextLine Meta = Line(745, ("部门：", 40, 70), ("江苏省政协办公厅", 150, 246), ("单位：万元", 480, 540));

    public static TheoryData<string, string[]> Titles() => new()
    {
        { "plain", ["一般公共预算基本支出预算表"] },
        { "numbered", ["九、一般公共预算基本支出预算表"] },
        { "numbered, year and department", ["九、2017年度江苏省政协办公厅一般公共预算基本支出预算表"] },
        { "form number on the title's line", ["公开09表：一般公共预算基本支出预算表"] },
        { "form number on a line of its own", ["一般公共预算基本支出预算表", "公开表九"] },
        { "qualifier after 表", ["一般公共预算基本支出预算表（经济科目）"] },
        { "wrapped, two letters on the second line", ["一般公共预算基本支出预", "算表"] },
        { "wrapped, one letter on the second line", ["九、一般公共预算基本支出预算", "表"] },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void The_table_is_recognised_with_its_department_unit_and_rows(string layout, string[] title)
    {
        var document = Read([.. TitleLines(title), Meta, .. Body]);

        var table = document.Table(TableKind.GeneralBudgetBasicExpenditure);
        table.Should().NotBeNull(layout);
        table!.Unit.Should().Be(MoneyUnit.TenThousandYuan, layout);
        document.Department.Name.Should().Be("江苏省政协办公厅", layout);
        table.Rows.Select(r => r.Code?.ToString()).Should().Equal([null, "301", "30101"], layout);
        table.Cell(table.RowsWithCode(ClassificationCode.Parse("30101")).Single(), "人员经费").ToString().Should().Be("274.14", layout);
        document.Narrative.Should().BeEmpty(layout);
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void A_title_and_meta_line_at_the_foot_of_a_page_take_their_header_from_the_next(string layout, string[] title)
    {
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 595, [Line(820, ("江苏省政协办公厅2017年度部门预算", 180, 420)), Line(800, ("一、收支预算总体情况", 40, 200)), Line(780, ("本部门收支预算总计1259.54万元。", 40, 300)),
            .. TitleLines(title, baseline: 120), Meta with { Baseline = 80 }]);
        parser.AddPage(2, 595, [.. Body.Select(l => l with { Page = 2 })]);

        var table = parser.Finish().Table(TableKind.GeneralBudgetBasicExpenditure);

        table.Should().NotBeNull(layout);
        table!.Columns.Select(c => c.Name).Should().Equal(["合计", "人员经费", "公用经费"], layout);
        table.Rows.Should().HaveCount(3, layout);
        table.Rows.Select(r => r.Page).Should().AllBeEquivalentTo(2, layout);
        parser.Notices.Should().NotContain(n => n.Message.Contains("no header", StringComparison.Ordinal), layout);
    }

    [Fact]
    public void A_numbered_heading_without_a_meta_line_under_it_is_narrative()
    {
        // The 情况说明 and the contents list number their headings like tables: no meta line follows them.
        var document = Read(
        [
            Line(800, ("五、财政拨款支出预算表", 40, 200)),
            Line(780, ("财政拨款支出预算1259.54万元。", 40, 300)),
            Line(760, ("一般公共预算基本支出预算表", 160, 460)),
            Meta with { Baseline = 740 },
            .. Body.Select(l => l with { Baseline = l.Baseline - 20 }),
        ]);

        document.Narrative.Select(s => s.Title).Should().Contain(t => t.Contains("财政拨款支出预算表", StringComparison.Ordinal));
        document.Tables.Should().ContainSingle().Which.Kind.Should().Be(TableKind.GeneralBudgetBasicExpenditure);
    }

    [Fact]
    public void A_short_line_under_a_title_that_does_not_complete_one_is_not_joined()
    {
        // 一般公共预算基本支出预算表 ends in 表 already: the 合计 under it is a row, not the title's tail.
        var document = Read([Line(765, ("一般公共预算基本支出预算表", 160, 460)), Meta, .. Body]);

        document.Table(TableKind.GeneralBudgetBasicExpenditure)!.Title.Should().Be("一般公共预算基本支出预算表");
    }

    [Theory]
    [InlineData("财政拨款政府性基金支出预算表")]
    [InlineData("七、政府性基金支出预算表")]
    [InlineData("政府性基金财政拨款支出预算表")]
    public void A_government_fund_title_is_never_the_expenditure_summary(string title) =>
        TableKind.FromTitle(title).Should().Be(TableKind.GovernmentFundExpenditure);

    [Theory]
    [InlineData("“三公”经费、会议费、培训费支出预算表（一般公共预算）", "“三公”经费支出表")]
    [InlineData("财政拨款支出预算表（功能科目）", "财政拨款支出表")]
    [InlineData("支出预算总表（单位：万元）", "支出总表")]
    public void A_qualifier_in_brackets_after_the_title_does_not_hide_it(string title, string kind) =>
        TableKind.FromTitle(title)!.CanonicalName.Should().Be(kind);

    private static IEnumerable<PdfTextLine> TitleLines(string[] title, double baseline = 785)
    {
        for (var i = 0; i < title.Length; i++)
        {
            yield return Line(baseline - (i * 14), (title[i], 160, 160 + (title[i].Length * 14)));
        }
    }

    private static Disclosure Read(IEnumerable<PdfTextLine> lines)
    {
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 595, [Line(820, ("江苏省政协办公厅2017年度部门预算", 180, 420)), .. lines]);
        return parser.Finish();
    }

    private static PdfTextLine Line(double baseline, params (string Text, double Left, double Right)[] cells) =>
        new(1, baseline, 10, [.. cells.Select(c => new PdfCell(c.Text, c.Left, c.Right))]);
}
