using System.Collections.Immutable;
using GovBudget.Documents;

namespace GovBudget.Import.Pdf;

// The blocks of a side-by-side layout: each block's part of a line, and lines that run across the blocks.
internal sealed partial class PdfTableBuilder
{
    private PdfTextLine? PartOf(PdfTextLine line, int block)
    {
        var cells = line.Cells.SelectMany(SplitAtBlocks).Where(c => layout!.BlockOf(c.Center) == block).ToImmutableArray();
        return cells.IsEmpty ? null : line with { Cells = cells };
    }

    // A cell whose words are printed closer than a cell gap across a block's start ("20,153.75 一、基本支出": the first
    // list's amount, right-aligned against the second list's name) is a cell per block: its words are placed by an even
    // share of its width per letter, as Tokens does.
    private IEnumerable<PdfCell> SplitAtBlocks(PdfCell cell)
    {
        if (!layout!.BlockStarts.Any(x => cell.Left < x && x < cell.Right) || !cell.Text.Contains(' ', StringComparison.Ordinal))
        {
            yield return cell;
            yield break;
        }

        var perChar = (cell.Right - cell.Left) / Math.Max(1, cell.Text.Length);
        var x = cell.Left;
        var words = new List<(string Text, double Left, double Right)>();
        foreach (var w in cell.Text.Split(' '))
        {
            if (w.Length > 0)
            {
                words.Add((w, x, x + (w.Length * perChar)));
            }

            x += (w.Length + 1) * perChar;
        }

        foreach (var part in words.GroupBy(w => layout.BlockOf((w.Left + w.Right) / 2)))
        {
            yield return new PdfCell(string.Join(' ', part.Select(w => w.Text)), part.First().Left, part.Last().Right);
        }
    }

    // Whether one block's part of the line prints only names and another's only amounts (no code): a row's name and
    // figures, not two rows. On a two-sided table the 收入 side's words are not part of the first block's.
    private bool IsAcrossBlocks(PdfTextLine line)
    {
        var namesOnly = false;
        var amountsOnly = false;
        for (var b = 0; b < layout!.BlockCount; b++)
        {
            var tokens = PartOf(line, b) is { } part ? Tokens(part) : [];
            if (Kind.IsTwoSided)
            {
                // An amount is the 收入 side's when it is under a 收入 column: right-aligned, it may end past the boundary.
                tokens.RemoveAll(t => t.IsAmount
                    ? layout.NearestValue(new PdfCell(t.Text, t.Left, t.Right)) is var v and >= 0 && layout.SideOf(Kind, v) == TableSide.Income
                    : t.Left < layout.SideBoundary);
            }

            namesOnly |= tokens.Count > 0 && tokens.All(t => !t.IsAmount && !t.IsCodePart);
            amountsOnly |= tokens.Count > 0 && tokens.All(t => t.IsAmount && !t.IsCodePart);
        }

        return namesOnly && amountsOnly;
    }
}
