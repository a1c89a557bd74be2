using System.Text.RegularExpressions;

namespace GovBudget.Import.Pdf;

// A figure printed a little lower in its cell than the row's other figures (a cell aligned to its middle beside cells
// aligned to their top: the Jiangsu 2017 三公 table's 0 under 公务用车购置费, 0.8 lines under 183.60) is a line of its own
// by baseline, and alone it looks like a page number. Two lines of figures closer than a letter's height cannot be two
// rows, their digits would overlap: the lower one's figures, where the upper line prints none, belong to the upper line.
internal sealed partial class PdfDisclosureParser
{
    // How far below a line of figures (in letters) another one is still the same row: less than a letter's height.
    private const double LoweredFigureReach = 1.0;

    private static IReadOnlyList<PdfTextLine> JoinLoweredFigures(IReadOnlyList<PdfTextLine> lines)
    {
        List<PdfTextLine>? joined = null;
        var result = (IList<PdfTextLine>)lines;
        for (var i = 1; i < result.Count; i++)
        {
            var (upper, lower) = (result[i - 1], result[i]);
            if (upper.Page != lower.Page || upper.Baseline - lower.Baseline >= LoweredFigureReach * Math.Max(upper.FontSize, lower.FontSize)
                || !upper.Cells.Any(IsFigures) || !lower.Cells.All(IsFigures)
                || lower.Cells.Any(c => upper.Cells.Any(u => u.Left < c.Right && c.Left < u.Right)))
            {
                continue;
            }

            joined ??= [.. lines];
            result = joined;
            joined[i - 1] = upper with { Cells = [.. upper.Cells.Concat(lower.Cells).OrderBy(c => c.Left)] };
            joined.RemoveAt(i);
            i--;
        }

        return joined ?? lines;
    }

    private static bool IsFigures(PdfCell cell) => cell.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(p => Figure().IsMatch(p));

    [GeneratedRegex(@"^-?\d[\d,]*(?:\.\d+)?$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex Figure();
}
