using GovBudget.Classification;
using GovBudget.Documents;

namespace GovBudget.Rules.Evaluation;

/// <summary>Lookups over one document built once per document: code → row per table, labels, narrative figures.</summary>
internal sealed class DocumentIndex
{
    private readonly Dictionary<BudgetTable, TableIndex> tables = [];
    private readonly Dictionary<ClassificationCode, string?> commonNames = [];

    public DocumentIndex(Disclosure document)
    {
        Document = document;
        Narrative = new NarrativeFigures(document);
    }

    public Disclosure Document { get; }

    public NarrativeFigures Narrative { get; }

    public TableIndex For(BudgetTable table)
    {
        if (!tables.TryGetValue(table, out var index))
        {
            index = new TableIndex(table);
            tables[table] = index;
        }

        return index;
    }

    /// <summary>The name most tables give <paramref name="code"/>; ties go to the earliest table.</summary>
    public string? CommonName(ClassificationCode code)
    {
        if (!commonNames.TryGetValue(code, out var name))
        {
            name = Document.Tables
                .SelectMany(t => t.RowsWithCode(code).Take(1))
                .Select(r => NameNormalizer.Basic(r.Label))
                .GroupBy(n => n, StringComparer.Ordinal)
                .Select((g, i) => (g.Key, Count: g.Count(), First: i))
                .OrderByDescending(g => g.Count)
                .ThenBy(g => g.First)
                .Select(g => g.Key)
                .FirstOrDefault();
            commonNames[code] = name;
        }

        return name;
    }

    /// <summary>Rows of one table by code and by label.</summary>
    internal sealed class TableIndex
    {
        private readonly Dictionary<ClassificationCode, TableRow> byCode = [];
        private readonly Dictionary<string, List<TableRow>> byLabel = new(StringComparer.Ordinal);

        public TableIndex(BudgetTable table)
        {
            Table = table;
            foreach (var row in table.Rows)
            {
                if (row.Code is { } code)
                {
                    byCode.TryAdd(code, row);
                }

                var label = NameNormalizer.Label(row.Label);
                if (!byLabel.TryGetValue(label, out var list))
                {
                    byLabel[label] = list = [];
                }

                list.Add(row);
            }

            Coded = [.. table.Rows.Where(r => r.Code is not null)];
        }

        public BudgetTable Table { get; }

        public IReadOnlyList<TableRow> Coded { get; }

        public TableRow? ByCode(ClassificationCode code) => byCode.GetValueOrDefault(code);

        public TableRow? ByLabel(string normalisedLabel, TableSide side)
        {
            if (!byLabel.TryGetValue(normalisedLabel, out var rows))
            {
                return null;
            }

            return side == TableSide.None ? rows[0] : rows.FirstOrDefault(r => r.Side == side);
        }

        /// <summary>The rows labelled …小计.</summary>
        public IEnumerable<TableRow> Subtotals =>
            Table.Rows.Where(r => NameNormalizer.Basic(r.Label).EndsWith("小计", StringComparison.Ordinal));

        /// <summary>The rows after <paramref name="head"/> up to the next …小计 or …合计 row.</summary>
        public IEnumerable<TableRow> Members(TableRow head)
        {
            var start = Table.Rows.IndexOf(head);
            for (var i = start + 1; start >= 0 && i < Table.Rows.Length; i++)
            {
                var label = NameNormalizer.Basic(Table.Rows[i].Label);
                if (label.EndsWith("小计", StringComparison.Ordinal) || label.EndsWith("合计", StringComparison.Ordinal))
                {
                    yield break;
                }

                yield return Table.Rows[i];
            }
        }

        /// <summary>The numbered items (一、… 三十一、 or 1、 2、) of a side, before the side's first 合计 row.</summary>
        public IEnumerable<TableRow> Items(TableSide side)
        {
            foreach (var row in Table.Rows.Where(r => r.Side == side))
            {
                var label = NameNormalizer.Basic(row.Label);
                if (label.EndsWith("合计", StringComparison.Ordinal))
                {
                    yield break;
                }

                var comma = label.IndexOf('、', StringComparison.Ordinal);
                if (comma > 0 && (label[..comma].All(c => "一二三四五六七八九十".Contains(c, StringComparison.Ordinal))
                    || label[..comma].All(char.IsAsciiDigit)))
                {
                    yield return row;
                }
            }
        }
    }
}
