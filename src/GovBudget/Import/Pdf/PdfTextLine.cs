using System.Collections.Immutable;
using System.Text;
using UglyToad.PdfPig.Content;

namespace GovBudget.Import.Pdf;

/// <summary>A run of letters on one line with no large horizontal gap: one table cell, or a phrase of narrative.</summary>
/// <param name="Text">The letters, with a space where the gap between two of them is wider than a third of the font size.</param>
/// <param name="Left">The x of the first letter's start (PDF points, from the left edge).</param>
/// <param name="Right">The x of the last letter's end.</param>
internal sealed record PdfCell(string Text, double Left, double Right)
{
    /// <summary>The horizontal middle.</summary>
    public double Center => (Left + Right) / 2;

    /// <summary>The text without the spaces letter-spacing puts in it (金   额 → 金额).</summary>
    public string Compact => Text.Replace(" ", string.Empty, StringComparison.Ordinal);
}

/// <summary>
/// One printed line of a page: its letters grouped by baseline and ordered left to right, split into cells at large gaps.
/// </summary>
/// <param name="Page">The 1-based page number.</param>
/// <param name="Baseline">The baseline y (PDF points, from the bottom edge).</param>
/// <param name="FontSize">The median point size of the line's letters.</param>
/// <param name="Cells">The cells, left to right.</param>
internal sealed record PdfTextLine(int Page, double Baseline, double FontSize, ImmutableArray<PdfCell> Cells)
{
    /// <summary>Cells further apart than this many font sizes are separate cells (table columns, or a title and a unit).</summary>
    public const double CellGap = 1.5;

    /// <summary>Letters further apart than this many font sizes are separate words (a space); Chinese text has no spaces.</summary>
    public const double WordGap = 0.3;

    /// <summary>The whole line: its cells joined by two spaces.</summary>
    public string Text => string.Join("  ", Cells.Select(c => c.Text));

    /// <summary>The line without any spaces (for matching titles and names printed letter-spaced).</summary>
    public string Compact => string.Concat(Cells.Select(c => c.Compact));

    /// <summary>The x of the first letter.</summary>
    public double Left => Cells[0].Left;

    /// <summary>The x of the last letter's end.</summary>
    public double Right => Cells[^1].Right;

    /// <summary>
    /// Groups the letters of a page into lines: letters whose baselines are within 0.4 of the font size of each other
    /// share a line (Chinese glyphs and digits of one row sit a point apart), ordered top to bottom.
    /// </summary>
    public static List<PdfTextLine> FromLetters(int page, IReadOnlyList<Letter> letters)
    {
        var printed = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var lines = new List<PdfTextLine>();
        if (printed.Count == 0)
        {
            return lines;
        }

        printed.Sort((a, b) => b.StartBaseLine.Y.CompareTo(a.StartBaseLine.Y));
        var current = new List<Letter> { printed[0] };
        var y = printed[0].StartBaseLine.Y;
        foreach (var letter in printed.Skip(1))
        {
            var size = Math.Max(SizeOf(letter), SizeOf(current[0]));
            if (Math.Abs(letter.StartBaseLine.Y - y) <= 0.4 * size)
            {
                current.Add(letter);
                continue;
            }

            lines.Add(Build(page, current));
            current = [letter];
            y = letter.StartBaseLine.Y;
        }

        lines.Add(Build(page, current));
        return lines;
    }

    private static double SizeOf(Letter letter) => letter.PointSize > 0 ? letter.PointSize : 10;

    private static PdfTextLine Build(int page, List<Letter> letters)
    {
        letters.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var sizes = letters.Select(SizeOf).Order().ToList();
        var size = sizes[sizes.Count / 2];
        var cells = ImmutableArray.CreateBuilder<PdfCell>();
        var text = new StringBuilder();
        var left = letters[0].StartBaseLine.X;
        var right = End(letters[0]);
        text.Append(letters[0].Value);
        foreach (var letter in letters.Skip(1))
        {
            var x = letter.StartBaseLine.X;
            if (x < right - (0.5 * size))
            {
                // Overprinted (bold by double printing) or out-of-order glyphs: the same letter at the same place is kept once.
                if (text.Length > 0 && text[^1].ToString() == letter.Value)
                {
                    continue;
                }
            }

            var gap = x - right;
            if (gap > CellGap * size)
            {
                cells.Add(new PdfCell(text.ToString(), left, right));
                text.Clear();
                left = x;
            }
            else if (gap > WordGap * size)
            {
                text.Append(' ');
            }

            text.Append(letter.Value);
            right = Math.Max(right, End(letter));
        }

        cells.Add(new PdfCell(text.ToString(), left, right));
        var baseline = letters.Min(l => l.StartBaseLine.Y);
        return new PdfTextLine(page, baseline, size, cells.ToImmutable());
    }

    private static double End(Letter letter) =>
        letter.EndBaseLine.X > letter.StartBaseLine.X ? letter.EndBaseLine.X : letter.StartBaseLine.X + letter.Width;

    /// <inheritdoc/>
    public override string ToString() => $"p{Page} y={Baseline:F1}: " + string.Join(" | ", Cells.Select(c => $"{c.Text}@{c.Left:F0}-{c.Right:F0}"));
}
