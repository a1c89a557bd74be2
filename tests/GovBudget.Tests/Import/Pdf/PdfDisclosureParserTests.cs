using GovBudget.Documents;
using GovBudget.Import.Pdf;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>The parser on hand-made lines: reading rules that do not depend on one document's layout.</summary>
public sealed class PdfDisclosureParserTests
{
    [Fact]
    public void A_cover_title_printed_over_lines_names_the_department()
    {
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 595, [Line(1, 540, "中共上海市普陀区委"), Line(1, 477, "社会工作部2024年度"), Line(1, 415, "部门决算")]);
        parser.AddPage(2, 595, [Line(2, 700, "一、主要职能"), Line(2, 670, "负责贯彻落实党中央有关方针政策。")]);

        var d = parser.Finish();

        d.Department.Name.Should().Be("中共上海市普陀区委社会工作部");
        d.Year.Year.Should().Be(2024);
        parser.Notices.Should().BeEmpty();
    }

    [Fact]
    public void A_region_s_collection_of_department_budgets_names_no_department()
    {
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 842, [Line(1, 403, "上海市普陀区2025年区级部门预算")]);
        parser.AddPage(2, 842, [Line(2, 700, "一、主要职能"), Line(2, 670, "负责财政工作。")]);

        var d = parser.Finish();

        d.Department.Name.Should().Be("未知部门");
        parser.Notices.Should().ContainSingle(n => n.Message.StartsWith("没有找到部门", StringComparison.Ordinal));
    }

    [Fact]
    public void A_department_printed_on_a_meta_line_comes_before_the_title_s()
    {
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 595, [Line(1, 507, "江苏省高级人民法院"), Line(1, 477, "2019年度部门预算公开")]);
        parser.AddPage(2, 595, [Line(2, 700, "一、主要职能"), Line(2, 670, "编制部门：江苏省高院")]);

        parser.Finish().Department.Name.Should().Be("江苏省高院");
    }

    [Fact]
    public void A_part_heading_before_the_title_names_no_department()
    {
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 595, [Line(1, 749, "第二部分 2019年度部门预算表"), Line(1, 700, "一、主要职能"), Line(1, 670, "负责审判工作。")]);

        parser.Finish().Department.Name.Should().Be("未知部门");
    }

    [Fact]
    public void Names_printed_once_for_a_group_of_rows_left_of_the_rows_names_head_an_outline()
    {
        // As the Jiangsu 收入预算总表 prints its 资金 groups: each group's name is centred vertically on its rows, on the
        // line of its middle row (资金甲, 资金丙) or between two rows (资金乙); the group's first row is its 小计.
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 595,
        [
            Cells(720, ("2019年收入预算总表", 244, 352)),
            Cells(700, ("部门名称：某部门", 62, 202), ("单位：万元", 483, 533)),
            Cells(680, ("项目名称", 223, 263), ("金额", 474, 494)),
            Cells(660, ("收入总计", 223, 263), ("35.00", 502, 533)),
            Cells(640, ("小计", 213, 233), ("30.00", 502, 533)),
            Cells(620, ("资金甲", 102, 162), ("乙项", 213, 253), ("30.00", 502, 533)),
            Cells(600, ("丙项", 213, 253)),
            Cells(580, ("小计", 213, 233), ("5.00", 507, 533)),
            Cells(570, ("资金乙", 102, 162)),
            Cells(560, ("丁项", 213, 253), ("5.00", 507, 533)),
            Cells(540, ("资金丙", 102, 162), ("戊项", 213, 253)),
        ]);

        var t = parser.Finish().Table(TableKind.IncomeSummary)!;

        t.Rows.Select(r => (r.Label, r.Cells[0].ToString(), r.Depth)).Should().Equal(
            ("收入总计", "35.00", 0),
            ("资金甲小计", "30.00", 1), ("乙项", "30.00", 2), ("丙项", string.Empty, 2),
            ("资金乙小计", "5.00", 1), ("丁项", "5.00", 2),
            ("资金丙", string.Empty, 1), ("戊项", string.Empty, 2));
        parser.Notices.Should().BeEmpty();
    }

    private static PdfTextLine Cells(double baseline, params (string Text, double Left, double Right)[] cells) =>
        new(1, baseline, 10, [.. cells.Select(c => new PdfCell(c.Text, c.Left, c.Right))]);

    private static PdfTextLine Line(int page, double baseline, string text) =>
        new(page, baseline, 15, [new PdfCell(text, 77, 77 + (15 * text.Length))]);
}
