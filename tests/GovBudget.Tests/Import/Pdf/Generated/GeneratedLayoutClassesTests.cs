using GovBudget.Documents;
using GovBudget.Import.Pdf;
using static GovBudget.Tests.Import.Pdf.Generated.GeneratedPagesTests;

namespace GovBudget.Tests.Import.Pdf.Generated;

/// <summary>
/// The layout classes the generated pages once found misread (issue 12), each replayed from the case that found it
/// (its layout as the failing message names it, and the department's seed, 0 for the sample): read back, every table
/// is the one printed. The property in <see cref="GeneratedPagesTests"/> prints these classes among the others.
/// </summary>
public sealed class GeneratedLayoutClassesTests
{
    [Theory]
    // A 三公 table going on over a page under its title and header printed again, that page's only row with no figure.
    [InlineData("12pt name 17em gap 4em Spaced rows/page 7 TitleAndHeaderAgain unit-own-line wrapped-title page-numbers FirstLine landscape", 7477)]
    // The same under the header alone, and with no header: the next page holds rows with no figure only.
    [InlineData("12pt name 17em gap 4em Spaced rows/page 7 HeaderAgain unit-own-line page-numbers FirstLine landscape", 7477)]
    [InlineData("12pt name 24em gap 4em Joined rows/page 7 RowsOnly unit-own-line thousands FirstLine landscape", 1838)]
    // More than a header's eight lines of names with no figure under the header printed again.
    [InlineData("8pt name 4em gap 6em Joined rows/page 4 TitleAndHeaderAgain unit-own-line wrapped-title FirstLine portrait", 3149)]
    [InlineData("10.5pt name 5em gap 5em Spaced rows/page 4 HeaderAgain thousands 序号 LastLine portrait", 4758)]
    public void Continuation_pages_with_few_rows_or_no_figure_read_back_exactly(string layout, int seed) => ReadsBack(layout, seed);

    [Theory]
    // 人员经费 over two blocks, standing in the gap between the first block's 预算数 and the second's 科目编码.
    [InlineData("9pt name 10em gap 5em Spaced rows/page 26 RowsOnly unit-own-line 序号 page-numbers LastLine portrait blocks Captioned larger-split", 0)]
    [InlineData("10.5pt name 22em gap 9em Spaced rows/page 42 RowsOnly 序号 page-numbers FirstLine landscape blocks Captioned", 0)]
    // 人员经费 centred over two blocks as wide as to be centred over the first block's 预算数 too; 公用经费 beside it.
    [InlineData("7.5pt name 20em gap 2em Joined rows/page 59 TitleAndHeaderAgain unit-own-line wrapped-title thousands 序号 page-numbers LastLine portrait blocks Captioned larger-split", 3567)]
    public void A_caption_in_the_gap_between_blocks_names_the_blocks(string layout, int seed) => ReadsBack(layout, seed);

    [Theory]
    // The 收入总表's 合计, printed between the header's lines in the gap between 科目名称 and 小计 and centred over the
    // two (a name column of 6 letters), beside 上年结转: a column, not a group over them.
    [InlineData("10pt name 6em gap 4em Joined rows/page 38 HeaderAgain unit-own-line wrapped-title LastLine portrait", 0)]
    [InlineData("9pt name 8em gap 3em Spaced rows/page 60 RowsOnly 序号 FirstLine landscape", 0)]
    // 本年收入 over 小计 … 其他收入, standing in a gap of 8 or 9 letters between two of its columns.
    [InlineData("12pt name 12em gap 8em Spaced rows/page 46 RowsOnly wrapped-title LastLine landscape", 0)]
    [InlineData("10pt name 28em gap 9em Spaced rows/page 6 RowsOnly thousands page-numbers LastLine landscape", 0)]
    public void A_header_cell_in_a_gap_is_a_column_or_a_group_as_printed(string layout, int seed) => ReadsBack(layout, seed);

    [Theory]
    // 其他政府办公厅（室 / ）及相关机构事务支 / 出: the figures on the first line, or on the last; with codes, and without (三公).
    [InlineData("9pt name 9em gap 3em Joined rows/page 60 RowsOnly FirstLine landscape", 0)]
    [InlineData("9pt name 9em gap 3em Joined rows/page 60 RowsOnly LastLine landscape", 0)]
    [InlineData("10pt name 5em gap 3em Spaced rows/page 60 HeaderAgain 序号 LastLine landscape", 25)]
    [InlineData("7.5pt name 4em gap 2em Joined rows/page 30 RowsOnly thousands FirstLine portrait", 25)]
    public void Names_wrapped_over_three_lines_or_more_read_back_exactly(string layout, int seed) => ReadsBack(layout, seed);

    [Theory]
    // Two-sided, every cell centred on its row: 八、附属单位上缴 / 收入 (no figure) beside 八、社会保障和就 / 123.70 / 业支出.
    [InlineData("9pt name 8em gap 3em Joined rows/page 1000 RowsOnly FirstLine landscape figures-between", 0)]
    [InlineData("9pt name 8em gap 3em Joined rows/page 1000 RowsOnly FirstLine landscape two-lists figures-between", 0)]
    // 二、政府性基金预 / 算拨款收入 (no figure) round the line of 二、卫生健康支出 and its figure: the pitch learned from such
    // rows too, so that 四、财政专户管理 / 资金收入, with no figure anywhere on its row, is one label.
    [InlineData("9pt name 8em gap 3em Joined rows/page 1000 RowsOnly FirstLine landscape figures-between", 25)]
    [InlineData("7.5pt name 8em gap 3em Joined rows/page 1000 RowsOnly FirstLine landscape two-lists figures-between", 77)]
    public void Labels_wrapped_around_a_two_sided_rows_figures_read_back_exactly(string layout, int seed) => ReadsBack(layout, seed);

    [Theory]
    // 一、一般公共预算拨款 / 13,498.42 一、一般公共服务支出 6,412.60 / 收入: one side's label wrapped around its figures, the
    // other side's one-line label and its figures on the line between; the first row under the header, or on a page.
    [InlineData("7.5pt name 10em gap 4em Spaced rows/page 42 HeaderAgain thousands LastLine portrait figures-between", 7043)]
    [InlineData("9pt name 8em gap 8em Joined rows/page 1000 RowsOnly FirstLine landscape figures-between", 2813)]
    [InlineData("9pt name 8em gap 8em Joined rows/page 1000 RowsOnly FirstLine landscape two-lists figures-between", 5442)]
    [InlineData("7.5pt name 6em gap 4em Joined rows/page 6 TitleAndHeaderAgain unit-own-line thousands FirstLine portrait figures-between", 9959)]
    public void A_label_wrapped_around_the_other_sides_one_line_row_reads_back_exactly(string layout, int seed) => ReadsBack(layout, seed);

    [Theory]
    // 二、政府性基金预 / 二、外交支出 / 算拨款收入: a label wrapped around the other side's one-line label with no figure shows
    // the pitch too, so that a page of names with no figure (十一、节能环保支 / 出, the table going on) is read whole.
    [InlineData("12pt name 7em gap 6em Joined rows/page 5 HeaderAgain wrapped-title thousands FirstLine landscape figures-between", 0)]
    // Pages of two rows, each showing the pitch once at most: the pitch is learned over the table's pages.
    [InlineData("8pt name 10em gap 3em Joined rows/page 2 TitleAndHeaderAgain thousands 序号 LastLine portrait figures-between", 0)]
    // A table that centres one label on a line of figures and wraps others with none (年初财政拨款结转和 / 结余): on a
    // two-sided table one such line shows the pitch.
    [InlineData("9pt name 9em gap 3em Spaced rows/page 13 HeaderAgain wrapped-title LastLine portrait figures-between", 1304)]
    [InlineData("9pt name 4em gap 5em Joined rows/page 14 RowsOnly page-numbers FirstLine landscape two-lists figures-between", 806)]
    public void A_centred_tables_pitch_is_learned_from_what_it_shows_read_back_exactly(string layout, int seed) => ReadsBack(layout, seed);

    [Fact]
    public void A_page_number_under_a_header_that_ends_its_page_is_no_header_line()
    {
        // The title and header at the foot of page 2 with its page number under them; the rows on page 3.
        const double size = 9;
        var cover = new PageCanvas(842, 595);
        cover.Centre("2023年部门预算", 421, 400, 22);
        var top = new PageCanvas(842, 595);
        top.Centre("2023年支出总表", 421, 200, 15);
        top.Left("编制部门：某局", 40, 170, size);
        top.Right("单位：万元", 420, 170, size);
        foreach (var (name, centre) in new[] { ("项目", 100.0), ("合计", 230), ("基本支出", 300), ("项目支出", 380) })
        {
            top.Centre(name, centre, 150, size);
        }

        top.Centre("- 2 -", 421, 20, size);
        var rows = new PageCanvas(842, 595);
        rows.Left("合计", 40, 550, size);
        rows.Right("30.00", 245, 550, size);
        rows.Right("10.00", 318, 550, size);
        rows.Right("20.00", 398, 550, size);
        rows.Centre("- 3 -", 421, 20, size);

        var read = PdfLayoutStage.Read([cover.ToPage(1), top.ToPage(2), rows.ToPage(3)], "generated.pdf");

        var table = read.Document.Tables.Should().ContainSingle().Subject;
        table.Columns.Select(c => c.PrintedName).Should().Equal("合计", "基本支出", "项目支出");
        table.Rows.Should().ContainSingle().Which.Cells.Select(c => c.ToString()).Should().Equal("30.00", "10.00", "20.00");
    }

    private static void ReadsBack(string text, int seed)
    {
        var layout = GeneratedLayout.Parse(text);
        layout.ToString().Should().Be(text, "the case is replayed as printed");
        var (pages, tables) = Print(layout, seed == 0 ? Source.Sample : new Source(seed));

        var read = PdfLayoutStage.Read(pages, "generated.pdf");

        Compare(read.Document, tables, layout);
    }
}
