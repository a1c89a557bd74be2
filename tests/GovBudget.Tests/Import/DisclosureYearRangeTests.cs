using System.Globalization;
using System.Text;
using GovBudget.Datasets;
using GovBudget.Import;
using GovBudget.Import.Pdf;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import;

/// <summary>
/// A printed year outside what <see cref="Documents.FiscalYear"/> accepts (1950 to 2200) is the reader's located format
/// error, not FiscalYear's ArgumentOutOfRangeException.
/// </summary>
public sealed class DisclosureYearRangeTests : InEnglish
{
    private const string Problem = "expected a fiscal year from 1950 to 2200";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"govbudget-year-{Guid.NewGuid():N}");

    public DisclosureYearRangeTests() => Directory.CreateDirectory(folder);

    protected override void Dispose(bool disposing)
    {
        Directory.Delete(folder, recursive: true);
        base.Dispose(disposing);
    }

    private static string SampleIn(string year) => Sample.Text.Replace("预算年度：2023", $"预算年度：{year}", StringComparison.Ordinal);

    private static int FirstYearLine => Array.FindIndex(Sample.Lines, l => l.StartsWith("预算年度：2023", StringComparison.Ordinal)) + 1;

    [Theory]
    [InlineData("1900")]
    [InlineData("1949")]
    public void A_text_year_line_out_of_range_is_an_error_on_that_line(string year)
    {
        var act = () => DisclosureTextReader.Read(SampleIn(year), "old.txt");

        var e = act.Should().Throw<DisclosureFormatException>().Which;
        e.Message.Should().Be($"old.txt:{FirstYearLine}: 预算年度 {year}: {Problem}");
        e.Line.Should().Be(FirstYearLine);
    }

    [Fact]
    public void A_text_year_in_range_is_read_and_1950_is_the_first()
    {
        DisclosureTextReader.Read(SampleIn("1950"), "old.txt").Document.Year.Year.Should().Be(1950);
    }

    [Fact]
    public void A_text_year_from_a_title_out_of_range_is_an_error_on_the_title_s_line()
    {
        var act = () => DisclosureTextReader.Read("302 某局\n\n# 1900年部门预算情况说明\n本部门负责财政工作。\n", "old.txt");

        act.Should().Throw<DisclosureFormatException>().WithMessage($"old.txt:3: 预算年度 1900: {Problem}");
    }

    [Fact]
    public void A_text_year_line_out_of_range_below_another_is_only_a_notice()
    {
        using var chinese = Localization.MessageLanguages.Use(Localization.MessageLanguage.Chinese); // a notice in the default wording
        var lines = Sample.Lines.ToArray();
        var second = Array.FindIndex(lines, FirstYearLine, l => l.StartsWith("预算年度：2023", StringComparison.Ordinal));
        lines[second] = "预算年度：1900";

        var result = DisclosureTextReader.Read(string.Join('\n', lines), "old.txt");

        result.Document.Year.Year.Should().Be(2023);
        result.Notices.Should().Contain(n => n.Line == second + 1 && n.Message == "预算年度 1900 与上面印的 2023 不同");
    }

    [Fact]
    public void A_pdf_title_year_out_of_range_is_an_error_naming_the_page()
    {
        var parser = new PdfDisclosureParser("old.pdf");
        parser.AddPage(1, 595, [Line(1, 540, "中共上海市普陀区委"), Line(1, 477, "社会工作部1900年度"), Line(1, 415, "部门决算")]);
        parser.AddPage(2, 595, [Line(2, 700, "一、主要职能"), Line(2, 670, "负责贯彻落实党中央有关方针政策。")]);

        var act = parser.Finish;

        act.Should().Throw<DisclosureFormatException>().WithMessage($"old.pdf: page 1: the year 1900 in a title: {Problem}");
    }

    [Fact]
    public void A_pdf_title_year_out_of_range_on_a_later_page_names_that_page()
    {
        var parser = new PdfDisclosureParser("old.pdf");
        parser.AddPage(1, 595, [Line(1, 700, "一、主要职能"), Line(1, 670, "负责贯彻落实党中央有关方针政策。")]);
        parser.AddPage(2, 595, [Line(2, 700, "某局1949年部门预算")]);

        var act = parser.Finish;

        act.Should().Throw<DisclosureFormatException>().WithMessage($"old.pdf: page 2: the year 1949 in a title: {Problem}");
    }

    [Fact]
    public void A_dataset_year_out_of_range_is_an_error_on_its_line()
    {
        var act = () => DatasetCsv.Read(new StringReader($"{DatasetCsv.Header}\n1900,预算,A,甲,收入总表,万元,201,一般公共服务支出,合计,1.00\n"), "old.csv");

        act.Should().Throw<DatasetFormatException>().WithMessage("old.csv:2: year: expected a fiscal year (1950 to 2200), found '1900'");
    }

    [Fact]
    public void Importing_a_text_with_year_1900_exits_2_with_one_line_naming_the_file_and_the_line()
    {
        var path = Path.Combine(folder, "old.txt");
        File.WriteAllText(path, SampleIn("1900"));

        var (code, output, error) = TestSupport.Cli.Run("import", path, "--lang", "en");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"govbudget: old.txt:{FirstYearLine}: 预算年度 1900: {Problem}\n");
        error.Should().NotContain("Exception").And.NotContain("Parameter");
    }

    [Fact]
    public void Checking_a_dataset_with_year_1900_exits_2_with_one_line_naming_the_file_and_the_line()
    {
        var path = Path.Combine(folder, "old.csv");
        File.WriteAllText(path, $"{DatasetCsv.Header}\n1900,预算,A,甲,收入总表,万元,201,一般公共服务支出,合计,1.00\n");

        var (code, _, error) = TestSupport.Cli.Run("check", path, "--lang", "en");

        code.Should().Be(2);
        error.Should().Be("govbudget: old.csv:2: year: expected a fiscal year (1950 to 2200), found '1900'\n");
        error.Should().NotContain("Exception").And.NotContain("Parameter");
    }

    [Fact]
    public void Importing_a_pdf_with_year_1900_exits_2_with_one_line_naming_the_file_and_the_page()
    {
        var path = Path.Combine(folder, "old.pdf");
        File.WriteAllBytes(path, OnePagePdf("某局1900年部门预算", "一、主要职能", "负责财政工作。"));

        var (code, output, error) = TestSupport.Cli.Run("import", path, "--lang", "en");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"govbudget: old.pdf: page 1: the year 1900 in a title: {Problem}\n");
        error.Should().NotContain("Exception").And.NotContain("Parameter");
    }

    [Fact]
    public void The_hand_made_pdf_is_read_when_its_year_is_in_range()
    {
        var result = PdfDisclosureReader.Read(OnePagePdf("某局2023年部门预算", "一、主要职能", "负责财政工作。"), "new.pdf");

        result.Document.Year.Year.Should().Be(2023);
        result.Document.Narrative.Should().ContainSingle().Which.Title.Should().Be("主要职能");
    }

    /// <summary>
    /// A one-page PDF printing <paramref name="lines"/> in a font without a program: a ToUnicode map gives each
    /// character a one-byte code (ASCII as itself, others from 128), enough for PdfPig to read the text back.
    /// </summary>
    private static byte[] OnePagePdf(params string[] lines)
    {
        var codes = new Dictionary<char, int>();
        var content = new StringBuilder();
        var y = 700;
        foreach (var line in lines)
        {
            content.Append(CultureInfo.InvariantCulture, $"BT /F1 12 Tf 72 {y} Td <");
            foreach (var c in line)
            {
                var code = c < 128 ? c : codes.TryGetValue(c, out var known) ? known : codes[c] = 128 + codes.Count;
                content.Append(CultureInfo.InvariantCulture, $"{code:X2}");
            }

            content.Append("> Tj ET\n");
            y -= 30;
        }

        var map = Enumerable.Range(32, 95).Select(i => ((char)i, i)).Concat(codes.Select(p => (p.Key, p.Value))).ToList();
        var cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def /CMapType 2 def\n")
            .Append("1 begincodespacerange <00> <FF> endcodespacerange\n")
            .Append(CultureInfo.InvariantCulture, $"{map.Count} beginbfchar\n");
        foreach (var (c, code) in map)
        {
            cmap.Append(CultureInfo.InvariantCulture, $"<{code:X2}> <{(int)c:X4}>\n");
        }

        cmap.Append("endbfchar endcmap CMapName currentdict /CMap defineresource pop end end");
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /TrueType /BaseFont /SimSun /FirstChar 32 /LastChar 255 /Widths ["
                + string.Join(' ', Enumerable.Repeat("1000", 224)) + "] /FontDescriptor 7 0 R /ToUnicode 6 0 R >>",
            Stream(content.ToString()),
            Stream(cmap.ToString()),
            "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 860] /ItalicAngle 0 /Ascent 860 /Descent -140 /CapHeight 700 /StemV 80 >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString()); // all ASCII, so a character's index is its byte offset

        static string Stream(string text) => $"<< /Length {text.Length} >>\nstream\n{text}\nendstream";
    }

    private static PdfTextLine Line(int page, double baseline, string text) =>
        new(page, baseline, 15, [new PdfCell(text, 77, 77 + (15 * text.Length))]);
}
