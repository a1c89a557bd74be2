using System.Collections.Immutable;
using System.Text;

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
    public static List<PdfTextLine> FromLetters(int page, IReadOnlyList<PdfLetter> letters)
    {
        var printed = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var lines = new List<PdfTextLine>();
        if (printed.Count == 0)
        {
            return lines;
        }

        printed.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        var current = new List<PdfLetter> { printed[0] };
        var y = printed[0].Baseline;
        foreach (var letter in printed.Skip(1))
        {
            var size = Math.Max(letter.Size, current[0].Size);
            if (Math.Abs(letter.Baseline - y) <= 0.4 * size)
            {
                current.Add(letter);
                continue;
            }

            lines.Add(Build(page, current));
            current = [letter];
            y = letter.Baseline;
        }

        lines.Add(Build(page, current));
        return lines;
    }

    private static PdfTextLine Build(int page, List<PdfLetter> letters)
    {
        letters.Sort((a, b) => a.Left.CompareTo(b.Left));
        var sizes = letters.Select(l => l.Size).Order().ToList();
        var size = sizes[sizes.Count / 2];
        var cells = ImmutableArray.CreateBuilder<PdfCell>();
        var text = new StringBuilder();
        var left = letters[0].Left;
        var right = letters[0].Right;
        text.Append(letters[0].Value);
        foreach (var letter in letters.Skip(1))
        {
            var x = letter.Left;
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
            right = Math.Max(right, letter.Right);
        }

        cells.Add(new PdfCell(text.ToString(), left, right));
        var baseline = letters.Min(l => l.Baseline);
        return new PdfTextLine(page, baseline, size, cells.ToImmutable());
    }

    /// <inheritdoc/>
    public override string ToString() => $"p{Page} y={Baseline:F1}: " + string.Join(" | ", Cells.Select(c => $"{c.Text}@{c.Left:F0}-{c.Right:F0}"));
}
