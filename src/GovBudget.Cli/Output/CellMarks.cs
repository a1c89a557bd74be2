using GovBudget.Documents;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Waivers;

namespace GovBudget.Cli.Output;

/// <summary>
/// Which printed cells the shown findings of one document read: per table, row and column (a row read for its name
/// marks its name), per table note, and the narrative sentences quoted. A cell no table prints stays in its finding's
/// list only.
/// </summary>
internal sealed class CellMarks
{
    /// <summary>The column index that stands for a row's name (code and label) rather than an amount.</summary>
    public const int NameColumn = -1;

    private readonly Dictionary<(int Table, int Row, int Column), List<int>> cells = [];
    private readonly Dictionary<(int Table, int Note), List<int>> notes = [];

    private CellMarks(IReadOnlyList<CheckedFinding> findings) => Findings = findings;

    /// <summary>The findings marked, in report order; a mark names them by index.</summary>
    public IReadOnlyList<CheckedFinding> Findings { get; }

    /// <summary>The narrative sentences quoted, in order of first quotation: section, sentence, page, and the findings.</summary>
    public List<(string Section, string Sentence, int Page, List<int> Findings)> Quotes { get; } = [];

    /// <summary>The indexes of the findings that read each table.</summary>
    public Dictionary<int, SortedSet<int>> ByTable { get; } = [];

    public static CellMarks Of(Disclosure? document, IReadOnlyList<CheckedFinding> findings)
    {
        var marks = new CellMarks(findings);
        for (var i = 0; i < findings.Count; i++)
        {
            foreach (var c in findings[i].Finding.Cells)
            {
                if (document is not null && marks.MarkTable(document, c, i))
                {
                    continue;
                }

                if (c.Table == ReportLabels.NarrativeTable)
                {
                    marks.MarkQuote(c, i);
                }
            }
        }

        return marks;
    }

    public IReadOnlyList<int>? At(int table, int row, int column) => cells.GetValueOrDefault((table, row, column));

    public IReadOnlyList<int>? AtNote(int table, int note) => notes.GetValueOrDefault((table, note));

    private bool MarkTable(Disclosure document, FindingCell c, int finding)
    {
        var t = Table(document, c);
        if (t < 0)
        {
            return false;
        }

        var table = document.Tables[t];
        var r = Row(table, c);
        if (r >= 0)
        {
            Add(cells, (t, r, Column(table, table.Rows[r], c.Column)), finding);
        }
        else if (table.Notes.IndexOf(c.Label) is var n and >= 0)
        {
            Add(notes, (t, n), finding);
        }
        else
        {
            return false;
        }

        if (!ByTable.TryGetValue(t, out var set))
        {
            ByTable[t] = set = [];
        }

        set.Add(finding);
        return true;
    }

    private void MarkQuote(FindingCell c, int finding)
    {
        var quote = Quotes.FindIndex(q => q.Sentence == c.Label && q.Section == c.Title && q.Page == c.Page);
        if (quote < 0)
        {
            Quotes.Add((c.Title, c.Label, c.Page, [finding]));
        }
        else if (!Quotes[quote].Findings.Contains(finding))
        {
            Quotes[quote].Findings.Add(finding);
        }
    }

    // The printed title first: two tables of one kind (a table continued on the next page read as two) differ by it.
    private static int Table(Disclosure document, FindingCell c)
    {
        var tables = document.Tables;
        for (var i = 0; i < tables.Length; i++)
        {
            if (tables[i].Title == c.Title && tables[i].Kind.CanonicalName == c.Table)
            {
                return i;
            }
        }

        for (var i = 0; i < tables.Length; i++)
        {
            if (tables[i].Title == c.Title)
            {
                return i;
            }
        }

        return -1;
    }

    // The row's key, label and place together: a code printed on both sides of a table, or twice, is two rows.
    private static int Row(BudgetTable table, FindingCell c)
    {
        var rows = table.Rows;
        var loose = -1;
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Key == c.Row && rows[i].Label == c.Label)
            {
                if (rows[i].Page == c.Page && rows[i].Line == c.Line)
                {
                    return i;
                }

                loose = loose < 0 ? i : loose;
            }
        }

        return loose;
    }

    private static int Column(BudgetTable table, TableRow row, string? name)
    {
        if (name is null)
        {
            return NameColumn;
        }

        var fallback = NameColumn;
        for (var i = 0; i < table.Columns.Length; i++)
        {
            var column = table.Columns[i];
            if (column.Name == name)
            {
                if (column.Side == row.Side || column.Side == TableSide.None || row.Side == TableSide.None)
                {
                    return i;
                }

                fallback = fallback == NameColumn ? i : fallback;
            }
        }

        return fallback;
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> marks, TKey key, int finding)
        where TKey : notnull
    {
        if (!marks.TryGetValue(key, out var list))
        {
            marks[key] = list = [];
        }

        if (!list.Contains(finding))
        {
            list.Add(finding);
        }
    }
}
