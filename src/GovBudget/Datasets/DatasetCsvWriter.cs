using System.Globalization;
using GovBudget.Amounts;
using GovBudget.Documents;

namespace GovBudget.Datasets;

/// <summary>
/// Writes dense documents as dataset lines (<see cref="DatasetCsv"/>). Everything but the department and the amount
/// is text fixed by the shape, so it is built once per shape and reused for every department of that shape.
/// </summary>
internal sealed class DatasetCsvWriter
{
    private static readonly long[] Powers = [1, 10, 100, 1_000, 10_000];

    // Plans are kept per shape instance; documents whose shapes were not interned would otherwise keep one plan each.
    private const int MaxPlans = 16_384;

    private readonly TextWriter writer;
    private readonly Dictionary<DocumentShape, ShapePlan> plans = new(ReferenceEqualityComparer.Instance);

    public DatasetCsvWriter(TextWriter writer)
    {
        this.writer = writer;
    }

    /// <summary>The number of fact lines written.</summary>
    public long Facts { get; private set; }

    public void WriteHeader()
    {
        writer.Write(DatasetCsv.Header);
        writer.Write('\n');
    }

    /// <exception cref="ArgumentException">The document holds something the format cannot (see <see cref="DatasetCsv.Write"/>).</exception>
    public void Write(DenseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var department = document.Department;
        if (string.IsNullOrEmpty(department.Code) || department.Name.Length == 0)
        {
            throw new ArgumentException($"department '{department}' cannot be written: a dataset line needs the department's code and name", nameof(document));
        }

        if (!plans.TryGetValue(document.Shape, out var plan))
        {
            if (plans.Count == MaxPlans)
            {
                plans.Clear();
            }

            plan = new ShapePlan(document.Shape);
            plans.Add(document.Shape, plan);
        }

        foreach (var slot in plan.OtherSideSlots)
        {
            if (document.Scales[slot] != DenseDocument.Blank)
            {
                throw new ArgumentException($"department {department.Code} cannot be written: slot {slot} lies on the other side of its row in a two-sided table and is not blank", nameof(document));
            }
        }

        var prefix = string.Create(CultureInfo.InvariantCulture, $"{document.Year.Year},{document.Kind.ChineseName()},{Escape(department.Code)},{Escape(department.Name)},");
        Span<char> amount = stackalloc char[32];
        foreach (var line in plan.Lines)
        {
            writer.Write(prefix);
            writer.Write(plan.RowParts[line.Row]);
            writer.Write(plan.ColumnParts[line.Column]);
            if (line.Slot >= 0 && document.Scales[line.Slot] != DenseDocument.Blank)
            {
                writer.Write(amount[..FormatAmount(document.Values[line.Slot], document.Scales[line.Slot], amount, department, line.Slot)]);
            }

            writer.Write('\n');
        }

        Facts += plan.Lines.Length;
    }

    /// <summary>Quotes a field as RFC 4180 does when it holds a comma, a quote or a line break.</summary>
    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>Prints a raw value with its scale as <see cref="Amount.ToString"/> does (63994.00, 6.2, -0.05).</summary>
    public static int FormatAmount(long raw, byte scale, Span<char> destination, Department department, int slot)
    {
        if (scale > Amount.MaxScale || raw % Powers[Amount.MaxScale - scale] != 0)
        {
            throw new ArgumentException($"department {department.Code} cannot be written: slot {slot} holds {raw} ten-thousandths with scale {scale}, which is not an amount as printed");
        }

        var position = 0;
        ulong magnitude;
        if (raw < 0)
        {
            destination[position++] = '-';
            magnitude = (ulong)(-(raw + 1)) + 1;
        }
        else
        {
            magnitude = (ulong)raw;
        }

        var whole = magnitude / (ulong)Amount.UnitsPerWhole;
        whole.TryFormat(destination[position..], out var written, default, CultureInfo.InvariantCulture);
        position += written;
        if (scale > 0)
        {
            destination[position++] = '.';
            var digits = magnitude % (ulong)Amount.UnitsPerWhole / (ulong)Powers[Amount.MaxScale - scale];
            for (var i = scale - 1; i >= 0; i--)
            {
                destination[position + i] = (char)('0' + (int)(digits % 10));
                digits /= 10;
            }

            position += scale;
        }

        return position;
    }

    /// <summary>A fact line: indexes into the shape plan's row and column texts, and the slot (-1 for a declaration).</summary>
    private readonly record struct Line(int Row, int Column, int Slot);

    /// <summary>The fixed text of a shape's lines, checked once: the format must be able to give the shape back.</summary>
    private sealed class ShapePlan
    {
        public ShapePlan(DocumentShape shape)
        {
            var rowParts = new List<string>();
            var columnParts = new List<string>();
            var lines = new List<Line>();
            var otherSide = new List<int>();
            var kinds = new HashSet<TableKind>();
            foreach (var table in shape.Tables)
            {
                var name = table.Kind.CanonicalName;
                if (table.Kind == TableKind.Unrecognised)
                {
                    throw Unwritable($"table '{table.Title}' is of no known kind; a dataset names each table by its kind");
                }

                if (!kinds.Add(table.Kind))
                {
                    throw Unwritable($"it has two tables of kind {name}; a dataset holds one table of each kind per department");
                }

                if (table.Unit is not { } unit)
                {
                    throw Unwritable($"table {name} has no unit; a dataset needs 元, 万元 or 亿元");
                }

                if (table.Columns.Length == 0)
                {
                    throw Unwritable($"table {name} has no amount column");
                }

                var tablePart = $"{Escape(name)},{unit.Symbol()},";
                var firstColumn = columnParts.Count;
                CheckColumns(table, columnParts);

                // Rows in their side's column order; a repeated code or label gets #n (see DatasetCsv).
                var firstRowLine = lines.Count;
                var appearance = new List<int>();
                var seen = new HashSet<int>();
                var occurrences = new Dictionary<(TableSide, bool, string), int>();
                for (var r = 0; r < table.Rows.Length; r++)
                {
                    var row = table.Rows[r];
                    if (table.Kind.IsTwoSided != (row.Side != TableSide.None))
                    {
                        throw Unwritable($"row '{row.Label}' of table {name} has side {row.Side}, which the table's kind does not have");
                    }

                    var key = row.Code?.ToString() ?? row.Label;
                    if (key.Length == 0)
                    {
                        throw Unwritable($"row {r + 1} of table {name} has neither a code nor a label");
                    }

                    var n = occurrences[(row.Side, row.Code is null, key)] = occurrences.GetValueOrDefault((row.Side, row.Code is null, key)) + 1;
                    var keyText = n > 1 || EndsWithOccurrence(key) ? $"{key}#{n.ToString(CultureInfo.InvariantCulture)}" : key;
                    rowParts.Add(row.Code is null
                        ? $"{tablePart},{Escape(keyText)},"
                        : $"{tablePart}{Escape(keyText)},{Escape(row.Label)},");
                    var written = false;
                    for (var c = 0; c < table.Columns.Length; c++)
                    {
                        if (table.Columns[c].Side != row.Side)
                        {
                            otherSide.Add(table.Slot(r, c));
                            continue;
                        }

                        lines.Add(new Line(rowParts.Count - 1, firstColumn + c, table.Slot(r, c)));
                        written = true;
                        if (seen.Add(c))
                        {
                            appearance.Add(c);
                        }
                    }

                    if (!written)
                    {
                        throw Unwritable($"row '{row}' of table {name} has no column on its side");
                    }
                }

                // The reader orders columns by first appearance: declare them all first when the rows alone would
                // not give them back in order (an empty table, or a side with no row).
                if (appearance.Count != table.Columns.Length || appearance.Where((c, i) => c != i).Any())
                {
                    rowParts.Add($"{tablePart},,");
                    lines.InsertRange(firstRowLine, Enumerable.Range(0, table.Columns.Length).Select(c => new Line(rowParts.Count - 1, firstColumn + c, -1)));
                }
            }

            if (shape.Tables.Length == 0)
            {
                throw Unwritable("it has no table");
            }

            RowParts = [.. rowParts];
            ColumnParts = [.. columnParts];
            Lines = [.. lines];
            OtherSideSlots = [.. otherSide];
        }

        public string[] RowParts { get; }

        public string[] ColumnParts { get; }

        public Line[] Lines { get; }

        public int[] OtherSideSlots { get; }

        private static void CheckColumns(TableShape table, List<string> columnParts)
        {
            var name = table.Kind.CanonicalName;
            var seen = new HashSet<(TableSide, string)>();
            foreach (var column in table.Columns)
            {
                if (table.Kind.IsTwoSided != (column.Side != TableSide.None))
                {
                    throw Unwritable($"column {column.Name} of table {name} has side {column.Side}, which the table's kind does not have");
                }

                if (column.Type == ColumnType.Text)
                {
                    throw Unwritable($"column {column.Name} of table {name} holds text; a dataset holds amounts only");
                }

                var text = DatasetColumnName.Format(column.Side, column.Name);
                if (column.Name.Length == 0 || ColumnNames.Canonical(column.Name) != column.Name || DatasetColumnName.Split(text) != (column.Side, column.Name))
                {
                    throw Unwritable($"column '{column.Name}' of table {name} is not a canonical column name (it would be read as '{ColumnNames.Canonical(column.Name)}')");
                }

                if (DatasetColumnName.TypeOf(column.Name) != column.Type)
                {
                    throw Unwritable($"column {column.Name} of table {name} holds {column.Type}, but a dataset column of that name is read as {DatasetColumnName.TypeOf(column.Name)}");
                }

                if (!seen.Add((column.Side, column.Name)))
                {
                    throw Unwritable($"table {name} has two columns named {text}");
                }

                columnParts.Add($"{Escape(text)},");
            }
        }

        private static bool EndsWithOccurrence(string key)
        {
            var hash = key.LastIndexOf('#');
            return hash >= 0 && hash < key.Length - 1 && !key.AsSpan(hash + 1).ContainsAnyExceptInRange('0', '9');
        }

        private static ArgumentException Unwritable(string reason) => new($"the shape cannot be written as a dataset: {reason}");
    }
}
