using System.Collections.Immutable;
using System.Text;
using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Documents;

namespace GovBudget.Datasets;

/// <summary>
/// The layout of a document without its figures: its tables, their columns and rows, and where each cell lives in a
/// dense array. Departments that print the same tables and rows share one shape, so anything resolved per shape
/// (code → slot) is resolved once for all of them. Immutable.
/// </summary>
public sealed class DocumentShape : IEquatable<DocumentShape>
{
    /// <summary>Creates a shape; each table's cells follow the previous table's, row by row.</summary>
    internal DocumentShape(IEnumerable<TableShape> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var list = ImmutableArray.CreateBuilder<TableShape>();
        var offset = 0;
        foreach (var t in tables)
        {
            list.Add(t.WithOffset(offset));
            offset += t.Rows.Length * t.Columns.Length;
        }

        Tables = list.ToImmutable();
        SlotCount = offset;
        Key = BuildKey(Tables);
    }

    /// <summary>The tables in order.</summary>
    internal ImmutableArray<TableShape> Tables { get; }

    /// <summary>How many cells the shape has.</summary>
    internal int SlotCount { get; }

    /// <summary>A structural key: two shapes with the same key are the same layout.</summary>
    public string Key { get; }

    /// <summary>The first table of a kind, or null.</summary>
    internal TableShape? Table(TableKind kind) => Tables.FirstOrDefault(t => t.Kind == kind);

    /// <summary>The shape of a document.</summary>
    internal static DocumentShape Of(Disclosure document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentShape(document.Tables.Select(t => new TableShape(
            t.Kind, t.Title, t.Unit, t.Columns, t.Rows.Select(r => new RowShape(r.Number, r.Code, r.Label, r.Side, r.Line, r.Page) { Depth = r.Depth }))));
    }

    /// <inheritdoc/>
    public bool Equals(DocumentShape? other) => other is not null && Key == other.Key;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DocumentShape);

    /// <inheritdoc/>
    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    private static string BuildKey(ImmutableArray<TableShape> tables)
    {
        var b = new StringBuilder();
        foreach (var t in tables)
        {
            b.Append(t.Kind.CanonicalName).Append('|').Append(t.Title).Append('|').Append(t.Unit).Append('|');
            foreach (var c in t.Columns)
            {
                b.Append(c.Name).Append('/').Append(c.PrintedName).Append('/').Append(c.Side).Append('/').Append(c.Type).Append(';');
            }

            b.Append('|');
            foreach (var r in t.Rows)
            {
                b.Append(r.Code?.ToString() ?? r.Label).Append('/').Append(r.Label).Append('/').Append(r.Side).Append('/').Append(r.Depth).Append(';');
            }

            b.Append('\n');
        }

        return b.ToString();
    }
}

/// <summary>The layout of one table: kind, title, unit, columns, rows, and its first slot.</summary>
internal sealed class TableShape
{
    /// <summary>Creates a table layout.</summary>
    internal TableShape(TableKind kind, string title, MoneyUnit? unit, IEnumerable<TableColumn> columns, IEnumerable<RowShape> rows)
        : this(kind, title, unit, [.. columns], [.. rows], 0)
    {
    }

    private TableShape(TableKind kind, string title, MoneyUnit? unit, ImmutableArray<TableColumn> columns, ImmutableArray<RowShape> rows, int offset)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(title);
        Kind = kind;
        Title = title;
        Unit = unit;
        Columns = columns;
        Rows = rows;
        Offset = offset;
    }

    /// <summary>The table's kind.</summary>
    public TableKind Kind { get; }

    /// <summary>The title.</summary>
    internal string Title { get; }

    /// <summary>The unit.</summary>
    internal MoneyUnit? Unit { get; }

    /// <summary>The value columns.</summary>
    public ImmutableArray<TableColumn> Columns { get; }

    /// <summary>The rows.</summary>
    public ImmutableArray<RowShape> Rows { get; }

    /// <summary>The slot of the first cell (row 0, column 0).</summary>
    internal int Offset { get; }

    /// <summary>The slot of a cell.</summary>
    public int Slot(int row, int column) => Offset + (row * Columns.Length) + column;

    internal TableShape WithOffset(int offset) => new(Kind, Title, Unit, Columns, Rows, offset);
}

/// <summary>A row without its figures.</summary>
/// <param name="Number">The 序号.</param>
/// <param name="Code">The code, if any.</param>
/// <param name="Label">The label.</param>
/// <param name="Side">The side of a two-sided table.</param>
/// <param name="Line">The source line (0 when the row did not come from a file).</param>
/// <param name="Page">The page the row is printed on (0 when the source has no pages).</param>
internal sealed record RowShape(int? Number, ClassificationCode? Code, string Label, TableSide Side, int Line = 0, int Page = 0)
{
    /// <summary>How deep the row is nested in an outline (<see cref="TableRow.Depth"/>).</summary>
    internal int Depth { get; init; }
}
