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
        parser.Notices.Should().ContainSingle(n => n.Message.StartsWith("no department found", StringComparison.Ordinal));
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

    private static PdfTextLine Line(int page, double baseline, string text) =>
        new(page, baseline, 15, [new PdfCell(text, 77, 77 + (15 * text.Length))]);
}
