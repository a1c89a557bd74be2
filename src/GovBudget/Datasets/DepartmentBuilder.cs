using GovBudget.Amounts;
using GovBudget.Documents;

namespace GovBudget.Datasets;

/// <summary>
/// Collects the facts of one department while a dataset is read, then lays them out in a <see cref="DenseDocument"/>.
/// The number of columns of a table is known only at the end, so facts are kept as (table, row, column) until then.
/// </summary>
internal sealed class DepartmentBuilder
{
    private readonly List<TableBuilder> tables = [];
    private readonly List<int> signature = [];
    private Fact[] facts = new Fact[512];
    private int factCount;

    public int Year { get; private set; }

    public DisclosureKind Kind { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    /// <summary>The first line of the department (0 when it was reopened from a finished document).</summary>
    public int FirstLine { get; private set; }

    /// <summary>The department's place in the dataset.</summary>
    public int Index { get; private set; }

    public int TableCount { get; private set; }

    /// <summary>The table the last line went to.</summary>
    public TableBuilder? LastTable { get; set; }

    public void Reset(int year, DisclosureKind kind, string code, string name, int line, int index)
    {
        Year = year;
        Kind = kind;
        Code = code;
        Name = name;
        FirstLine = line;
        Index = index;
        TableCount = 0;
        factCount = 0;
        LastTable = null;
    }

    public TableBuilder? FindTable(TableKind kind)
    {
        for (var i = 0; i < TableCount; i++)
        {
            if (tables[i].Kind == kind)
            {
                return tables[i];
            }
        }

        return null;
    }

    public TableBuilder AddTable(TableKind kind, string rawName, MoneyUnit unit, int line)
    {
        if (TableCount == tables.Count)
        {
            tables.Add(new TableBuilder());
        }

        var table = tables[TableCount];
        table.Reset(TableCount++, kind, rawName, unit, line);
        return table;
    }

    public void AddFact(int table, int row, int column, long value, byte scale, int line)
    {
        if (factCount == facts.Length)
        {
            Array.Resize(ref facts, facts.Length * 2);
        }

        facts[factCount++] = new Fact(table, row, column, line, value, scale);
    }

    /// <summary>The line of the fact given earlier for a cell, or 0.</summary>
    public int LineOf(int table, int row, int column)
    {
        for (var i = 0; i < factCount; i++)
        {
            ref readonly var f = ref facts[i];
            if (f.Table == table && f.Row == row && f.Column == column)
            {
                return f.Line;
            }
        }

        return 0;
    }

    /// <summary>Lays the facts out; the shape comes from <paramref name="shapes"/>, shared with every department of
    /// the same layout.</summary>
    public DenseDocument Build(ShapeInterner shapes, NamePool names)
    {
        signature.Clear();
        for (var t = 0; t < TableCount; t++)
        {
            var table = tables[t];
            signature.Add(table.KindIndex);
            signature.Add((int)table.Unit);
            signature.Add(table.ColumnCount);
            signature.Add(table.RowCount);
            for (var c = 0; c < table.ColumnCount; c++)
            {
                ref readonly var column = ref table.ColumnAt(c);
                signature.Add((int)column.Side);
                signature.Add(column.NameId);
            }

            for (var r = 0; r < table.RowCount; r++)
            {
                ref readonly var row = ref table.RowAt(r);
                signature.Add(row.Code is { } code ? TableBuilder.Pack(code) : 0);
                signature.Add(row.LabelId);
                signature.Add((int)row.Side);
            }
        }

        var shape = shapes.Intern(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(signature), (Builder: this, Names: names), s => s.Builder.BuildShape(s.Names));
        var values = new long[shape.SlotCount];
        var scales = new byte[shape.SlotCount];
        Array.Fill(scales, DenseDocument.Blank);
        for (var i = 0; i < factCount; i++)
        {
            ref readonly var f = ref facts[i];
            var slot = shape.Tables[f.Table].Slot(f.Row, f.Column);
            values[slot] = f.Value;
            scales[slot] = f.Scale;
        }

        return new DenseDocument(new Department(Code, Name), new FiscalYear(Year), Kind, shape, values, scales);
    }

    /// <summary>Starts again from a finished document, for a department whose lines resume after another's.</summary>
    public void Load(DenseDocument document, NamePool names)
    {
        Reset(document.Year.Year, document.Kind, document.Department.Code ?? string.Empty, document.Department.Name, 0, Index);
        foreach (var shape in document.Shape.Tables)
        {
            var table = AddTable(shape.Kind, shape.Kind.CanonicalName, shape.Unit ?? MoneyUnit.Yuan, 0);
            var t = TableCount - 1;
            var columnIndexes = new int[shape.Columns.Length];
            for (var c = 0; c < shape.Columns.Length; c++)
            {
                var column = shape.Columns[c];
                columnIndexes[c] = table.Column(column.Side, names.Id(column.Name), DatasetColumnName.Format(column.Side, column.Name));
            }

            var occurrences = new Dictionary<(string, bool, TableSide), int>();
            for (var r = 0; r < shape.Rows.Length; r++)
            {
                var row = shape.Rows[r];
                var key = (row.Code?.ToString() ?? row.Label, row.Code is null, row.Side);
                var occurrence = occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
                var index = table.Row(row.Code, names.Id(row.Label), row.Side, occurrence, 0);
                for (var c = 0; c < shape.Columns.Length; c++)
                {
                    var slot = shape.Slot(r, c);
                    if (document.Scales[slot] != DenseDocument.Blank)
                    {
                        table.Mark(index, columnIndexes[c]);
                        AddFact(t, index, columnIndexes[c], document.Values[slot], document.Scales[slot], 0);
                    }
                }
            }
        }
    }

    /// <summary>Sets the department's place (a reopened builder keeps the place of the document it reopens).</summary>
    public void MoveTo(int index) => Index = index;

    private DocumentShape BuildShape(NamePool names)
    {
        var shapes = new TableShape[TableCount];
        for (var t = 0; t < TableCount; t++)
        {
            var table = tables[t];
            var columns = new TableColumn[table.ColumnCount];
            for (var c = 0; c < columns.Length; c++)
            {
                ref readonly var column = ref table.ColumnAt(c);
                var name = names[column.NameId];
                columns[c] = new TableColumn(name, name, null, null, column.Side, DatasetColumnName.TypeOf(name));
            }

            var rows = new RowShape[table.RowCount];
            for (var r = 0; r < rows.Length; r++)
            {
                ref readonly var row = ref table.RowAt(r);
                rows[r] = new RowShape(null, row.Code, names[row.LabelId], row.Side);
            }

            shapes[t] = new TableShape(table.Kind, table.Kind.CanonicalName, table.Unit, columns, rows);
        }

        return new DocumentShape(shapes);
    }

    private readonly record struct Fact(int Table, int Row, int Column, int Line, long Value, byte Scale);
}
