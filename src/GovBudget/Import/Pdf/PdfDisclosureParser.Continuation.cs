namespace GovBudget.Import.Pdf;

/// <summary>Reading a table's header under its title, and a page that goes on with the open table.</summary>
internal sealed partial class PdfDisclosureParser
{
    // A page continues the open table when it starts with the table's header printed again, or straight with rows.
    // Returns the index of the first row, or -1 when the page does not continue the table.
    private int ContinuesTable(IReadOnlyList<PdfTextLine> lines)
    {
        if (table is null || table.Closed || !table.HasHeader)
        {
            return -1;
        }

        var header = new List<PdfTextLine>();
        var indexes = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (IsMeta(line) || PageNumber().IsMatch(line.Compact))
            {
                continue;
            }

            // The table's own title printed again above its header (a 政府采购预算表 continued): a continuation when the
            // header follows repeated; any other title starts another table.
            if (TitleKind(line) is { } kind)
            {
                if (header.Count == 0 && kind == table.Kind && line.Compact == table.Title)
                {
                    continue;
                }

                return -1;
            }

            if (PdfTableBuilder.StartsBody(line))
            {
                if (header.Count == 0)
                {
                    return i;
                }

                var names = PdfTableLayout.NameLinesAboveBody(header, line);
                var repeated = header.GetRange(0, header.Count - names);
                if (table.IsRepeatedHeader(repeated))
                {
                    table.SetHeader(repeated);
                    return names > 0 ? indexes[^names] : i;
                }

                return RowsUnderRepeatedHeader(header, indexes, header.Count - 1, i) is var first and >= 0 ? first
                    : header.All(table.IsRowText) ? indexes[0] : -1;
            }

            header.Add(line);
            indexes.Add(i);
            if (header.Count > HeaderLines && !header.All(table.IsRowText) && RepeatedHeaderLines(header, HeaderLines) < 0)
            {
                return -1;
            }
        }

        // A page with no figure at all (三、公务接待费 and other blank rows, or none) under the header printed again, or
        // straight away: none of its text is under a value column.
        return RowsUnderRepeatedHeader(header, indexes, header.Count, lines.Count) is var start and >= 0 ? start
            : header.Count > 0 && header.All(table.IsRowText) ? indexes[0] : -1;
    }

    // Rows with no amount (十六、金融支出) before the first one with an amount, or before the page's end: the page
    // prints the header again (its first k lines, at most longest) and then those rows. Returns the index of the first
    // row (end when the header ends there), or -1.
    private int RowsUnderRepeatedHeader(List<PdfTextLine> header, List<int> indexes, int longest, int end)
    {
        var k = RepeatedHeaderLines(header, longest);
        if (k < 0)
        {
            return -1;
        }

        table!.SetHeader(header.GetRange(0, k));
        return k < header.Count ? indexes[k] : end;
    }

    // How many of the first lines (at most longest) are the open table's header printed again, the rest row text; or -1.
    private int RepeatedHeaderLines(List<PdfTextLine> header, int longest)
    {
        for (var k = Math.Min(longest, header.Count); k >= 1; k--)
        {
            if (table!.IsRepeatedHeader(header.GetRange(0, k)) && header.Skip(k).All(table.IsRowText))
            {
                return k;
            }
        }

        return -1;
    }

    // A header has at most this many lines before its body starts (an empty table's rows print no amount to end it) …
    private const int HeaderLines = 8;

    // … unless its names wrap letter by letter in narrow cells (小 / 计, 因公 / 出国 / （境）费, printed interleaved with
    // the other columns' parts: 11 lines in the Jiangsu 2017 三公 table); never more than this.
    private const int MaxHeaderLines = 16;

    private int ReadHeader(IReadOnlyList<PdfTextLine> lines, int i)
    {
        var header = new List<PdfTextLine>();
        var indexes = new List<int>();
        while (i < lines.Count)
        {
            var line = lines[i];
            // A page number: above the header, or at the page's foot under it (a page that ends with the header).
            if (ReadMeta(line) || ((header.Count == 0 || i == lines.Count - 1) && PageNumber().IsMatch(line.Compact)))
            {
                i++;
                continue;
            }

            if (PdfTableBuilder.StartsBody(line) || TitleKind(line) is not null
                || (header.Count >= HeaderLines && !PdfTableLayout.ContinuesWrappedHeader(header, line)) || header.Count >= MaxHeaderLines)
            {
                break;
            }

            header.Add(line);
            indexes.Add(i);
            i++;
        }

        // The first row's name may be wrapped above the row's line (一般公共服务 / 201 264.87 … / 支出): a row, not header.
        if (i < lines.Count && PdfTableBuilder.StartsBody(lines[i])
            && PdfTableLayout.NameLinesAboveBody(header, lines[i]) is var names and > 0)
        {
            i = indexes[^names];
            header.RemoveRange(header.Count - names, names);
        }

        if (header.Count == 0)
        {
            if (i < lines.Count)
            {
                NoHeader();
            }

            return i; // at the page's end the header may be on the next page
        }

        table!.SetHeader(header);
        table.ScanBody(BodyLines(lines, i));
        return i;
    }

    // The lines of the open table's body on this page: up to the next title or note.
    private List<PdfTextLine> BodyLines(IReadOnlyList<PdfTextLine> lines, int from) =>
        [.. lines.Skip(from).TakeWhile(l => TitleKind(l) is null && !PdfTableBuilder.IsNote(l))];
}
