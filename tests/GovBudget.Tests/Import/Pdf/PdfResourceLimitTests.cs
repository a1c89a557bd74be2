using System.IO.Compression;
using System.Text;
using GovBudget.Import;
using GovBudget.Import.Pdf;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// Issue 11: a 1 MB FlateDecode bomb peaked at 2.6 GB and a page of 5 million glyphs at 2.4 GB inside PdfPig. Both are
/// refused while the stream is decoded, before PdfPig allocates for it: a damaged PDF, exit 2. The PDFs are generated:
/// page 1 prints a line of text, page 2 holds the hostile stream.
/// </summary>
public sealed class PdfResourceLimitTests : InEnglish
{
    [Fact]
    public void A_decompression_bomb_is_refused_before_it_is_inflated()
    {
        // 1 GiB of spaces in about 1 MB: a page's content, so the page cap (2 MiB) refuses it first.
        var error = Read(Pdf(Deflate(Spaces(1L << 30))));
        error.Message.Should().Be($"bomb.pdf: damaged PDF: it cannot be read (a page's content decodes to more than {CappedFilterProvider.MaxContentBytes:N0} bytes (millions of glyphs?); a page's content may decode to at most {CappedFilterProvider.MaxContentBytes:N0})");
    }

    [Fact]
    public void A_bomb_in_a_stream_that_is_not_a_page_is_refused_at_the_stream_cap()
    {
        // An image, font or object stream is not a page's content: it may decode to 64 MiB, not more.
        var dictionary = new UglyToad.PdfPig.Tokens.DictionaryToken(new Dictionary<UglyToad.PdfPig.Tokens.NameToken, UglyToad.PdfPig.Tokens.IToken>
        {
            [UglyToad.PdfPig.Tokens.NameToken.Filter] = UglyToad.PdfPig.Tokens.NameToken.FlateDecode,
            [UglyToad.PdfPig.Tokens.NameToken.Type] = UglyToad.PdfPig.Tokens.NameToken.Create("ObjStm"),
        });
        var filter = CappedFilterProvider.Default.GetFilters(dictionary).Single();
        var bomb = Deflate(Spaces(100L << 20));
        var act = () => filter.Decode(bomb, dictionary, CappedFilterProvider.Default, 0);
        act.Should().Throw<InvalidDataException>().WithMessage($"a stream decodes to more than {CappedFilterProvider.MaxDecodedBytes:N0} bytes (a decompression bomb?)*");
        filter.Decode(Deflate(Spaces(10L << 20)), dictionary, CappedFilterProvider.Default, 0).Length.Should().Be(10 << 20);
    }

    [Fact]
    public void A_page_of_five_million_glyphs_is_refused()
    {
        var content = "BT /F1 1 Tf 72 720 Td (" + new string('A', 5_000_000) + ") Tj ET";
        Read(Pdf(Deflate(Encoding.ASCII.GetBytes(content)))).Message.Should().Contain("a page's content decodes to more than 2,097,152 bytes");
    }

    [Fact]
    public void A_page_under_the_caps_is_read_as_before()
    {
        // The same file with a small second page reads as far as the reader's own checks (no year in its text).
        var error = Read(Pdf(Deflate(Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 700 Td (more text) Tj ET"))));
        error.Message.Should().StartWith("bomb.pdf: no year found");
    }

    [Fact]
    public void The_command_line_refuses_a_bomb_in_one_line_with_exit_2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"govbudget-bomb-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, Pdf(Deflate(Spaces(1L << 30))));
        try
        {
            var (code, _, err) = TestSupport.Cli.Run("check", path, "--lang", "en");
            code.Should().Be(2);
            err.Trim().Should().NotContain("\n").And.Contain("a page's content decodes to more than 2,097,152 bytes");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static DisclosureFormatException Read(byte[] pdf)
    {
        var act = () => PdfDisclosureReader.Read(pdf, "bomb.pdf");
        return act.Should().Throw<DisclosureFormatException>().Which;
    }

    private static IEnumerable<byte[]> Spaces(long count)
    {
        var chunk = new byte[1 << 20];
        Array.Fill(chunk, (byte)' ');
        for (long done = 0; done < count; done += chunk.Length)
        {
            yield return chunk;
        }
    }

    private static byte[] Deflate(byte[] data) => Deflate([data]);

    private static byte[] Deflate(IEnumerable<byte[]> chunks)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            foreach (var chunk in chunks)
            {
                zlib.Write(chunk);
            }
        }

        return output.ToArray();
    }

    // Two pages: a line of text, then one whose content is a FlateDecode stream.
    private static byte[] Pdf(byte[] flate)
    {
        var text = "BT /F1 12 Tf 72 720 Td (2023 budget) Tj ET";
        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Object(string head, byte[]? stream = null)
        {
            offsets.Add(pdf.Length);
            pdf.Write(Encoding.ASCII.GetBytes($"{offsets.Count} 0 obj\n{head}\n"));
            if (stream is not null)
            {
                pdf.Write(Encoding.ASCII.GetBytes("stream\n"));
                pdf.Write(stream);
                pdf.Write(Encoding.ASCII.GetBytes("\nendstream\n"));
            }

            pdf.Write(Encoding.ASCII.GetBytes("endobj\n"));
        }

        pdf.Write(Encoding.ASCII.GetBytes("%PDF-1.4\n"));
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 7 0 R >> >> /Contents 4 0 R >>");
        Object($"<< /Length {text.Length} >>", Encoding.ASCII.GetBytes(text));
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 7 0 R >> >> /Contents 6 0 R >>");
        Object($"<< /Length {flate.Length} /Filter /FlateDecode >>", flate);
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var xref = pdf.Length;
        pdf.Write(Encoding.ASCII.GetBytes($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            pdf.Write(Encoding.ASCII.GetBytes($"{offset:D10} 00000 n \n"));
        }

        pdf.Write(Encoding.ASCII.GetBytes($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }
}
