using System.Collections.Immutable;
using GovBudget.Documents;
using GovBudget.Inputs;
using GovBudget.Import.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace GovBudget.Import;

/// <summary>
/// Reads a disclosure directly from a text-based PDF (one whose pages carry a text layer, as exported from Word or
/// Excel), recovering its tables from the positions of the printed words and its narrative by section.
/// </summary>
/// <remarks>
/// <para>
/// Pages are read one at a time, so the memory used does not grow with the number of pages. Lines are letters that
/// share a baseline; a line is split into cells where two letters are further apart than 1.5 times the font size.
/// Tables start at a title that names a known <see cref="Documents.TableKind"/>; their value columns are located by the
/// x positions of their header cells, and each amount goes to the nearest column.
/// </para>
/// <para>
/// Positions are pages: <see cref="ImportNotice.Page"/>, <see cref="Documents.BudgetTable.Page"/>,
/// <see cref="Documents.TableRow.Page"/> and <see cref="Documents.NarrativeSection.PageAt"/> give the 1-based page
/// (0 for the document as a whole); a PDF has no source lines, so every <c>Line</c> is 0. What the reader cannot place becomes an <see cref="ImportNotice"/>; a file that is
/// not a readable, text-based PDF raises a <see cref="DisclosureFormatException"/>.
/// </para>
/// </remarks>
public static class PdfDisclosureReader
{
    /// <summary>The largest file the reader accepts (256 MiB).</summary>
    internal const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>Reads a PDF file.</summary>
    /// <exception cref="DisclosureFormatException">
    /// The file is not a PDF, is damaged, is encrypted, has no text layer (a scanned image), or holds no disclosure.
    /// </exception>
    /// <remarks>
    /// The file is read from disk as PdfPig needs it, page by page, rather than copied into memory first.
    /// </remarks>
    internal static ImportResult ReadFile(string path) => ReadFile(path, DisclosureNames.Default);

    /// <summary>Reads a PDF file, recognising titles, columns and rows by <paramref name="names"/> (the built-in names with a region's added: <c>DisclosureNames.Default.With(DisclosureNames.Load(file))</c>).</summary>
    /// <exception cref="DisclosureFormatException">The file is not a PDF, is damaged, or holds no disclosure.</exception>
    internal static ImportResult ReadFile(string path, DisclosureNames names)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(names);
        var name = Path.GetFileName(path);
        Stream stream;
        try
        {
            stream = InputFile.OpenRead(path, MaxBytes, GovBudget.Localization.CoreTexts.T("Input.Limit.Pdf"));
        }
        catch (InputFileException e)
        {
            throw new DisclosureFormatException(name, 0, null, e.Message, e);
        }

        using (stream)
        {
            var head = new byte[(int)Math.Min(1024, stream.Length)];
            stream.ReadExactly(head);
            stream.Position = 0;
            CheckHead(head, name);
            return DisclosureNames.ReadWith(names,
                () => Open(() => PdfDocument.Open(stream, new ParsingOptions { UseLenientParsing = false, FilterProvider = CappedFilterProvider.Default }), name));
        }
    }

    /// <summary>Reads the bytes of a PDF.</summary>
    /// <exception cref="DisclosureFormatException">
    /// The bytes are not a PDF, are damaged, are encrypted, have no text layer (a scanned image), or hold no disclosure.
    /// </exception>
    public static ImportResult Read(byte[] bytes, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(sourceName);
        CheckHead(bytes.AsSpan(0, Math.Min(1024, bytes.Length)), sourceName);
        return Open(() => PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = false, FilterProvider = CappedFilterProvider.Default }), sourceName);
    }

    private static void CheckHead(ReadOnlySpan<byte> head, string sourceName)
    {
        if (head.Length == 0)
        {
            throw new DisclosureFormatException(sourceName, 0, null, Localization.CoreTexts.T("Pdf.Empty"));
        }

        if (head.IndexOf("%PDF-"u8) < 0)
        {
            throw new DisclosureFormatException(sourceName, 0, null, Localization.CoreTexts.T("Pdf.NotPdf"));
        }
    }

    private static ImportResult Open(Func<PdfDocument> open, string sourceName)
    {
        try
        {
            using var document = open();
            return Read(document, sourceName);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new DisclosureFormatException(sourceName, 0, null, Localization.CoreTexts.T("Pdf.Encrypted"), e);
        }
        catch (Exception e) when (e is not (SourceFormatException or ReaderFaultException or OutOfMemoryException or OperationCanceledException))
        {
            // PdfPig reports a damaged file with many exception types (a broken font: InvalidFontFormatException; a
            // broken stream: IndexOutOfRangeException …): each is this file's fault, none may end the process.
            throw new DisclosureFormatException(sourceName, 0, null, Localization.CoreTexts.T("Pdf.Damaged", e.Message), e);
        }
    }

    private static ImportResult Read(PdfDocument document, string sourceName) =>
        PdfLayoutStage.Read(Pages(document, sourceName), sourceName);

    // Extraction: each page's letters as the layout stage takes them, one page at a time.
    private static IEnumerable<PdfPageLetters> Pages(PdfDocument document, string sourceName)
    {
        for (var p = 1; p <= document.NumberOfPages; p++)
        {
            var page = document.GetPage(p);
            if (page.Letters.Count == 0 && page.Operations.Count == 0 && UndecodableContent(document, page) is > 0 and var raw)
            {
                // PdfPig reads a content stream it cannot decode as an empty page: the page's tables would vanish.
                throw new DisclosureFormatException(sourceName, 0, null,
                    Localization.CoreTexts.T("Pdf.PageUndecodable", p, raw));
            }

            var letters = page.Letters.Select(ToLetter).ToImmutableArray();
            var images = letters.Any(l => PdfLayoutStage.IsVisible(l, page.Height)) ? 0 : page.GetImages().Count(); // counted for a page without text only
            yield return new PdfPageLetters(p, page.Width, page.Height, letters, images);
        }
    }

    private static PdfLetter ToLetter(Letter letter) => new(
        letter.Value,
        letter.StartBaseLine.X,
        letter.EndBaseLine.X > letter.StartBaseLine.X ? letter.EndBaseLine.X : letter.StartBaseLine.X + letter.Width,
        letter.StartBaseLine.Y,
        letter.PointSize);

    // The encoded length of the page's content streams that cannot be inflated (0 when all can, or there are none):
    // an empty page's stream inflates to nothing, a damaged one fails.
    private static long UndecodableContent(PdfDocument document, Page page)
    {
        if (!page.Dictionary.TryGet(NameToken.Contents, out var contents))
        {
            return 0;
        }

        IToken Resolve(IToken t) => t is IndirectReferenceToken r ? document.Structure.GetObject(r.Data).Data : t;
        var streams = Resolve(contents) switch
        {
            StreamToken stream => [stream],
            ArrayToken array => array.Data.Select(Resolve).OfType<StreamToken>().ToList(),
            _ => new List<StreamToken>(),
        };
        return streams.Where(s => CappedFilterProvider.IsFlate(s.StreamDictionary) && !CappedFilterProvider.Inflates(s.Data))
            .Sum(s => (long)s.Data.Length);
    }
}
