using GovBudget.Amounts;
using GovBudget.Classification;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Import.Pdf;

// A row's figures printed on a line of their own, a line above its code and name (or below them): read line by line, an
// unlabelled row of figures and a row without them.
internal sealed partial class PdfTableBuilder
{
    // Plans, for each line of figures with no code and no name, the row it belongs to: the line right below (its figures
    // printed one line up) or right above, when that line has a name and none of those columns filled. Where both are
    // clean the table's sums decide, and where they do not the figures stay a row of their own (a sign, 待核实).
    private void PlanFigures(IReadOnlyList<PdfTextLine> lines, List<LineView> views)
    {
        var target = new Dictionary<int, int>(); // line of figures -> the row's line
        var ties = new List<int>();
        for (var f = 0; f < lines.Count; f++)
        {
            if (IsFigureLine(f))
            {
                var (up, down) = (Fits(f, f - 1), Fits(f, f + 1));
                if (up && down)
                {
                    ties.Add(f);
                }
                else if (up || down)
                {
                    target[f] = up ? f - 1 : f + 1;
                }
            }
        }

        var bySums = new HashSet<int>();
        foreach (var f in ties)
        {
            if (Fits(f, f - 1) && Fits(f, f + 1) && SumScore(f, f - 1) is var up && SumScore(f, f + 1) is var down && up != down)
            {
                target[f] = up > down ? f - 1 : f + 1;
                bySums.Add(f);
            }
        }

        foreach (var (f, r) in target)
        {
            var merged = lines[r] with { Cells = [.. lines[r].Cells.Concat(lines[f].Cells).OrderBy(c => c.Left)] };
            rereadLines[lines[r]] = merged;
            rereadLines[lines[f]] = null;
            if (codeReadings.TryGetValue(lines[r], out var code))
            {
                codeReadings[merged] = code;
            }

            Notice(lines[f].Page, T("Notice.FiguresApart", lines[f].Text.Trim(), lines[r].Text.Trim(), T(r > f ? "Notice.Above" : "Notice.Below"),
                bySums.Contains(f) ? T("Notice.BySums") : string.Empty));
        }

        // Figures with no label, all with decimals or thousands separators (a page number is not a row's figures).
        bool IsFigureLine(int f) =>
            views[f].FiguresOnly && !rereadLines.ContainsKey(lines[f])
            && views[f].Tokens.All(t => t.Text.Contains('.', StringComparison.Ordinal) || t.Text.Contains(',', StringComparison.Ordinal));

        // Whether row line r, on f's page, can take f's figures: it has a name (or a code read with its wrapped name), is
        // read as printed so far (not a header line, not a row that took its code from the line above), takes no other
        // line's figures and has none in f's columns.
        bool Fits(int f, int r) =>
            r >= 0 && r < lines.Count && lines[r].Page == lines[f].Page && !views[r].FiguresOnly && views[r].Columns is { } own
            && (views[r].Named || codeReadings.ContainsKey(lines[r])) && !rereadLines.ContainsKey(lines[r])
            && !target.Any(t => t.Value == r && t.Key != f) && !own.Overlaps(views[f].Columns!);

        // How far the page's rows add up with f's figures on row r (and the other lines of figures where they were put).
        int SumScore(int f, int r)
        {
            var rows = new List<(ClassificationCode? Code, IReadOnlyDictionary<int, decimal> Values)>();
            for (var i = 0; i < lines.Count; i++)
            {
                var key = views[i].FiguresOnly || !(views[i].Named || codeReadings.ContainsKey(lines[i])) ? null : RowCode(i);
                if (key is not { } k || (k.Code is null && !k.Total))
                {
                    continue;
                }

                var values = Figures(i);
                foreach (var (from, to) in target.Where(t => t.Key != f).Append(new(f, r)))
                {
                    if (to == i)
                    {
                        foreach (var (c, v) in Figures(from))
                        {
                            values[c] = v;
                        }
                    }
                }

                rows.Add((k.Code, values));
            }

            var total = Enumerable.Range(textCount, columns.Length - textCount).FirstOrDefault(c => columns[c].Name == "合计", -1);
            return PdfAlternativeReadings.SumScore(rows, total < 0 ? null : total - textCount);
        }

        // The row's code (as it will be read) and whether it is the table's total.
        (ClassificationCode? Code, bool Total)? RowCode(int i)
        {
            if (codeReadings.TryGetValue(lines[i], out var reading))
            {
                return (reading.Code, false);
            }

            var parts = views[i].Tokens.Take(views[i].Run).Select(t => t.Text).ToList();
            if (parts.Count > 0)
            {
                return PdfAlternativeReadings.TryJoinCode(parts, out var code, out _) ? (code, false) : null;
            }

            return (null, IsTotalName(Label(views[i].Tokens.Where(t => !t.IsAmount))));
        }

        Dictionary<int, decimal> Figures(int i) =>
            views[i].Tokens.Skip(views[i].Run).Select(t => (t, Amount.TryParse(t.Text, out var a) ? a : (Amount?)null))
                .Where(p => p.t.IsAmount && p.Item2 is not null)
                .ToDictionary(p => layout!.NearestValue(CellOf(p.t)), p => p.Item2!.Value.ToDecimal());
    }
}
