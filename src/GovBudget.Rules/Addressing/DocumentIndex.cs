using GovBudget.Classification;
using GovBudget.Documents;

namespace GovBudget.Rules.Addressing;

/// <summary>Lookups over one document built once per document: code → row per table, labels, narrative figures.</summary>
internal sealed class DocumentIndex
{
    private readonly Dictionary<BudgetTable, TableIndex> tables = [];
    private Dictionary<ClassificationCode, string?>? commonNames;

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
            index = new TableIndex(table, Document.Names);
            tables[table] = index;
        }

        return index;
    }

    /// <summary>The name most tables give <paramref name="code"/>; ties go to the earliest table.</summary>
    public string? CommonName(ClassificationCode code)
    {
        commonNames ??= BuildCommonNames();
        return commonNames.GetValueOrDefault(code);
    }

    // One pass over every coded row of the document: code → (name → count, first position), then the winner per code.
    private Dictionary<ClassificationCode, string?> BuildCommonNames()
    {
        var votes = new Dictionary<ClassificationCode, List<(string Name, int Count, int First)>>();
        var position = 0;
        foreach (var table in Document.Tables)
        {
            var seen = new HashSet<ClassificationCode>();
            foreach (var row in table.Rows)
            {
                if (row.Code is not { } code || !seen.Add(code))
                {
                    continue; // a table votes once per code, with its first row
                }

                var name = NameNormalizer.Basic(row.Label);
                if (!votes.TryGetValue(code, out var list))
                {
                    votes[code] = list = [];
                }

                var i = list.FindIndex(v => v.Name == name);
                if (i < 0)
                {
                    list.Add((name, 1, position++));
                }
                else
                {
                    list[i] = (name, list[i].Count + 1, list[i].First);
                }
            }
        }

        var result = new Dictionary<ClassificationCode, string?>(votes.Count);
        foreach (var (code, list) in votes)
        {
            var best = list[0];
            foreach (var v in list)
            {
                if (v.Count > best.Count || (v.Count == best.Count && v.First < best.First))
                {
                    best = v;
                }
            }

            result[code] = best.Name;
        }

        return result;
    }

    /// <summary>Rows of one table by code and by label.</summary>
    internal sealed class TableIndex
    {
        private readonly Dictionary<ClassificationCode, TableRow> byCode;
        private readonly Dictionary<string, List<TableRow>> byLabel;
        private readonly Dictionary<string, List<TableRow>> byKnownName;
        private readonly DisclosureNames names;
        private Dictionary<ClassificationCode, List<TableRow>>? byParent;
        private bool? isOutline;

        public TableIndex(BudgetTable table, DisclosureNames names)
        {
            this.names = names;
            Table = table;
            byCode = new Dictionary<ClassificationCode, TableRow>(table.Rows.Length);
            byLabel = new Dictionary<string, List<TableRow>>(table.Rows.Length, StringComparer.Ordinal);
            byKnownName = new Dictionary<string, List<TableRow>>(StringComparer.Ordinal);
            foreach (var row in table.Rows)
            {
                if (row.Code is { } code)
                {
                    byCode.TryAdd(code, row);
                }

                var label = NameNormalizer.Label(row.Label);
                Add(byLabel, label, row);
                if (names.CanonicalRow(label) is { } known)
                {
                    Add(byKnownName, known, row);
                }
            }

            Coded = [.. table.Rows.Where(r => r.Code is not null)];

            static void Add(Dictionary<string, List<TableRow>> rows, string name, TableRow row)
            {
                if (!rows.TryGetValue(name, out var list))
                {
                    rows[name] = list = [];
                }

                list.Add(row);
            }
        }

        public BudgetTable Table { get; }

        public IReadOnlyList<TableRow> Coded { get; }

        public TableRow? ByCode(ClassificationCode code) => byCode.GetValueOrDefault(code);

        /// <summary>
        /// The coded rows whose code is a child of <paramref name="parent"/>, in table order (a code printed twice is
        /// there twice). Indexed on first use: resolving children per binding by a scan is quadratic in the rows.
        /// </summary>
        public IReadOnlyList<TableRow> ChildrenOf(ClassificationCode parent)
        {
            if (byParent is null)
            {
                var index = new Dictionary<ClassificationCode, List<TableRow>>();
                foreach (var row in Coded)
                {
                    if (row.Code!.Value.Parent is { } p)
                    {
                        if (!index.TryGetValue(p, out var children))
                        {
                            index[p] = children = [];
                        }

                        children.Add(row);
                    }
                }

                byParent = index;
            }

            return byParent.TryGetValue(parent, out var found) ? found : [];
        }

        public TableRow? ByLabel(string normalisedLabel, TableSide side)
        {
            // A row the table prints under another name for the same row (公务用车购置及运行维护费 for 公务用车购置及运维费).
            if (!byLabel.TryGetValue(normalisedLabel, out var rows)
                && (names.CanonicalRow(normalisedLabel) is not { } known || !byKnownName.TryGetValue(known, out rows)))
            {
                return SideTotal(normalisedLabel, side);
            }

            return (side == TableSide.None ? rows[0] : rows.FirstOrDefault(r => r.Side == side)) ?? SideTotal(normalisedLabel, side);
        }

        /// <summary>
        /// A side's total of a two-sided table that the table names otherwise (当年收入小计, 收入合计, 总计), found by its
        /// place: the year's total (本年收入合计) is the side's first total (…合计, …总计, …小计) when no carry-over row
        /// (…结转…, …结余…) is printed before it; the grand total (收入总计, 总计) is the side's last …合计 or …总计 when none
        /// is printed after it. A side that prints no carry-over has one total, which is both. Null for any other label.
        /// </summary>
        private TableRow? SideTotal(string normalisedLabel, TableSide side)
        {
            var (asked, grand) = normalisedLabel switch
            {
                "本年收入合计" => (TableSide.Income, false),
                "本年支出合计" => (TableSide.Expenditure, false),
                "收入总计" => (TableSide.Income, true),
                "支出总计" => (TableSide.Expenditure, true),
                "总计" => (side, true),
                _ => (TableSide.None, false),
            };
            if (!Table.Kind.IsTwoSided || asked == TableSide.None || (side != TableSide.None && side != asked))
            {
                return null;
            }

            var rows = Table.Rows.Where(r => r.Side == asked && !IsItem(NameNormalizer.Basic(r.Label))).ToList();
            var totals = rows.Select((r, i) => (Label: NameNormalizer.Basic(r.Label), Index: i))
                .Where(x => x.Label.EndsWith("合计", StringComparison.Ordinal) || x.Label.EndsWith("总计", StringComparison.Ordinal)
                    || (!grand && x.Label.EndsWith("小计", StringComparison.Ordinal)))
                .Select(x => x.Index).ToList();
            if (totals.Count == 0)
            {
                return null;
            }

            var at = grand ? totals[^1] : totals[0];
            var carryOver = (grand ? rows.Skip(at + 1) : rows.Take(at)).Any(r => NameNormalizer.Basic(r.Label) is var l
                && (l.Contains("结转", StringComparison.Ordinal) || l.Contains("结余", StringComparison.Ordinal)));
            return carryOver ? null : rows[at];
        }

        /// <summary>
        /// The rows labelled …小计; in a table printed as an outline (rows with a <see cref="TableRow.Depth"/>), the
        /// rows of its first level instead (政府采购 一、货物, 二、工程, 三、服务), which add up to its 合计.
        /// </summary>
        public IEnumerable<TableRow> Subtotals => IsOutline
            ? Table.Rows.Where(r => r.Depth == 1)
            : Table.Rows.Where(r => NameNormalizer.Basic(r.Label).EndsWith("小计", StringComparison.Ordinal));

        /// <summary>
        /// The rows others add up to: the …小计 rows, or in an outline every row with a row nested right under it (a
        /// heading of the first level, and each project that lists items).
        /// </summary>
        public IEnumerable<TableRow> Headings => IsOutline
            ? Table.Rows.Where((r, i) => r.Depth > 0 && i + 1 < Table.Rows.Length && Table.Rows[i + 1].Depth == r.Depth + 1)
            : Subtotals;

        /// <summary>
        /// The rows <paramref name="head"/> adds up: in an outline, the rows nested one level under it (up to the next
        /// row at its own level or above); otherwise the rows after it up to the next …小计 or …合计 row.
        /// </summary>
        public IEnumerable<TableRow> Members(TableRow head)
        {
            var start = Table.Rows.IndexOf(head);
            if (start < 0)
            {
                yield break;
            }

            if (IsOutline)
            {
                for (var i = start + 1; i < Table.Rows.Length && Table.Rows[i].Depth > head.Depth; i++)
                {
                    if (Table.Rows[i].Depth == head.Depth + 1)
                    {
                        yield return Table.Rows[i];
                    }
                }

                yield break;
            }

            for (var i = start + 1; i < Table.Rows.Length; i++)
            {
                var label = NameNormalizer.Basic(Table.Rows[i].Label);
                if (label.EndsWith("小计", StringComparison.Ordinal) || label.EndsWith("合计", StringComparison.Ordinal))
                {
                    yield break;
                }

                yield return Table.Rows[i];
            }
        }

        private bool IsOutline => isOutline ??= Table.Rows.Any(r => r.Depth > 0);

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

                if (IsItem(label))
                {
                    yield return row;
                }
            }
        }

        // 一、… 三十一、 or 1、 2、: a numbered item.
        private static bool IsItem(string basicLabel)
        {
            var comma = basicLabel.IndexOf('、', StringComparison.Ordinal);
            return comma > 0 && (basicLabel[..comma].All(c => "一二三四五六七八九十".Contains(c, StringComparison.Ordinal))
                || basicLabel[..comma].All(char.IsAsciiDigit));
        }
    }
}
