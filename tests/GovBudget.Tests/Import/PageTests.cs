using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Serialization;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import;

/// <summary>Every table, row, narrative sentence and notice knows the page it is printed on.</summary>
public sealed class PageTests
{
    private static ImportResult Shanghai2025 => RealPdf.Import(RealPdf.Shanghai2025);

    // The sample with form feeds (as pdftotext writes between pages) before the 基本支出表 title (line 285) and before
    // the 2、支出说明 heading (line 430) inside narrative section 二 (line 422).
    private static Disclosure PagedSample()
    {
        var lines = Sample.Lines;
        lines[284].Should().StartWith("## 部门预算一般公共预算财政拨款基本支出表");
        lines[429].Should().StartWith("### 2、支出说明");
        lines[284] = "\f" + lines[284];
        lines[429] = "\f" + lines[429];
        return DisclosureTextReader.Read(string.Join('\n', lines), "paged.txt").Document;
    }

    [Fact]
    public void A_text_without_form_feeds_has_no_pages()
    {
        var doc = Sample.Import.Document;

        doc.Tables.Should().OnlyContain(t => t.Page == 0 && t.Rows.All(r => r.Page == 0));
        doc.Narrative.Should().OnlyContain(s => s.Page == 0 && s.PageAt(s.Text.Length - 1) == 0);
        Sample.Import.Notices.Should().OnlyContain(n => n.Page == 0);
    }

    [Fact]
    public void A_form_feed_starts_a_new_page_for_tables_and_rows()
    {
        var doc = PagedSample();

        var general = doc.Table(TableKind.GeneralBudgetExpenditure)!;
        general.Page.Should().Be(1);
        general.Line.Should().Be(241);
        general.Rows.Should().OnlyContain(r => r.Page == 1);
        var basic = doc.Table(TableKind.GeneralBudgetBasicExpenditure)!;
        basic.Page.Should().Be(2);
        basic.Line.Should().Be(285, "the form feed does not change line numbers");
        basic.Rows.Should().OnlyContain(r => r.Page == 2);
        basic.FindRow("合计")!.Cells.Should().Equal(Sample.Import.Document.Table(TableKind.GeneralBudgetBasicExpenditure)!.FindRow("合计")!.Cells);
    }

    [Fact]
    public void A_narrative_section_running_over_a_page_break_gives_each_sentence_its_page()
    {
        var section = PagedSample().Narrative.Single(s => s.Number == "二");

        section.Line.Should().Be(422);
        section.Page.Should().Be(2);
        section.PageAt(section.Text.IndexOf("2023 年预算收入 65559.38 万元", StringComparison.Ordinal)).Should().Be(2);
        section.PageAt(section.Text.IndexOf("较 2022 年增加 21113.82 万元", StringComparison.Ordinal)).Should().Be(3);
        section.Text.Should().Be(Sample.Import.Document.Narrative.Single(s => s.Number == "二").Text, "the form feed is not text");
    }

    [Fact]
    public void A_pdf_gives_pages_and_no_lines()
    {
        var doc = Shanghai2025.Document;

        doc.Tables.Should().OnlyContain(t => t.Page > 0 && t.Line == 0);
        doc.Tables.SelectMany(t => t.Rows).Should().OnlyContain(r => r.Page > 0 && r.Line == 0);
        Shanghai2025.Notices.Should().OnlyContain(n => n.Line == 0);
        Shanghai2025.Notices.Should().Contain(n => n.Page == 8).Which.ToString()
            .Should().StartWith("shanghai-putuo-caizhengju-2025-budget.pdf（第 8 页）: ");
    }

    [Fact]
    public void The_items_printed_twice_are_found_on_page_7_and_again_on_page_8()
    {
        // Narrative items 7–11 of the 2025年部门预算编制说明 are printed on page 7 and again on page 8.
        var section = Shanghai2025.Document.Narrative.Single(s => s.Title == "2025年部门预算编制说明");
        var text = section.Text;
        var first = text.IndexOf("887.36万元", StringComparison.Ordinal);
        var second = text.IndexOf("887.36万元", first + 1, StringComparison.Ordinal);

        second.Should().BePositive();
        section.PageAt(first).Should().Be(7);
        section.PageAt(second).Should().Be(8);
    }

    [Fact]
    public void Pages_survive_the_json_round_trip()
    {
        var doc = Shanghai2025.Document;
        var back = DisclosureJson.Deserialize(DisclosureJson.Serialize(doc));

        back.Narrative.Should().Equal(doc.Narrative);
        back.Tables.SelectMany(t => t.Rows).Should().Equal(doc.Tables.SelectMany(t => t.Rows));
        back.Tables.Select(t => t.Page).Should().Equal(doc.Tables.Select(t => t.Page));
    }
}
