using System.Collections.Immutable;
using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Documents;

namespace GovBudget.Import.Pdf;

// A line's tokens (names, amounts, code parts) and the rows being built from them.
internal sealed partial class PdfTableBuilder
{
    private static string Label(IEnumerable<Token> texts) =>
        string.Concat(texts.Select(t => t.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// Splits a line's cells into tokens: an amount printed right after a name ("31,214,205.80 一、一般公共服务支出")
    /// and a code part printed before a name ("01 行政运行") become tokens of their own.
    /// </summary>
    private static List<Token> Tokens(PdfTextLine line)
    {
        var tokens = new List<Token>();
        foreach (var cell in line.Cells)
        {
            var words = cell.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var perChar = (cell.Right - cell.Left) / Math.Max(1, cell.Text.Length);
            var x = cell.Left;
            var run = new List<string>();
            var runLeft = x;
            foreach (var w in words)
            {
                var isAmount = IsAmount(w);
                var isCode = IsCodePart(w);
                if (isAmount || isCode)
                {
                    Flush();
                    tokens.Add(new Token(w, x, x + (w.Length * perChar), isAmount, isCode));
                }
                else
                {
                    if (run.Count == 0)
                    {
                        runLeft = x;
                    }

                    run.Add(w);
                }

                x += (w.Length + 1) * perChar;
            }

            Flush();

            void Flush()
            {
                if (run.Count > 0)
                {
                    var text = string.Join(' ', run);
                    tokens.Add(new Token(text, runLeft, runLeft + (text.Length * perChar), false, false));
                    run.Clear();
                }
            }
        }

        return tokens;
    }

    private static bool IsAmount(string w) => w.Any(char.IsAsciiDigit) && Amount.TryParse(w, out _);

    private static bool IsCodePart(string w) => w.Length is >= 2 and <= 7 && w.All(char.IsAsciiDigit);

    private sealed record Token(string Text, double Left, double Right, bool IsAmount, bool IsCodePart);

    /// <summary>The rows of one block of a side-by-side layout (or of the whole table), and its reading state.</summary>
    private sealed class Block
    {
        public List<Row> Rows { get; } = [];

        /// <summary>The line of the last row (its first, or its figures'); a new row forgets the last one's wrapped name.</summary>
        public PdfTextLine? Previous
        {
            get;
            set
            {
                field = value;
                Wrap = null;
            }
        }

        /// <summary>
        /// The last line of the last row's name wrapped under it, and whether it was full (as wide as the name's line
        /// above): only a full line's name goes on over the next.
        /// </summary>
        public (PdfTextLine Line, bool Full)? Wrap { get; set; }

        public string? PendingLabel { get; set; }

        /// <summary>On a two-sided table, each side's first part of a label printed just above its row's figures (收入合 / 13,649.07 / 计).</summary>
        public Dictionary<TableSide, string> PendingSides { get; } = [];

        /// <summary>On a two-sided table, the extent of every label printed so far (to tell a full line from a whole name).</summary>
        public List<(double Left, double Right)> Labels { get; } = [];

        /// <summary>The last line this block read (on a continuation page, the previous page's last until the first is read).</summary>
        public PdfTextLine? LastRead { get; set; }

        /// <summary>The baseline of the pending label's first line.</summary>
        public double PendingY { get; set; }

        /// <summary>Text columns' names printed just above the next row (the first part of a name centred on its row).</summary>
        public Dictionary<int, string> PendingTexts { get; } = [];

        /// <summary>Per text column, how many lines of the pending names were printed above the next row.</summary>
        public Dictionary<int, int> PendingLines { get; } = [];

        /// <summary>Per text column, how many lines of the last row's names were printed above its figures.</summary>
        public Dictionary<int, int> LinesAbove { get; } = [];

        /// <summary>Per text column, how many lines below the last row's figures were taken as the rest of its names.</summary>
        public Dictionary<int, int> LinesBelow { get; } = [];

        /// <summary>Whether the last row prints a name in some text column (not a line of figures alone).</summary>
        public bool LastRowNamed { get; set; }
    }

    // On a table with text columns, Texts holds what each prints and the label is its first; Cells[..textCount] are unused.
    private sealed record Row(ClassificationCode? Code, string Label, TableSide Side, Cell[] Cells, int Page)
    {
        public string[]? Texts { get; init; }

        /// <summary>The 序号 printed in the row's serial column, or null.</summary>
        public int? Number { get; init; }

        /// <summary>The baseline of the row's first line (its name's, when that is printed above its figures).</summary>
        public double Y { get; init; }

        /// <summary>On a two-sided table, the last line that printed the row's label or figures; null when not tracked.</summary>
        public PdfTextLine? LastLine { get; init; }

        /// <summary>How deep the row is nested in an outline.</summary>
        public int Depth { get; init; }

        /// <summary>The signs of an uncertain reading found while reading the row's line.</summary>
        public ImmutableArray<ReadingSign> Signs { get; init; } = [];

        /// <summary>The code column's digits when they make no valid code (7 11 02), or null.</summary>
        public string? MisprintedCode { get; init; }
    }
}
