using GovBudget.Import;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// Damaged copies of the real PDFs: whatever PdfPig meets (a broken font, a broken stream, a cut file), the reader
/// either reads the document or raises a <see cref="DisclosureFormatException"/> naming the file, never another exception.
/// </summary>
public sealed class PdfDamageTests : InEnglish
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 24)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_damaged_pdf_is_read_or_is_a_clear_error(int n)
    {
        var files = Directory.GetFiles(RealPdf.Folder, "*.pdf").Order(StringComparer.Ordinal).ToList();
        var bytes = File.ReadAllBytes(files[n % files.Count]);
        var rng = new Random(1000 + n);
        switch (n % 4)
        {
            case 0: // scattered bytes
                for (var k = 0; k < 20; k++)
                {
                    bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256);
                }

                break;
            case 1: // cut short
                bytes = bytes[..rng.Next(100, bytes.Length)];
                break;
            case 2: // a run of garbage
                var at = rng.Next(bytes.Length - 1000);
                rng.NextBytes(bytes.AsSpan(at, 500));
                break;
            default: // a few flipped bytes
                for (var k = 0; k < 3; k++)
                {
                    bytes[rng.Next(bytes.Length)] ^= 0xFF;
                }

                break;
        }

        var outcome = Outcome(bytes, "damaged.pdf");

        outcome.Should().Match<Exception?>(e => e == null || e is DisclosureFormatException);
        outcome?.Message.Should().StartWith("damaged.pdf: ");
    }

    [Fact]
    public void A_pdf_with_a_broken_font_dictionary_is_a_damaged_pdf()
    {
        // Found by damaging the real PDFs at random: PdfPig raised InvalidFontFormatException, which used to escape.
        var bytes = File.ReadAllBytes(RealPdf.Path(RealPdf.Shanghai2025));
        var at = bytes.AsSpan().IndexOf("/CIDSystemInfo"u8);
        at.Should().BePositive();
        "/CIDSystemInfo 9"u8.CopyTo(bytes.AsSpan(at)); // the dictionary's reference now points at nothing sensible

        Outcome(bytes, "font.pdf").Should().BeOfType<DisclosureFormatException>()
            .Which.Message.Should().StartWith("font.pdf: damaged PDF: it cannot be read");
    }

    [Fact]
    public void Arrays_nested_100000_deep_are_a_damaged_pdf_not_a_stack_overflow()
    {
        // A stack overflow cannot be caught: the parser must bound its depth (PdfPig stops at 256).
        const int Depth = 100_000;
        string[] objects =
        [
            $"<< /Type /Catalog /Pages 2 0 R /X {new string('[', Depth)}{new string(']', Depth)} >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ];
        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append($"{o:D10} 00000 n \n"));
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");

        Outcome(System.Text.Encoding.ASCII.GetBytes(pdf.ToString()), "deep.pdf").Should().BeOfType<DisclosureFormatException>()
            .Which.Message.Should().StartWith("deep.pdf: damaged PDF: it cannot be read").And.Contain("nesting depth");
    }

    private static Exception? Outcome(byte[] bytes, string name)
    {
        try
        {
            PdfDisclosureReader.Read(bytes, name);
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    [Fact]
    public void A_page_whose_content_cannot_be_decoded_makes_the_file_unusable_not_a_page_without_text()
    {
        // Issue 11: PdfPig reads a content stream it cannot inflate as an empty page, and the page's table vanished
        // with only a notice. The zlib data of page 3's content stream is overwritten after its two-byte header.
        var bytes = File.ReadAllBytes(RealPdf.Path(RealPdf.Shanghai2025));
        int number;
        using (var document = UglyToad.PdfPig.PdfDocument.Open(bytes))
        {
            var page = document.GetPage(3);
            page.Dictionary.TryGet(UglyToad.PdfPig.Tokens.NameToken.Contents, out var contents).Should().BeTrue();
            number = (int)((UglyToad.PdfPig.Tokens.IndirectReferenceToken)contents).Data.ObjectNumber;
        }

        var obj = System.Text.RegularExpressions.Regex.Match(System.Text.Encoding.Latin1.GetString(bytes), $@"(?<![0-9]){number} 0 obj").Index;
        obj.Should().BePositive();
        var data = obj + bytes.AsSpan(obj).IndexOf("stream"u8) + "stream".Length;
        while (bytes[data] is (byte)'\r' or (byte)'\n')
        {
            data++;
        }

        new Random(3).NextBytes(bytes.AsSpan(data + 2, 200));
        var error = Outcome(bytes, "damaged.pdf");
        error.Should().BeOfType<DisclosureFormatException>().Which.Message
            .Should().MatchRegex(@"^damaged\.pdf: page 3: damaged PDF: the page's content \([0-9,]+ bytes\) cannot be decoded, so its text and tables cannot be read$");
    }
}
