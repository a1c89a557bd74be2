using System.Collections.Immutable;
using GovBudget.Import.Pdf;

namespace GovBudget.Tests.Import.Pdf.Generated;

/// <summary>
/// Places text on a page as positioned letters, the way a PDF exported from Word or Excel draws them: each glyph at
/// its own x on the line's baseline, advancing by the glyph's width.
/// </summary>
internal sealed class PageCanvas(double width, double height)
{
    private readonly ImmutableArray<PdfLetter>.Builder letters = ImmutableArray.CreateBuilder<PdfLetter>();

    public double Width => width;

    public double Height => height;

    /// <summary>How wide a glyph is, in font sizes: a Chinese character or full-width mark is square, a digit half.</summary>
    public static double Advance(char c) => c switch
    {
        '.' or ',' or ':' or '(' or ')' or ' ' or '-' => 0.28,
        _ when c < 0x2000 => 0.55,
        _ => 1.0,
    };

    /// <summary>The width the text takes at the size.</summary>
    public static double Measure(string text, double size) => text.Sum(c => Advance(c)) * size;

    /// <summary>Draws the text starting at x; returns where it ends.</summary>
    public double Left(string text, double x, double baseline, double size)
    {
        foreach (var c in text)
        {
            var advance = Advance(c) * size;
            if (c != ' ')
            {
                letters.Add(new PdfLetter(c.ToString(), x, x + advance, baseline, size));
            }

            x += advance;
        }

        return x;
    }

    /// <summary>Draws the text so that it ends at x.</summary>
    public void Right(string text, double x, double baseline, double size) => Left(text, x - Measure(text, size), baseline, size);

    /// <summary>Draws the text centred on x.</summary>
    public void Centre(string text, double x, double baseline, double size) => Left(text, x - (Measure(text, size) / 2), baseline, size);

    public PdfPageLetters ToPage(int number) => new(number, width, height, letters.ToImmutable());
}
