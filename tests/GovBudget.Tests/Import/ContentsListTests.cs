using GovBudget.Documents;
using GovBudget.Import.Pdf;
using GovBudget.Serialization;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import;

public sealed class ContentsListTests
{
    [Fact]
    public void The_text_reader_keeps_the_sample_s_contents_list_with_lines_and_printed_pages()
    {
        var contents = Sample.Import.Document.Contents;
        contents.Should().HaveCount(18);
        contents[0].Should().Be(new ContentsEntry("部门预算收支总表", 0, 7, 3));
        contents.Where(c => c.TableKind is not null).Select(c => c.TableKind!.CanonicalName).Should().Equal(
            "收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算财政拨款支出表", "一般公共预算财政拨款基本支出表",
            "政府性基金预算财政拨款支出表", "国有资本经营预算财政拨款支出表", "“三公”经费支出表");
        contents[^1].Title.Should().Be("九、其他需要说明的事项");
        contents[^1].TableKind.Should().BeNull("a section is not a table");
        Sample.Lines[contents[4].Line - 1].Should().StartWith("部门预算一般公共预算财政拨款支出表");
    }

    [Fact]
    public void The_pdf_reader_keeps_the_contents_list_on_its_page_joining_wrapped_entries()
    {
        var jiangsu = RealPdf.Import(RealPdf.Jiangsu2019).Document.Contents;
        jiangsu.Should().OnlyContain(c => c.Page == 2 && c.Line == 0);
        jiangsu.Count(c => c.TableKind is not null).Should().Be(12);
        jiangsu.Should().Contain(c => c.Title == "十、政府性基金财政拨款支出预算表" && c.TableKind == TableKind.GovernmentFundExpenditure);
        jiangsu.Single(c => c.TableKind == TableKind.ThreePublicExpenses).Name.Should().Be("一般公共预算“三公”经费、会议费、培训费支出预算表");
        jiangsu[0].Title.Should().Be("第一部分部门概况");

        // 上海: numbered 1.–9. with leader dots and no page numbers; the list ends where the body starts.
        var shanghai = RealPdf.Import(RealPdf.Shanghai2025).Document.Contents;
        shanghai.Should().HaveCount(16);
        shanghai.Should().Contain(c => c.Title == "9．2025年部门“三公”经费和机关运行经费预算表" && c.PrintedPage == null);

        // The final's list goes on over page 3.
        var final = RealPdf.Import(RealPdf.Final2024).Document.Contents;
        final.Count(c => c.TableKind is not null).Should().Be(9);
        final.Should().Contain(c => c.Page == 3 && c.Title == "第四部分名词解释");
    }

    [Fact]
    public void A_contents_list_followed_by_the_body_on_its_own_page_ends_where_the_body_repeats_its_first_heading()
    {
        var narrative = RealPdf.Import(RealPdf.JiangsuNarrativeOnly2019);
        narrative.Document.Tables.Should().BeEmpty();
        narrative.Document.Contents.Count(c => c.TableKind is not null).Should().Be(12);
        narrative.Document.Narrative.Should().NotBeEmpty();
        narrative.Document.Narrative.Should().Contain(s => s.Title.Contains("主要职能", StringComparison.Ordinal));
    }

    [Fact]
    public void The_pdf_reader_records_rows_of_figures_under_a_title_it_does_not_recognise()
    {
        // Hand-placed lines: a page whose title names no known table, over three rows of figures in separate cells.
        PdfTextLine Line(double y, params (string Text, double Left, double Right)[] cells) =>
            new(2, y, 10, [.. cells.Select(c => new PdfCell(c.Text, c.Left, c.Right))]);
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 595, [new PdfTextLine(1, 800, 10, [new PdfCell("江苏省政协办公厅2017年度部门预算", 180, 420)]),
            new PdfTextLine(1, 780, 10, [new PdfCell("本部门收支预算总计13297.11万元。", 40, 300)])]);
        parser.AddPage(2, 595,
        [
            Line(800, ("部门会议及培训明细表", 200, 340)),
            Line(770, ("会议费", 40, 76), ("94.00", 300, 330), ("81.60", 400, 430)),
            Line(755, ("培训费", 40, 76), ("156.60", 300, 336), ("76.00", 400, 430)),
            Line(740, ("合计", 40, 64), ("250.60", 300, 336), ("157.60", 400, 436)),
        ]);
        var document = parser.Finish();

        var unread = document.UnreadTables.Should().ContainSingle().Subject;
        unread.Page.Should().Be(2);
        unread.Title.Should().Be("部门会议及培训明细表");
        parser.Notices.Should().Contain(n => n.Page == 2 && n.Message.Contains("没有作为表读取", StringComparison.Ordinal));

        // The real documents, whose tables are all recognised, have none.
        foreach (var pdf in new[] { RealPdf.Shanghai2025, RealPdf.Final2024, RealPdf.Jiangsu2019, RealPdf.FinalTemplate2024, RealPdf.JiangsuTables2017 })
        {
            RealPdf.Import(pdf).Document.UnreadTables.Should().BeEmpty(pdf);
        }
    }

    [Fact]
    public void Contents_and_unread_tables_round_trip_through_json()
    {
        foreach (var document in new[] { Sample.Import.Document, RealPdf.Import(RealPdf.JiangsuTables2017).Document, RealPdf.Import(RealPdf.Jiangsu2019).Document })
        {
            var back = DisclosureJson.Deserialize(DisclosureJson.Serialize(document));
            back.Contents.Should().Equal(document.Contents);
            back.UnreadTables.Should().Equal(document.UnreadTables);
        }

        // JSON written before contents were kept still reads, with none.
        var old = DisclosureJson.Serialize(Sample.Import.Document);
        var json = System.Text.Json.Nodes.JsonNode.Parse(old)!.AsObject();
        json.Remove("contents");
        json.Remove("unreadTables");
        DisclosureJson.Deserialize(json.ToJsonString()).Contents.Should().BeEmpty();
    }
}
