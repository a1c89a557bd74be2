using GovBudget.Documents;
using GovBudget.Import.Pdf;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// The signs of an uncertain reading on hand-placed pages (x ranges and baselines as a 一般公共预算支出表 prints them,
/// 10 pt): each layout the reader misreads marks the cell, row or table it misreads, and a finding resting on it is a
/// 待核实 warning; the same page printed cleanly has no sign and its wrong figure is an error.
/// </summary>
public sealed class PdfReadingSignsTests
{
    private static readonly PdfTextLine[] Head =
    [
        Cells(760, ("2023年部门一般公共预算支出功能分类预算表", 200, 400)),
        Cells(740, ("部门名称：某局", 60, 130), ("单位：万元", 480, 530)),
        Cells(720, ("科目编码", 60, 100), ("科目名称", 150, 190), ("合计", 300, 320), ("基本支出", 380, 420), ("项目支出", 460, 500)),
        Cells(700, ("合计", 150, 170), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
        Cells(680, ("201", 60, 75), ("一般公共服务支出", 150, 230), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
        Cells(660, ("20101", 60, 85), ("人大事务", 150, 190), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
    ];

    [Fact]
    public void A_table_printed_cleanly_has_no_sign_and_its_wrong_figure_is_an_error()
    {
        var table = Read([.. Head, Cells(640, ("2010101", 60, 95), ("行政运行", 150, 190), ("90.00", 295, 322), ("60.00", 395, 422), ("40.00", 475, 502))]);

        table.HasSigns.Should().BeFalse();
        var findings = Check(table);
        findings.Should().Contain(f => f.RuleId == "GB-SECTION" && f.Severity == Severity.Error && !f.Uncertain
            && f.Cells.Any(c => c.Row == "2010101" && c.Value == 90m));
        // A one-table page is an incomplete disclosure whatever its reading; only the findings on its figures count here.
        findings.Where(f => f.Cells.Count > 0).Should().NotContain(f => f.Uncertain);
    }

    [Fact]
    public void A_code_printed_with_spaces_and_no_name_around_it_marks_the_amounts_read_from_its_parts()
    {
        // 208 05 05 with no name on its line or around it: no reading gives the row a name (a code split by spaces
        // whose name wraps is read as one code, PdfAlternativeReadingsTests), so it is read as 类 208 with amounts 05 and 05.
        var table = Read(
        [
            .. Head,
            Cells(640, ("2010101 行政运行", 60, 190), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
            Cells(620, ("208 05 05", 60, 105), ("5.00", 300, 322), ("5.00", 400, 422)),
        ]);

        var row = table.Rows.Single(r => r.Code?.ToString() == "208");
        row.Signs.Should().Contain(s => s.Kind == ReadingSignKind.CodeFragment && s.Column == 0 && s.Page == 1)
            .Which.Explanation.Should().Contain("“05”以 0 开头");
        var resting = Check(table).Where(f => f.Cells.Any(c => c.Row == "208" && c.Column == "合计")).ToList();
        resting.Should().NotBeEmpty().And.OnlyContain(f => f.Severity == Severity.Warning && f.Uncertain && f.Message.StartsWith("待核实：")
            && f.Uncertainty!.Contains("像是编码的一段") && f.PagesToCheck.SequenceEqual(new[] { 1 }));
    }

    [Fact]
    public void A_code_printed_alone_in_the_code_column_with_no_name_marks_the_amount_it_was_read_as()
    {
        // 20199 alone, no name around it (with its name wrapped around it, it is the row's code: PdfAlternativeReadingsTests).
        var table = Read(
        [
            .. Head,
            Cells(640, ("2010101", 60, 95), ("行政运行", 150, 190), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
            Cells(620, ("20199", 60, 85)),
        ]);

        var row = table.Rows.Single(r => r.Cells[0].Number?.ToDecimal() == 20199m);
        row.Code.Should().BeNull();
        row.Signs.Should().ContainSingle(s => s.Kind == ReadingSignKind.CodeAsAmount).Which.Column.Should().Be(0);
        Check(table).Where(f => f.Cells.Any(c => c.Value == 20199m)).Should().NotBeEmpty()
            .And.OnlyContain(f => f.Uncertain && f.Severity <= Severity.Warning);
    }

    [Fact]
    public void Two_amounts_under_one_column_mark_every_row_the_line_gives()
    {
        var table = Read(
        [
            .. Head,
            Cells(640, ("2010101", 60, 95), ("行政运行", 150, 190), ("100.00", 290, 322), ("7.00", 330, 350), ("60.00", 395, 422), ("40.00", 475, 502)),
        ]);

        var row = table.Rows.Single(r => r.Code?.ToString() == "2010101");
        row.Signs.Should().ContainSingle(s => s.Kind == ReadingSignKind.TwoAmountsInColumn)
            .Which.Explanation.Should().Contain("“合计”列下印有两个金额（100.00、7.00）");
        table.Rows.Where(r => r.Code?.ToString() != "2010101").Should().OnlyContain(r => r.Signs.IsEmpty);
    }

    [Fact]
    public void A_second_code_and_name_on_a_line_mark_the_row_as_two_blocks_read_as_one()
    {
        // A 基本支出表 printed as two blocks side by side, its header printed once: 30101 基本工资 … 30201 办公费 ….
        var table = Read(
        [
            .. Head,
            Cells(640, ("2010101", 60, 95), ("行政运行", 150, 190), ("100.00", 290, 322), ("30201", 330, 355), ("办公费", 360, 380), ("60.00", 395, 422)),
        ]);

        table.Rows.Single(r => r.Code?.ToString() == "2010101").Signs
            .Should().Contain(s => s.Kind == ReadingSignKind.GluedNames && s.Column == null)
            .Which.Explanation.Should().Contain("又印有编码“30201”");
    }

    [Fact]
    public void A_code_row_with_no_name_and_a_row_of_figures_with_no_label_are_marked()
    {
        var table = Read(
        [
            .. Head,
            Cells(640, ("2010101", 60, 95), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
            Cells(600, ("1.00", 300, 322)),
        ]);

        table.Rows.Single(r => r.Code?.ToString() == "2010101").Signs.Should().ContainSingle(s => s.Kind == ReadingSignKind.CodeWithoutName);
        table.Rows.Single(r => r.Code is null && r.Label.Length == 0).Signs.Should().ContainSingle(s => s.Kind == ReadingSignKind.FiguresWithoutLabel);
    }

    [Fact]
    public void A_table_without_a_unit_is_marked()
    {
        var lines = Head.Where(l => !l.Compact.StartsWith("部门名称", StringComparison.Ordinal)).ToList();
        var table = Read(lines);

        table.Unit.Should().BeNull();
        table.Signs.Should().ContainSingle(s => s.Kind == ReadingSignKind.NoUnit).Which.Page.Should().Be(1);
    }

    [Fact]
    public void A_wrapped_header_read_in_part_marks_the_table()
    {
        // 单位 / 预留机动 / 经费 printed on three lines over one column, its first line lost (a header cut above it):
        // a column 预留机动经费, which no table has. (Printed whole, it is one column: PdfCentredHeaderCellTests.)
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 595,
        [
            Cells(760, ("2023年部门支出预算总表", 220, 340)),
            Cells(740, ("部门名称：某局", 60, 130), ("单位：万元", 480, 530)),
            Cells(715, ("合计", 100, 120), ("基本支出", 200, 240), ("项目支出", 300, 340), ("预留机动", 390, 430)),
            Cells(705, ("经费", 400, 420)),
            Cells(690, ("100.00", 90, 122), ("60.00", 215, 242), ("30.00", 315, 342), ("10.00", 400, 422)),
        ]);

        var table = parser.Finish().Table(TableKind.ExpenditureSummary)!;
        table.Columns.Select(c => c.PrintedName).Should().Contain("预留机动经费");
        table.Signs.Should().ContainSingle(s => s.Kind == ReadingSignKind.HeaderFragment)
            .Which.Explanation.Should().Contain("单位预留机动经费");
    }

    [Fact]
    public void A_table_continued_on_the_next_page_under_its_title_and_header_printed_again_is_one_table()
    {
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 595, [.. Head]);
        parser.AddPage(2, 595, OnPage(2, [.. Head[..3], Cells(700, ("2010101", 60, 95), ("行政运行", 150, 190), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502))]));

        var table = parser.Finish().Tables.Should().ContainSingle(t => t.Kind == TableKind.GeneralBudgetExpenditure).Subject;

        table.HasSigns.Should().BeFalse();
        table.Rows.Select(r => (r.Key, r.Page)).Should().Equal(("合计", 1), ("201", 1), ("20101", 1), ("2010101", 2));
        Check(table).Where(f => f.Cells.Count > 0).Should().BeEmpty("the 项 on page 2 adds up to its 款 on page 1");
    }

    [Fact]
    public void A_table_printed_again_under_its_title_with_another_header_is_a_second_table_and_marks_both()
    {
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 595, [.. Head]);
        parser.AddPage(2, 595, OnPage(2,
        [
            .. Head[..2],
            Cells(720, ("科目编码", 60, 100), ("科目名称", 150, 190), ("合计", 300, 320)),
            Cells(700, ("2010101", 60, 95), ("行政运行", 150, 190), ("100.00", 290, 322)),
        ]));

        var tables = parser.Finish().Tables.Where(t => t.Kind == TableKind.GeneralBudgetExpenditure).ToList();
        tables.Should().HaveCount(2);
        tables.Should().OnlyContain(t => t.Signs.Count(s => s.Kind == ReadingSignKind.SplitTable) == 1);
        tables[0].Signs.Single().Page.Should().Be(2);
        tables[1].Signs.Single().Page.Should().Be(1);
    }

    private static BudgetTable Read(IReadOnlyList<PdfTextLine> lines)
    {
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 595, lines);
        return parser.Finish().Table(TableKind.GeneralBudgetExpenditure)!;
    }

    private static IReadOnlyList<GovBudget.Rules.Findings.Finding> Check(BudgetTable table) =>
        RulePack.Standard(DisclosureKind.Budget)
            .Check(new Disclosure(new Department(null, "某局"), new FiscalYear(2023), DisclosureKind.Budget, [table], []))
            .Findings;

    private static PdfTextLine[] OnPage(int page, PdfTextLine[] lines) => [.. lines.Select(l => l with { Page = page })];

    private static PdfTextLine Cells(double baseline, params (string Text, double Left, double Right)[] cells) =>
        new(1, baseline, 10, [.. cells.Select(c => new PdfCell(c.Text, c.Left, c.Right))]);
}
