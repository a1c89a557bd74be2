using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import;

/// <summary>
/// The text reader's signs of an uncertain reading: the sample's 一般公共预算财政拨款支出表 with one line printed as the
/// reader would misread it gives that row (or cell) its sign; the sample as published has none.
/// </summary>
public sealed class TextReadingSignsTests
{
    private const string Title = "## 部门预算一般公共预算财政拨款支出表";

    // 4	2010301	行政运行	475.40	475.40	 in the sample.
    private const string Row = "4\t2010301\t行政运行\t475.40\t475.40\t";

    [Fact]
    public void The_sample_as_published_has_no_sign()
    {
        Sample.Import.Document.Tables.Should().OnlyContain(t => !t.HasSigns);
    }

    [Fact]
    public void An_amount_printed_with_a_leading_zero_marks_its_cell()
    {
        var row = RowOf(Read("4\t2010301\t行政运行\t05\t05\t"), "2010301");

        row.Signs.Select(s => (s.Kind, s.Column)).Should().Equal((ReadingSignKind.CodeFragment, 0), (ReadingSignKind.CodeFragment, 1));
    }

    [Fact]
    public void A_code_with_no_name_marks_its_row()
    {
        RowOf(Read("4\t2010301\t\t475.40\t475.40\t"), "2010301").Signs
            .Should().ContainSingle().Which.Should().Match<ReadingSign>(s => s.Kind == ReadingSignKind.CodeWithoutName && s.Column == null);
    }

    [Fact]
    public void Figures_with_neither_code_nor_name_mark_their_row()
    {
        Table(Read("4\t\t\t475.40\t475.40\t")).Rows.Single(r => r.Number == 4).Signs
            .Should().ContainSingle(s => s.Kind == ReadingSignKind.FiguresWithoutLabel);
    }

    [Fact]
    public void A_header_line_read_as_a_row_marks_it()
    {
        Table(Read("4\t\t类 款 项\t\t\t")).Rows.Single(r => r.Number == 4).Signs
            .Should().ContainSingle(s => s.Kind == ReadingSignKind.HeaderAsData);
    }

    [Fact]
    public void Two_names_glued_into_one_mark_the_row()
    {
        RowOf(Read("4\t2010301\t一、行政运行二、一般行政管理事务\t475.40\t475.40\t"), "2010301").Signs
            .Should().ContainSingle(s => s.Kind == ReadingSignKind.GluedNames);
    }

    [Fact]
    public void A_table_printed_without_its_unit_is_marked()
    {
        // The table is printed over two pages, each with its page header (部门, 预算年度, 单位): drop both units.
        var lines = Sample.Lines.ToList();
        var title = lines.IndexOf(Title);
        var end = lines.FindIndex(title + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        for (var i = end - 1; i > title; i--)
        {
            if (lines[i].StartsWith("单位：", StringComparison.Ordinal))
            {
                lines.RemoveAt(i);
            }
        }

        var table = Table(DisclosureTextReader.Read(string.Join('\n', lines), "sample.txt").Document);

        table.Unit.Should().BeNull();
        table.Signs.Should().ContainSingle().Which.Kind.Should().Be(ReadingSignKind.NoUnit);
        table.Rows.Should().OnlyContain(r => r.Signs.IsEmpty);
    }

    private static Disclosure Read(string row)
    {
        var lines = Sample.Lines.ToList();
        var at = lines.FindIndex(lines.IndexOf(Title), l => l.TrimEnd('\r') == Row);
        at.Should().BePositive();
        lines[at] = row;
        var document = DisclosureTextReader.Read(string.Join('\n', lines), "sample.txt").Document;
        document.Tables.Where(t => t.Kind != TableKind.GeneralBudgetExpenditure).Should().OnlyContain(t => !t.HasSigns);
        return document;
    }

    private static BudgetTable Table(Disclosure document) => document.Table(TableKind.GeneralBudgetExpenditure)!;

    private static TableRow RowOf(Disclosure document, string code) => Table(document).Rows.Single(r => r.Code?.ToString() == code);
}
