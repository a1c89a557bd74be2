using GovBudget.Import;
using GovBudget.Documents;
using GovBudget.Serialization;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// The signs of an uncertain reading on the real PDFs: each misreading found by reading the printed pages (see the
/// README of TestData/real) is marked where it occurs, and the documents the reader reads cleanly carry none.
/// </summary>
public sealed class RealPdfReadingSignsTests : InEnglish
{
    public static TheoryData<string> Clean() => [.. RealPdf.Clean];

    public static TheoryData<string> Misread() => [.. RealPdf.Misread];

    [Theory]
    [MemberData(nameof(Clean))]
    public void A_document_read_cleanly_carries_no_sign(string file)
    {
        RealPdf.Import(file).Document.Tables.Should().OnlyContain(t => !t.HasSigns);
    }

    [Fact]
    public void The_template_code_20799_printed_alone_with_its_name_wrapped_around_it_is_read_as_its_rows_code()
    {
        // 收入决算表 p.6 and 支出决算表 p.7: 20799, its name 其他文化旅游体育与传媒支 / 出 printed above and below it. It
        // was read as an amount 20799 (a sign, 待核实); the reading with the code and the wrapped name is clean.
        // The template prints no figure, so its tables now read as blank (no row), as any table without figures does.
        var import = RealPdf.Import(RealPdf.FinalTemplate2024);
        foreach (var (kind, page) in new[] { (TableKind.IncomeSummary, 6), (TableKind.ExpenditureSummary, 7) })
        {
            var table = import.Document.Table(kind)!;
            table.Rows.Should().NotContain(r => r.Cells.Any(c => c.Number != null), "a blank template prints no amount");
            table.HasSigns.Should().BeFalse();
            import.Notices.Should().Contain(n => n.Page == page
                && n.Message == $"第 {page} 页：表“{table.Title}”中编码栏里的“20799”按该行的编码读取（其名称折行印在上下行），不读作金额");
        }
    }

    [Theory]
    [InlineData(RealPdf.Shengwei2017Tables)]
    [InlineData(RealPdf.Shengwei2018Tables)]
    [InlineData(RealPdf.Shengwei2019Tables)]
    [InlineData(RealPdf.Zhengxie2019Tables)]
    [InlineData(RealPdf.RendaBangongting2019Tables)]
    public void A_summary_printing_three_lists_on_one_line_is_read_without_a_sign(string file)
    {
        // 收入 | 支出·功能分类 | 支出·支出用途 on each line: once read as two lists under one column (two amounts under
        // one column, the totals' names and figures apart), now each list is rows of its own.
        var table = RealPdf.Import(file).Document.Table(TableKind.IncomeExpenditureSummary)!;

        table.HasSigns.Should().BeFalse();
        table.Columns.Select(c => c.Name).Should().Equal("预算数", "预算数", "支出用途");
    }

    [Theory]
    [MemberData(nameof(Misread))]
    public void The_signs_round_trip_through_json(string file)
    {
        var document = RealPdf.Import(file).Document;
        document.Tables.Should().Contain(t => t.HasSigns);

        var json = DisclosureJson.Serialize(document);
        var back = DisclosureJson.Deserialize(json);

        DisclosureJson.Serialize(back).Should().Be(json);
        back.Tables.Select(t => t.Signs).Should().BeEquivalentTo(document.Tables.Select(t => t.Signs), o => o.WithStrictOrdering());
        for (var i = 0; i < document.Tables.Length; i++)
        {
            back.Tables[i].Rows.Should().Equal(document.Tables[i].Rows); // row equality includes the rows' signs
        }
    }

    [Fact]
    public void A_table_read_cleanly_writes_no_signs_property()
    {
        DisclosureJson.Serialize(RealPdf.Import(RealPdf.Shanghai2025).Document).Should().NotContain("\"signs\"");
    }

    [Theory]
    [InlineData("{\"kind\": \"no-such-sign\", \"explanation\": \"x\", \"page\": 1}", "unknown reading sign kind 'no-such-sign'")]
    [InlineData("{\"kind\": \"code-fragment\", \"explanation\": \"x\", \"page\": 1, \"column\": 99}", "column 99 is not one of the table's")]
    [InlineData("{\"kind\": \"code-fragment\", \"page\": 1}", "signs[0].explanation: missing: expected a string (the sign's explanation)")]
    public void A_malformed_sign_in_json_is_a_clear_error(string sign, string expected)
    {
        var json = DisclosureJson.Serialize(RealPdf.Import(RealPdf.FinalTemplate2024).Document);
        var at = json.IndexOf("\"signs\": [", StringComparison.Ordinal);
        var end = json.IndexOf(']', at);
        var broken = json[..(at + "\"signs\": [".Length)] + sign + json[end..];

        var act = () => DisclosureJson.Deserialize(broken);

        act.Should().Throw<DisclosureFormatException>().WithMessage($"*{expected}*");
    }

    [Fact]
    public void Every_kind_has_a_json_name_that_reads_back()
    {
        foreach (var kind in Enum.GetValues<ReadingSignKind>())
        {
            var name = new ReadingSign(kind, "x", 1).KindName;
            name.Should().MatchRegex("^[a-z]+(-[a-z]+)*$");
            ReadingSign.TryParseKind(name, out var back).Should().BeTrue();
            back.Should().Be(kind);
        }
    }

    private static List<ReadingSignKind> Kinds(BudgetTable table, string label) =>
        [.. table.Rows.Where(r => r.Label == label).SelectMany(r => r.Signs).Select(s => s.Kind)];
}
