using System.Collections.Immutable;
using GovBudget.Documents;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Import.Pdf;

// The rows of a table printed as an outline: by spanning names, or by the bands of its text columns.
internal sealed partial class PdfTableBuilder
{
    // The rows as an outline of the groups the spanning names head. Each name is centred vertically on its group: the
    // rows from the first one not yet in a group (a 合计/总计 row is in none) to the row as far below the name as that
    // one is above it. The group's first row, when it is its 小计, is the group's row (一般公共预算资金小计, depth 1);
    // otherwise the name is a heading row of its own with blank figures. The group's other rows are depth 2.
    private List<Row> Grouped(List<Row> rows)
    {
        var result = new List<Row>();
        var next = 0;
        foreach (var name in spanning)
        {
            var run = RunUnder(name, rows, next);
            if (run is not var (first, last))
            {
                notices.Add(ImportNotice.OnPage(source, name.Page, T("Notice.SpansNoRows", Title, name.Name)));
                continue;
            }

            result.AddRange(rows.Skip(next).Take(first - next));
            var start = first;
            if (NameNormalizer.Label(rows[first].Label) == "小计")
            {
                result.Add(rows[first] with { Label = name.Name + rows[first].Label, Depth = 1 });
                start++;
            }
            else
            {
                result.Add(new Row(null, name.Name, TableSide.None, new Cell[columns.Length], name.Page) { Y = name.Y, Depth = 1 });
            }

            result.AddRange(rows.Skip(start).Take(last - start + 1).Select(r => r with { Depth = 2 }));
            next = last + 1;
        }

        result.AddRange(rows.Skip(next));
        return result;
    }

    // The rows (first, last) a spanning name is centred on, starting at or after row `from`, or null.
    private static (int First, int Last)? RunUnder(SpanningName name, List<Row> rows, int from)
    {
        var tolerance = 0.3 * name.Size;
        for (var first = from; first < rows.Count && (rows[first].Page < name.Page || rows[first].Y >= name.Y - tolerance); first++)
        {
            if (rows[first].Page != name.Page || IsTotalName(rows[first].Label))
            {
                continue;
            }

            for (var last = first; last < rows.Count && rows[last].Page == name.Page && rows[last].Y >= (2 * name.Y) - rows[first].Y - tolerance; last++)
            {
                if (Math.Abs(((rows[first].Y + rows[last].Y) / 2) - name.Y) <= tolerance)
                {
                    return (first, last);
                }
            }
        }

        return null;
    }

    // A table whose rows print their names in different bands of its text columns is an outline: 一、货物 in the first
    // column, each project in 专项名称 / 经济科目, each item in 采购物品名称 / 采购组织形式. Two neighbouring columns
    // are one band when at least as many rows print in both (or across both) as print in only one of them: a project
    // name repeated beside an item where its merged cell continues on a new page does not join the bands. A row's
    // depth is its band's (1 for the first); a row printing in two bands is a row of the deeper one (that repeated
    // name). A 合计 is not nested. With one band the table is flat and every depth is 0. A row that prints no name
    // takes the depth of the row above.
    private int[] OutlineDepths(List<Row> rows)
    {
        var both = new int[Math.Max(0, textCount - 1)];
        var one = new int[Math.Max(0, textCount - 1)];
        foreach (var r in rows)
        {
            var printed = Printed(r);
            for (var c = 0; printed.Count > 0 && c < textCount - 1; c++)
            {
                if (printed[0] <= c && printed[^1] > c)
                {
                    both[c]++;
                }
                else if (printed.Contains(c) || printed.Contains(c + 1))
                {
                    one[c]++;
                }
            }
        }

        var band = new int[textCount];
        for (var c = 1; c < textCount; c++)
        {
            band[c] = band[c - 1] + (both[c - 1] > 0 && both[c - 1] >= one[c - 1] ? 0 : 1);
        }

        var depths = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var printed = Printed(rows[i]);
            depths[i] = printed.Count == 0 ? (i > 0 ? depths[i - 1] : 0)
                : IsTotalName(rows[i].Texts![printed[0]]) ? 0
                : band[printed[^1]] + 1;
        }

        return depths.Where(d => d > 0).Distinct().Count() >= 2 ? depths : new int[rows.Count];

        List<int> Printed(Row r) => [.. Enumerable.Range(0, textCount).Where(c => r.Texts![c].Length > 0)];
    }
}
