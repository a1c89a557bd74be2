using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GovBudget.Documents;

namespace GovBudget.Import.Pdf;

/// <summary>
/// Notes the pages where lines that no table took print rows of figures: a table whose title the reader did not
/// recognise, so that what the document lacks is reported as uncertain there. One block per page, titled by the last
/// title-like line above it. Not thread-safe; one instance per read.
/// </summary>
internal sealed partial class PdfUnreadTables
{
    // A row of a table prints at least two figures in separate cells; a sentence prints its figures inside one cell.
    private const int FiguresPerRow = 2;

    // Three such rows on a page are a table; one or two may be a narrative's inline list.
    private const int RowsPerBlock = 3;

    // One line with this many figures in separate cells is a table's row on its own (a 三公 table has one row).
    private const int FiguresInWideRow = 4;

    // A title is a short line ending with 表 (其他 lines above the block are headers or units).
    private const int MaxTitle = 60;

    private readonly List<UnreadTable> blocks = [];
    private int page = -1;
    private int rows;
    private string title = string.Empty;

    /// <summary>The blocks found so far.</summary>
    public ImmutableArray<UnreadTable> Blocks => [.. blocks];

    /// <summary>Looks at a line that no table took.</summary>
    public void Add(PdfTextLine line)
    {
        if (line.Page != page)
        {
            page = line.Page;
            rows = 0;
        }

        var compact = line.Compact;
        if (compact.Length <= MaxTitle && TitleEnd().IsMatch(compact) && !compact.Contains('。', StringComparison.Ordinal))
        {
            title = compact;
            return;
        }

        var figures = line.Cells.Count(c => Figure().IsMatch(c.Compact));
        if (figures < FiguresPerRow)
        {
            return;
        }

        rows++;
        if ((blocks.Count == 0 || blocks[^1].Page != page) && (rows >= RowsPerBlock || figures >= FiguresInWideRow))
        {
            blocks.Add(new UnreadTable(title, page));
        }
    }

    [GeneratedRegex(@"表(?:[（(][^（）()]{1,10}[）)])?$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex TitleEnd();

    [GeneratedRegex(@"^-?\d[\d,]*(?:\.\d+)?$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex Figure();
}
