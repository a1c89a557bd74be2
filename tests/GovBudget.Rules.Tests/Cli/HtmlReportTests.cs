using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GovBudget.Cli.Output;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Cli;

/// <summary>Issue 15 item 10: <c>check --format html</c>, parsed as a browser parses it.</summary>
public sealed class HtmlReportTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("govbudget-html-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Html, IDocument Page) Check(params string[] args)
    {
        var (code, output, error) = TestSupport.Cli.Run(["check", .. args, "--format", "html"]);
        error.Should().BeEmpty();
        return (code, output, new HtmlParser().ParseDocument(output));
    }

    [Fact]
    public void The_samples_one_warning_marks_the_cells_it_read()
    {
        var (code, _, page) = Check(Sample.Path);

        code.Should().Be(0);
        var cells = page.QuerySelectorAll("td[data-rule~='NM-GB']");
        cells.Should().NotBeEmpty();
        cells.Should().OnlyContain(c => c.ClassList.Contains("mark") && c.ClassList.Contains("warning") && c.GetAttribute("data-line") == "253");
        cells.Select(c => c.TextContent).Should().Contain(["201", "一般公共预算支出"]);
        page.QuerySelectorAll("td[data-rule]").Should().HaveCount(cells.Length, "the sample has one finding");

        // The cell links to the finding, which says what is wrong and names the table it is in.
        var target = cells[0].QuerySelector("a")!.GetAttribute("href")!;
        var finding = page.QuerySelector(target)!;
        finding.ClassList.Should().Contain("warning");
        finding.TextContent.Should().Contain("NM-GB").And.Contain("应为“一般公共服务支出”").And.Contain("第 253 行");
        cells[0].Closest("table")!.QuerySelector("caption")!.TextContent.Should().StartWith("部门预算一般公共预算财政拨款支出表");
        cells[0].Closest(".table-block")!.QuerySelector("aside")!.TextContent.Should().Contain("NM-GB");
    }

    [Fact]
    public void The_summary_counts_as_the_text_report_and_lists_every_check_that_did_not_apply()
    {
        var (_, _, page) = Check(Sample.Path);

        string Count(string name) => page.QuerySelector($"li[data-count='{name}'] b")!.TextContent;
        (Count("errors"), Count("warnings"), Count("infos"), Count("passed"), Count("notApplicable")).Should().Be(("0", "1", "0", "92", "10")); // 92: NM-CATALOG-SS (the 收支总表 lines against the catalog), NC-DEPT (the headings), NC-SECTIONS (the sections), NC-COMPARE (the words of change), ROW-REPEAT and NM-CODE-MISPRINT pass too
        page.QuerySelector(".summary")!.TextContent.Should().Be("错误 0，警告 1，提示 0；通过 92 条检查，不适用 10 条（缺表 1，情况说明未提及 7，条件不成立 2）");
        var notApplicable = page.QuerySelectorAll("ul.not-applicable li");
        notApplicable.Should().HaveCount(10);
        notApplicable.Select(l => l.GetAttribute("data-rule")).Should().Contain("NA-ITEM").And.Contain("NR-OPERATING-UNITS"); // the sample does not define 机关运行经费
        page.QuerySelectorAll("details summary").Select(d => d.TextContent).Should().Contain("不适用（情况说明未提及，7 条）");
    }

    [Fact]
    public void A_real_pdfs_error_marks_its_cells_with_their_pages_and_quotes_its_sentence()
    {
        var (code, _, page) = Check(RealPdf.Path(RealPdf.Shanghai2025));

        code.Should().Be(1);
        // 普陀区财政局 2025: the narrative says 887.36万元 (pages 7 and 8) for 2080506, printed 873617.00 元 on page 15.
        var cell = page.QuerySelectorAll("td.mark.error[data-rule~='NA-ITEM']").Should().ContainSingle().Subject;
        cell.TextContent.Should().Be("873617.00");
        cell.GetAttribute("data-page").Should().Be("15");
        cell.ParentElement!.QuerySelector("td.code")!.TextContent.Should().Be("2080506");
        var quotes = page.QuerySelectorAll("blockquote.mark.error[data-rule~='NA-ITEM']");
        quotes.Select(q => q.GetAttribute("data-page")).Should().BeEquivalentTo(["7", "8"]);
        quotes.Should().OnlyContain(q => q.TextContent.Contains("887.36万元", StringComparison.Ordinal));
        page.QuerySelector("li[data-count='errors'] b")!.TextContent.Should().Be("1");
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        foreach (var html in new[] { Check(Sample.Path).Html, Check(RealPdf.Path(RealPdf.Shanghai2025)).Html })
        {
            var page = new HtmlParser().ParseDocument(html);
            page.QuerySelectorAll("script[src], link, img, iframe, object").Should().BeEmpty();
            page.QuerySelector("head style")!.TextContent.Should().Contain(".mark.error");
            html.Should().NotContainAny("http://", "https://", "@import", "url(");
        }
    }

    [Fact]
    public void Text_from_the_document_is_escaped()
    {
        var path = Path.Combine(dir, "a.txt");
        File.WriteAllLines(path, Sample.Lines.Select((l, i) => i == 252 ? l.Replace("一般公共预算支出", "一般公共<预算支出", StringComparison.Ordinal) : l));

        var (_, html, page) = Check(path);

        html.Should().NotContain("<预算").And.Contain("一般公共&lt;预算支出");
        page.QuerySelectorAll("td[data-rule~='NM-GB']").Select(c => c.TextContent).Should().Contain("一般公共<预算支出");
    }

    [Fact]
    public void A_dataset_lists_at_most_the_limit_of_failed_departments_and_counts_the_rest()
    {
        var csv = Path.Combine(dir, "p.csv");
        var failing = HtmlDatasetWriter.Limit + 7;
        TestSupport.Cli.Run("generate", "--departments", failing.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "3", "--error-rate", "1", csv)
            .Code.Should().Be(0);

        var (_, html, page) = Check(csv);

        page.QuerySelector("section.dataset h3 + ol, ol.departments")!.Children.Should().HaveCount(HtmlDatasetWriter.Limit);
        page.QuerySelector("p.rest")!.TextContent.Should().StartWith($"另有 7 个有发现的部门未列出");
        page.QuerySelectorAll(".chart .bar-row[data-rule]").Should().NotBeEmpty();
        // Each listed department links to its section, whose marked tables are there.
        foreach (var link in page.QuerySelectorAll("ol.departments a").Take(5))
        {
            var section = page.QuerySelector(link.GetAttribute("href")!)!;
            section.QuerySelectorAll("td[data-rule]").Should().NotBeEmpty();
        }

        page.QuerySelectorAll("section.document").Should().HaveCount(HtmlDatasetWriter.Limit);
        html.Length.Should().BeLessThan(5 << 20, "the page stays small whatever the dataset's size");
    }

    [Fact]
    public void Several_documents_are_one_page_and_output_writes_a_file()
    {
        var file = Path.Combine(dir, "report.html");
        var (code, output, error) = TestSupport.Cli.Run("check", Sample.Path, RealPdf.Path(RealPdf.Shanghai2025), "--format", "html", "--output", file);

        (code, output, error).Should().Be((1, string.Empty, string.Empty));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
        page.QuerySelectorAll("section.document").Should().HaveCount(2);
        page.QuerySelector(".overall")!.TextContent.Should().StartWith("共 2 份文件：错误 1，警告 7");
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_is_an_unusable_input()
    {
        var (code, _, error) = TestSupport.Cli.Run("check", Sample.Path, "--output", Path.Combine(dir, "no-such-dir", "r.html"));

        code.Should().Be(2);
        error.Should().StartWith("govbudget: --output ");
    }
}
