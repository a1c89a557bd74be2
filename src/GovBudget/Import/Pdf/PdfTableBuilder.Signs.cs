using System.Collections.Immutable;
using GovBudget.Documents;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Import.Pdf;

// The structural signs of an uncertain reading found while reading the table's lines.
internal sealed partial class PdfTableBuilder
{
    /// <summary>Reads one line of the table's body. Returns false when the line is not part of the table.</summary>
    public bool AddLine(PdfTextLine line, PdfTextLine? next)
    {
        if (Reread(line, next) is not ({ } reread, var after))
        {
            return true; // figures read onto their row, or a header line (see PdfTableBuilder.Alternatives)
        }

        (line, next) = (reread, after);
        var before = blocks.Select(b => b.Rows.Count).ToArray();
        var read = ReadLine(line, next);
        var added = before.Select((n, b) => blocks[b].Rows.Skip(n)).SelectMany(r => r).ToList();
        if (added.Count > 1 && added.Any(r => r.Code is null && r.Label.Length == 0 && (r.Texts ?? []).All(t => t.Length == 0)
            && r.Cells.Any(c => c.Number is not null)))
        {
            // One line gave a row of figures with no name and other rows: its names and its figures were read apart
            // (当年支出小计 in one block, its 24,458.43 in another).
            lineSigns.Add(new ReadingSign(ReadingSignKind.FiguresWithoutLabel,
                T("Sign.NamesApart"), line.Page));
        }

        if (lineSigns.Count > 0)
        {
            for (var b = 0; b < before.Length; b++)
            {
                var rows = blocks[b].Rows;
                for (var r = before[b]; r < rows.Count; r++)
                {
                    rows[r] = rows[r] with { Signs = rows[r].Signs.AddRange(lineSigns) };
                }
            }

            lineSigns.Clear();
        }

        return read;
    }

    // An amount printed as a code's part (05) or in the code and name columns, left of every amount column (an
    // indented 20799 whose name wraps around it): digits only, nearer a label or code column's header than any value's.
    private IEnumerable<ReadingSign> AmountSigns(Token amount, int column, int page)
    {
        if (ReadingSigns.OfAmount(amount.Text, column, page) is { } fragment)
        {
            yield return fragment;
        }

        if (amount.Text.All(char.IsAsciiDigit) && layout!.ValueUnder(new PdfCell(amount.Text, amount.Left, amount.Right)) < 0)
        {
            yield return new ReadingSign(ReadingSignKind.CodeAsAmount,
                T("Sign.CodeAsAmount", amount.Text, columns[column].PrintedName), page, column);
        }
    }

    // A whole code (3, 5 or 7 digits) printed after the row's name and followed by another name (30101 基本工资 …
    // 30201 办公费 …): the second block of a table printed side by side, read as part of the first block's row.
    private static string? SecondCode(List<Token> tokens, int start)
    {
        var named = false;
        for (var i = start; i < tokens.Count; i++)
        {
            if (!tokens[i].IsAmount)
            {
                named = true;
            }
            else if (named && tokens[i].IsCodePart && tokens[i].Text.Length is 3 or 5 or 7 && tokens.Skip(i + 1).Any(t => !t.IsAmount))
            {
                return tokens[i].Text;
            }
        }

        return null;
    }
}
