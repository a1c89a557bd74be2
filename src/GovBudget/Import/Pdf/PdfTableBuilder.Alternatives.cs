using GovBudget.Classification;
using GovBudget.Documents;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Import.Pdf;

// Readings of a page's body other than line by line, tried where its structure is ambiguous: a code printed in parts
// or alone with its name wrapped around it, a misprinted code, a row's figures printed a line above (or below) its code
// and name, a header line under the first row. Each is kept only where it gives a clean structure (every row its code
// and name, every amount its own column), and the reader says so in a notice; the table's sums only break a tie
// between two clean readings. Where no reading is clean the line is read as before and its signs stay (待核实).
internal sealed partial class PdfTableBuilder
{
    // The lines read another way, by reference: the line to read instead, or null for a line that gives no row of its
    // own (figures moved onto their row, a header line).
    private readonly Dictionary<PdfTextLine, PdfTextLine?> rereadLines = new(ReferenceEqualityComparer.Instance);

    // For a line that gives no row of its own, the line read after it (a name wrapped below it looks at that one).
    private readonly Dictionary<PdfTextLine, PdfTextLine?> readAfterSkipped = new(ReferenceEqualityComparer.Instance);

    // The lines whose first tokens are the row's code read another way: how many, and the code (null when misprinted).
    private readonly Dictionary<PdfTextLine, CodeReading> codeReadings = new(ReferenceEqualityComparer.Instance);

    /// <summary>The first <paramref name="Tokens"/> tokens of a line are its code; <paramref name="Code"/> is null for a misprint.</summary>
    private sealed record CodeReading(int Tokens, ClassificationCode? Code);

    /// <summary>A line's tokens as the alternatives see them.</summary>
    /// <param name="Tokens">The line's tokens.</param>
    /// <param name="Run">How many leading tokens are digits printed in the code column (left of every amount column).</param>
    /// <param name="Named">Whether a name follows them on the line.</param>
    /// <param name="Columns">The columns of the line's amounts after the run, or null when one is under no column, under a
    /// column with another, or looks like a code's part (05).</param>
    private sealed record LineView(List<Token> Tokens, int Run, bool Named, HashSet<int>? Columns)
    {
        public bool FiguresOnly => Run == 0 && !Named && Columns is { Count: > 0 };
    }

    // The line to read for a line of the body, or null when it gives no row; the line read after it for the next one.
    private (PdfTextLine? Line, PdfTextLine? Next) Reread(PdfTextLine line, PdfTextLine? next)
    {
        var read = rereadLines.TryGetValue(line, out var r) ? r : line;
        if (next is not null && rereadLines.TryGetValue(next, out var n))
        {
            next = n ?? readAfterSkipped[next];
        }

        return (read, next);
    }

    // Plans the alternative readings of a page's body lines (ScanBody). Only a one-sided table with one block, no text
    // columns and no 序号 column, whose header names a code column: the layouts these classes were seen in.
    private void PlanAlternatives(IReadOnlyList<PdfTextLine> lines)
    {
        if (layout is null || Kind.IsTwoSided || layout.BlockCount > 1 || textCount > 0
            || !double.IsNegativeInfinity(layout.SerialLimit) || !layout.HasCodeColumn)
        {
            return;
        }

        var views = lines.Select(View).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            PlanCode(lines, views, i);
            if (IsHeaderLine(lines[i], views[i]))
            {
                rereadLines[lines[i]] = null;
                Notice(lines[i].Page, T("Notice.HeaderWords", lines[i].Text));
            }
        }

        PlanFigures(lines, views);
        for (var i = 0; i < lines.Count; i++)
        {
            if (rereadLines.TryGetValue(lines[i], out var r) && r is null)
            {
                readAfterSkipped[lines[i]] = lines.Skip(i + 1).Select(l => rereadLines.TryGetValue(l, out var x) ? x : l).FirstOrDefault(l => l is not null);
            }
        }
    }

    private LineView View(PdfTextLine line)
    {
        var tokens = Tokens(line);
        var run = tokens.TakeWhile(t => t.Text.Length <= 7 && t.Text.All(char.IsAsciiDigit) && layout!.ValueUnder(CellOf(t)) < 0).Count();
        var named = tokens.Skip(run).Any(t => !t.IsAmount);
        HashSet<int>? columns = [];
        foreach (var a in tokens.Skip(run).Where(t => t.IsAmount))
        {
            var value = layout!.ValueUnder(CellOf(a));
            if (value < 0 || ReadingSigns.OfAmount(a.Text, 0, line.Page) is not null || !columns.Add(layout.NearestValue(CellOf(a))))
            {
                columns = null;
                break;
            }
        }

        return new LineView(tokens, run, named, columns);
    }

    private static PdfCell CellOf(Token t) => new(t.Text, t.Left, t.Right);

    // Digits printed in the code column: a code in parts or alone whose name is wrapped onto the lines around it (read
    // line by line as a 类 and amounts 05, or as an amount), or a misprinted code (7 11 02, 301 2) before a name.
    private void PlanCode(IReadOnlyList<PdfTextLine> lines, List<LineView> views, int i)
    {
        var (line, view) = (lines[i], views[i]);
        if (view.Run == 0 || view.Columns is null)
        {
            return; // nothing in the code column, or an amount out of its column: no clean reading
        }

        var parts = view.Tokens.Take(view.Run).Select(t => t.Text).ToList();
        var printed = string.Join(" ", parts);
        var named = view.Named || NameWrapped(lines, views, i);
        if (PdfAlternativeReadings.TryJoinCode(parts, out var code, out var why))
        {
            // With its name on the line the code is read so already; alone or in parts with no name it is not.
            if (!view.Named && (view.Run > 1 || view.Tokens.Count == 1) && named)
            {
                codeReadings[line] = new CodeReading(view.Run, code);
                Notice(line.Page, view.Run > 1 ? T("Notice.SplitCode", printed, code, parts[0]) : T("Notice.LineCode", printed));
            }
            else if (!named && view.Tokens.Count == view.Run && RowBelow(lines, views, i) is { } below)
            {
                // The code on the line above its row's name and figures.
                var merged = lines[below] with { Cells = [.. line.Cells, .. lines[below].Cells] };
                (rereadLines[line], rereadLines[lines[below]], codeReadings[merged]) = (null, merged, new CodeReading(view.Run, code));
                Notice(line.Page, T("Notice.CodeAbove", printed, lines[below].Text.Trim(), code));
            }
        }
        else if (view.Run > 1 && named)
        {
            codeReadings[line] = new CodeReading(view.Run, null);
            Notice(line.Page, T("Notice.BadCode", printed, why));
        }
    }

    // A row's code printed a line above it sits within this many letter heights of the row's line (a line of a table set
    // single-spaced is 1.2 to 1.4 letters from the next; a row's code is never more than about two lines above it).
    private const double CodeAboveReach = 2.5;

    // The line right below line i that prints a row's name and figures but no code, within CodeAboveReach of it.
    private static int? RowBelow(IReadOnlyList<PdfTextLine> lines, List<LineView> views, int i) =>
        i + 1 < lines.Count && lines[i + 1].Page == lines[i].Page && lines[i].Baseline - lines[i + 1].Baseline <= CodeAboveReach * lines[i].FontSize
        && views[i + 1] is { Run: 0, Named: true, Columns.Count: > 0 } && !char.IsAsciiDigit(Label(views[i + 1].Tokens)[0])
            ? i + 1
            : null;

    // A line of names only, right above or below, not starting a row of its own: the name of a row whose code line has none.
    private bool NameWrapped(IReadOnlyList<PdfTextLine> lines, List<LineView> views, int i)
    {
        return Near(i - 1) || Near(i + 1);

        bool Near(int j) =>
            j >= 0 && j < lines.Count && lines[j].Page == lines[i].Page && Math.Abs(lines[j].Baseline - lines[i].Baseline) <= WrapReach(lines[i])
            && views[j] is { Run: 0, Named: true, Columns.Count: 0 } && Label(views[j].Tokens) is var text
            && !char.IsAsciiDigit(text[0]) && !Ordinal().IsMatch(text) && !IsTotalName(text);
    }

    // A line of header words only (类 款 项, 科目编码 科目名称 …, letter-spaced or not) under the table's first rows.
    private static bool IsHeaderLine(PdfTextLine line, LineView view) =>
        view is { Run: 0, Columns.Count: 0 } && view.Tokens.Count > 0
        && line.Cells.All(c => ReadingSigns.IsHeaderWords(c.Compact) || ColumnNames.IsKnown(NameNormalizer.Label(c.Text)))
        && line.Cells.Any(c => ReadingSigns.IsHeaderWords(c.Compact));

    private void Notice(int page, string text) => notices.Add(ImportNotice.OnPage(source, page, T("Notice.PdfTable", page, Title, text)));
}
