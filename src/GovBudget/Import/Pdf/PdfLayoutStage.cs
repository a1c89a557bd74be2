
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Import.Pdf;

/// <summary>
/// The pure part of PDF reading: from pages of positioned letters to the disclosure, with no PDF library involved.
/// Generated pages are read through this exactly as extracted ones are.
/// </summary>
internal static class PdfLayoutStage
{
    /// <summary>How far (PDF points) a baseline may lie outside the page and still be on it: glyphs sit a point off the edge.</summary>
    public const double VisibleMargin = 1;

    /// <summary>Whether a letter is printed on the page (its baseline within the page's height, give or take a point).</summary>
    public static bool IsVisible(PdfLetter letter, double pageHeight) =>
        letter.Baseline >= -VisibleMargin && letter.Baseline <= pageHeight + VisibleMargin;

    /// <summary>Reads the pages, in order, as one disclosure. Pages are consumed one at a time.</summary>
    /// <exception cref="DisclosureFormatException">No page has any text, or the pages hold no disclosure.</exception>
    public static ImportResult Read(IEnumerable<PdfPageLetters> pages, string sourceName)
    {
        var parser = new PdfDisclosureParser(sourceName);
        var letters = 0;
        var count = 0;
        foreach (var page in pages)
        {
            count++;
            var p = page.Number;
            var visible = page.Letters.Where(l => IsVisible(l, page.Height)).ToList();
            if (visible.Count < page.Letters.Length)
            {
                parser.Notices.Add(ImportNotice.OnPage(sourceName, p, T("Notice.OutsidePage", page.Letters.Length - visible.Count)));
            }

            letters += visible.Count;
            if (visible.Count == 0)
            {
                parser.Notices.Add(ImportNotice.OnPage(sourceName, p,
                    page.Images > 0 ? T("Notice.ScannedPage", page.Images) : T("Notice.NoText")));
                continue;
            }

            ReaderFaultException.Run(sourceName, T("Reader.Stage.Page", p), () =>
            {
                parser.AddPage(p, page.Width, PdfTextLine.FromLetters(p, visible));
                return true;
            });
        }

        if (letters == 0)
        {
            throw new DisclosureFormatException(sourceName, 0, null,
                T("Pdf.NoTextLayer", count));
        }

        var disclosure = ReaderFaultException.Run(sourceName, T("Reader.Stage.Build"), parser.Finish);
        return new ImportResult(disclosure, [.. parser.Notices]);
    }
}
