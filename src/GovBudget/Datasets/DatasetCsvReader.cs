using System.Globalization;
using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Documents;
using nietras.SeparatedValues;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Datasets;

/// <summary>
/// Reads the long-format dataset CSV (<see cref="DatasetCsv"/>) line by line into dense documents. Whatever repeats
/// from line to line (department, table, unit, code, label, column) is compared as characters with the line before
/// or looked up by span, so a line allocates nothing; values go straight into each department's arrays.
/// </summary>
internal sealed class DatasetCsvReader
{
    private const int FieldCount = 10;

    private readonly string source;
    private readonly int maxLineLength;
    private readonly NamePool names = new();
    private readonly ShapeInterner shapes = new();
    private readonly Dictionary<string, TableKind?> tableKinds = new(StringComparer.Ordinal);
    private readonly Dictionary<int, ClassificationCode> codes = [];
    private readonly Dictionary<string, ColumnRef> columns = new(StringComparer.Ordinal);
    private readonly Dictionary<DepartmentKey, int> departmentIndex = [];
    private readonly List<DenseDocument?> documents = [];

    // Streamed: which departments are whole (their last line read), and the first not yet handed over.
    private readonly List<bool> done = [];
    private int nextOut;

    // Streamed: the departments whose lines resume after another's, with the lines not yet read; the current
    // department's key and its lines still to come (-1: it does not resume, so it is whole when the file moves on).
    private Dictionary<DepartmentKey, int>? resuming;
    private DepartmentKey currentKey;
    private int currentRemaining = -1;

    // A streamed read keeps at most this many distinct layouts for sharing; past it, it starts afresh (departments
    // that each print their own layout must not make the read grow with the file).
    private const int StreamedShapes = 4096;

    // Departments whose lines resumed after another department's: they stay open to the end.
    private readonly Dictionary<int, DepartmentBuilder> reopened = [];

    // The builder of departments read in one run of lines, reused from one department to the next.
    private readonly DepartmentBuilder reusable = new();
    private DepartmentBuilder? current;
    private int line;
    private int nextLine = 1; // the line the next row starts on

    /// <param name="source">The file's name, for messages.</param>
    /// <param name="maxLineLength">The longest line accepted before Sep sees it; tests raise it to reach Sep's own limit.</param>
    public DatasetCsvReader(string source, int maxLineLength = DatasetCsv.MaxLineLength)
    {
        this.source = source;
        this.maxLineLength = maxLineLength;
    }

    public Dataset Read(TextReader text) => new(Departments(text, resuming: null));

    /// <summary>
    /// The departments in the order they first appear. Given <paramref name="resuming"/> (the departments whose lines
    /// resume after another's, with their line counts: <see cref="DatasetResumeScan"/>), each is handed over as soon as
    /// it is whole and nothing of it is kept; without, every department is kept to the end of the file.
    /// </summary>
    public IEnumerable<DenseDocument> Departments(TextReader text, Dictionary<DepartmentKey, int>? resuming)
    {
        this.resuming = resuming;
        shapes.Limit = resuming is null ? null : StreamedShapes;
        using var limited = new CsvLineLimiter(text, maxLineLength, TooLong);
        using var reader = Sep.New(',').Reader(o => o with
        {
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,
        }).From(limited);

        var headerSeen = false;
        while (NextRow(reader))
        {
            var row = reader.Current;

            // Sep 0.17.1 reports the first row as starting on line 2; later rows are right.
            line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
            nextLine = row.LineNumberToExcl;
            if (!headerSeen)
            {
                CheckHeader(row);
                headerSeen = true;
                continue;
            }

            if (row.ColCount == 1 && row.Span.IsEmpty)
            {
                continue;
            }

            if (row.ColCount != FieldCount)
            {
                throw Error(T("Dataset.Fields", FieldCount, DatasetCsv.Header, row.ColCount));
            }

            ReadFact(row);
            while (nextOut < documents.Count && done[nextOut])
            {
                yield return TakeNext();
            }
        }

        if (!headerSeen)
        {
            throw new DatasetFormatException(source, 0, T("Dataset.Empty", DatasetCsv.Header));
        }

        FinishCurrent();
        foreach (var (index, builder) in reopened)
        {
            documents[index] = builder.Build(shapes, names);
        }

        while (nextOut < documents.Count)
        {
            yield return TakeNext();
        }
    }

    // A department handed over is not kept: a streamed read holds only the departments not yet whole.
    private DenseDocument TakeNext()
    {
        var d = documents[nextOut]!;
        documents[nextOut++] = null;
        return d;
    }

    private bool NextRow(SepReader reader)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (NotSupportedException)
        {
            // Sep's own limit on a row (16 MiB), should a row pass the limiter: the line after the last row read.
            throw TooLong(nextLine);
        }
    }

    private DatasetFormatException TooLong(int at) => new(source, at,
        T("Dataset.TooLong", DatasetCsv.MaxLineLength));

    private void CheckHeader(SepReader.Row row)
    {
        // A BOM survives when the caller's TextReader did not strip it.
        var header = row.Span.TrimStart('\uFEFF');
        if (!header.SequenceEqual(DatasetCsv.Header))
        {
            throw Error(T("Dataset.Header", DatasetCsv.Header, header.ToString()));
        }
    }

    private void ReadFact(SepReader.Row row)
    {
        var year = ReadYear(row[0].Span);
        var kind = ReadKind(row[1].Span);
        var code = row[2].Span;
        if (current is null || current.Year != year || current.Kind != kind || !code.SequenceEqual(current.Code))
        {
            SwitchDepartment(year, kind, code, row[3].Span);
        }

        if (currentRemaining > 0)
        {
            currentRemaining--;
        }

        var department = current!;
        var name = row[3].Span;
        if (!name.SequenceEqual(department.Name))
        {
            throw Error(name.IsEmpty
                ? T("Dataset.NoName")
                : T("Dataset.OtherName", Describe(department), department.Name, On(department.FirstLine), name.ToString()));
        }

        var table = ReadTable(department, row[4].Span, row[5].Span);
        var columnText = row[8].Span;
        var columnIndex = table.FindColumn(columnText);
        if (columnIndex < 0)
        {
            var column = ReadColumn(table, columnText);
            columnIndex = table.Column(column.Side, column.NameId, column.Text);
        }

        var side = table.ColumnAt(columnIndex).Side;
        var rowCode = row[6].Span;
        var rowName = row[7].Span;
        var amount = row[9].Span;
        if (rowCode.IsEmpty && rowName.IsEmpty)
        {
            // A declaration: the column exists although no row of its side does (an empty table, 空表列示).
            if (!amount.IsEmpty)
            {
                throw Error(T("Dataset.EmptyTableAmount", amount.ToString()));
            }

            return;
        }

        var rowIndex = ReadRow(table, rowCode, rowName, side);
        if (!table.Mark(rowIndex, columnIndex))
        {
            var earlier = department.LineOf(table.Index, rowIndex, columnIndex);
            throw Error(T("Dataset.Duplicate", Describe(department), table.Kind.CanonicalName, RowText(table, rowIndex), columnText.ToString(), On(earlier)));
        }

        long value = 0;
        var scale = DenseDocument.Blank;
        if (!amount.IsEmpty)
        {
            if (!Amount.TryParse(amount, out var parsed, out var error))
            {
                throw Error(T("Dataset.Amount", error));
            }

            value = parsed.Raw;
            scale = (byte)parsed.Scale;
        }

        department.AddFact(table.Index, rowIndex, columnIndex, value, scale, line);
    }

    private int ReadYear(ReadOnlySpan<char> text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1950 and <= 2200)
        {
            return year;
        }

        throw Error(T("Dataset.Year", text.ToString()));
    }

    private DisclosureKind ReadKind(ReadOnlySpan<char> text) => text switch
    {
        "预算" => DisclosureKind.Budget,
        "决算" => DisclosureKind.FinalAccount,
        _ => throw Error(T("Dataset.Kind", text.ToString())),
    };

    private void SwitchDepartment(int year, DisclosureKind kind, ReadOnlySpan<char> code, ReadOnlySpan<char> name)
    {
        if (code.IsEmpty)
        {
            throw Error(T("Dataset.NoCode"));
        }

        FinishCurrent();
        var key = new DepartmentKey(year, kind, code.ToString());
        currentKey = key;
        currentRemaining = resuming is not null && resuming.TryGetValue(key, out var remaining) ? remaining : -1;
        if (departmentIndex.TryGetValue(key, out var index))
        {
            if (done[index])
            {
                // Only a streamed read marks a department whole before the end, after its first pass counted its lines.
                throw Error(T("Dataset.Resumed", key.Code, year, kind.ChineseName()));
            }

            if (!reopened.TryGetValue(index, out var builder))
            {
                builder = new DepartmentBuilder();
                builder.MoveTo(index);
                builder.Load(documents[index]!, names);
                documents[index] = null;
                reopened.Add(index, builder);
            }

            current = builder;
            return;
        }

        if (name.IsEmpty)
        {
            throw Error(T("Dataset.NoName"));
        }

        index = documents.Count;
        documents.Add(null);
        done.Add(false);
        departmentIndex.Add(key, index);
        reusable.Reset(year, kind, key.Code, name.ToString(), line, index);
        current = reusable;
    }

    private void FinishCurrent()
    {
        if (current is null)
        {
            return;
        }

        // Streamed, a department is whole when it does not resume later or its last line has been read.
        var whole = resuming is not null && currentRemaining <= 0;
        if (ReferenceEquals(current, reusable))
        {
            documents[reusable.Index] = reusable.Build(shapes, names);
        }
        else if (whole)
        {
            documents[current.Index] = current.Build(shapes, names);
            reopened.Remove(current.Index);
        }

        if (whole)
        {
            done[current.Index] = true;
        }
        else if (resuming is not null)
        {
            resuming[currentKey] = currentRemaining;
        }

        current = null;
    }

    private TableBuilder ReadTable(DepartmentBuilder department, ReadOnlySpan<char> name, ReadOnlySpan<char> unitText)
    {
        var table = department.LastTable;
        if (table is null || !name.SequenceEqual(table.RawName))
        {
            var (kind, rawName) = ResolveTable(name);
            table = department.FindTable(kind);
            if (table is null)
            {
                table = department.AddTable(kind, rawName, ReadUnit(unitText), line);
            }
            else
            {
                table.RawName = rawName;
            }

            department.LastTable = table;
        }

        if (!unitText.SequenceEqual(table.Unit.Symbol()))
        {
            var unit = ReadUnit(unitText);
            throw Error(T("Dataset.OtherUnit", table.Kind.CanonicalName, Describe(department), table.Unit.Symbol(), On(table.UnitLine), unit.Symbol()));
        }

        return table;
    }

    private (TableKind Kind, string RawName) ResolveTable(ReadOnlySpan<char> name)
    {
        var lookup = tableKinds.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(name, out var rawName, out var kind))
        {
            rawName = name.ToString();
            kind = TableKind.FromName(rawName) ?? TableKind.FromTitle(rawName);
            tableKinds.Add(rawName, kind);
        }

        return kind is null
            ? throw Error(T("Dataset.Table", name.ToString()))
            : (kind, rawName);
    }

    private MoneyUnit ReadUnit(ReadOnlySpan<char> text) => text switch
    {
        "元" => MoneyUnit.Yuan,
        "万元" => MoneyUnit.TenThousandYuan,
        "亿元" => MoneyUnit.HundredMillionYuan,
        _ => throw Error(T("Dataset.Unit", text.ToString())),
    };

    private ColumnRef ReadColumn(TableBuilder table, ReadOnlySpan<char> text)
    {
        var lookup = columns.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var column))
        {
            if (text.IsEmpty)
            {
                throw Error(T("Dataset.NoColumn"));
            }

            var raw = text.ToString();
            var (side, name) = DatasetColumnName.Split(raw);
            var canonical = name.Length == 0 ? name : ColumnNames.Canonical(name);
            if (canonical.Length == 0)
            {
                throw Error(T("Dataset.Column", raw.ToString()));
            }

            column = new ColumnRef(side, names.Id(canonical), raw);
            columns.Add(raw, column);
        }

        if (table.Kind.IsTwoSided && column.Side == TableSide.None)
        {
            throw Error(T("Dataset.TwoSides", table.Kind.CanonicalName, column.Text));
        }

        if (!table.Kind.IsTwoSided && column.Side != TableSide.None)
        {
            throw Error(T("Dataset.OneSide", table.Kind.CanonicalName, column.Text));
        }

        return column;
    }

    private int ReadRow(TableBuilder table, ReadOnlySpan<char> codeText, ReadOnlySpan<char> label, TableSide side)
    {
        int index;
        if (codeText.IsEmpty)
        {
            var occurrence = SplitOccurrence(ref label, "row_name");

            // Lines usually give a row's cells one after another: try the last row by its label before hashing it.
            index = table.LastRow;
            if (index >= 0)
            {
                ref readonly var last = ref table.RowAt(index);
                if (last.Code is null && last.Side == side && last.Key.Occurrence == occurrence && label.SequenceEqual(names[last.LabelId]))
                {
                    return index;
                }
            }

            return table.Row(null, names.Id(label), side, occurrence, line);
        }

        var n = SplitOccurrence(ref codeText, "row_code");
        var code = ReadCode(codeText);
        index = table.FindRow(TableBuilder.KeyOf(code, -1, side, n));
        if (index < 0)
        {
            return table.Row(code, names.Id(label), side, n, line);
        }

        ref readonly var row = ref table.RowAt(index);
        if (!label.SequenceEqual(names[row.LabelId]))
        {
            throw Error(T("Dataset.OtherRowName", code, table.Kind.CanonicalName, names[row.LabelId], On(row.Line), label.ToString()));
        }

        return index;
    }

    // A row key may end in #n: the n-th row of a table side with that code or label (see DatasetCsv).
    private int SplitOccurrence(ref ReadOnlySpan<char> key, string field)
    {
        var hash = key.LastIndexOf('#');
        if (hash < 0 || hash == key.Length - 1 || key[(hash + 1)..].ContainsAnyExceptInRange('0', '9'))
        {
            return 1;
        }

        if (!int.TryParse(key[(hash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            throw Error(T("Dataset.Occurrence", field, key.ToString()));
        }

        key = key[..hash];
        return n;
    }

    private ClassificationCode ReadCode(ReadOnlySpan<char> text)
    {
        // Codes repeat on every line: look a well-formed one up by its number before parsing it as text.
        if (text.Length is 3 or 5 or 7 && !text.ContainsAnyExceptInRange('0', '9'))
        {
            var value = 0;
            foreach (var digit in text)
            {
                value = (value * 10) + (digit - '0');
            }

            if (codes.TryGetValue((value * 8) + text.Length, out var known))
            {
                return known;
            }
        }

        if (!ClassificationCode.TryParse(text.ToString(), out var code, out var error))
        {
            throw Error(T("Dataset.RowCode", error));
        }

        codes.Add(TableBuilder.Pack(code), code);
        return code;
    }

    private string RowText(TableBuilder table, int row)
    {
        ref readonly var entry = ref table.RowAt(row);
        var key = entry.Code?.ToString() ?? names[entry.LabelId];
        return entry.Side == TableSide.None ? key : $"{DatasetColumnName.SideName(entry.Side)}:{key}";
    }

    private static string Describe(DepartmentBuilder department) =>
        $"{department.Code} ({department.Year} {department.Kind.ChineseName()})";

    private static string On(int line) => line > 0 ? T("Dataset.OnLine", line) : string.Empty;

    private DatasetFormatException Error(string problem) => new(source, line, problem);


    private readonly record struct ColumnRef(TableSide Side, int NameId, string Text);
}
