using GovBudget.Amounts;
using GovBudget.Documents;

namespace GovBudget.Datasets;

/// <summary>
/// A document stored for speed: its shape plus one int64 fixed-point value (<see cref="Amount.Raw"/>, in the table's
/// unit) and one printed scale per cell. A blank cell has value 0 and scale <see cref="Blank"/>. Checking a dataset of
/// many departments works on these arrays; <see cref="ToDisclosure"/> gives the object model back.
/// </summary>
public sealed class DenseDocument
{
    /// <summary>The scale that marks a blank cell.</summary>
    internal const byte Blank = byte.MaxValue;

    /// <summary>Creates a dense document; <paramref name="values"/> and <paramref name="scales"/> have one entry per slot.</summary>
    /// <exception cref="ArgumentException">The arrays do not match the shape.</exception>
    internal DenseDocument(Department department, FiscalYear year, DisclosureKind kind, DocumentShape shape, long[] values, byte[] scales)
    {
        ArgumentNullException.ThrowIfNull(department);
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(scales);
        if (values.Length != shape.SlotCount || scales.Length != shape.SlotCount)
        {
            throw new ArgumentException($"the shape has {shape.SlotCount} cells; found {values.Length} values and {scales.Length} scales");
        }

        Department = department;
        Year = year;
        Kind = kind;
        Shape = shape;
        Values = values;
        Scales = scales;
    }

    /// <summary>The department.</summary>
    public Department Department { get; }

    /// <summary>The year.</summary>
    public FiscalYear Year { get; }

    /// <summary>预算 or 决算.</summary>
    public DisclosureKind Kind { get; }

    /// <summary>The layout.</summary>
    public DocumentShape Shape { get; }

    /// <summary>One value per slot: ten-thousandths of the table's unit; 0 for a blank cell.</summary>
    internal long[] Values { get; }

    /// <summary>
    /// The values, read only, one per cell: table after table in the order of <see cref="ToDisclosure"/>'s tables, each
    /// row by row (cell (r, c) of a table of n columns is at the table's first slot + r × n + c), in ten-thousandths of
    /// the table's unit (63994.00 is 639940000); 0 for a blank cell.
    /// </summary>
    public ReadOnlySpan<long> RawValues => Values;

    /// <summary>One printed scale per slot (0–4), or <see cref="Blank"/>.</summary>
    internal byte[] Scales { get; }

    /// <summary>The dense form of a document. Text cells (in procurement or performance tables) are not kept: their slots are blank.</summary>
    public static DenseDocument FromDisclosure(Disclosure document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var shape = DocumentShape.Of(document);
        var values = new long[shape.SlotCount];
        var scales = new byte[shape.SlotCount];
        Array.Fill(scales, Blank);
        for (var t = 0; t < document.Tables.Length; t++)
        {
            var table = document.Tables[t];
            var layout = shape.Tables[t];
            for (var r = 0; r < table.Rows.Length; r++)
            {
                for (var c = 0; c < table.Columns.Length; c++)
                {
                    if (table.Rows[r].Cells[c].Number is { } amount)
                    {
                        var slot = layout.Slot(r, c);
                        values[slot] = amount.Raw;
                        scales[slot] = (byte)amount.Scale;
                    }
                }
            }
        }

        return new DenseDocument(document.Department, document.Year, document.Kind, shape, values, scales);
    }

    /// <summary>The object model of this document (no narrative).</summary>
    public Disclosure ToDisclosure()
    {
        var tables = Shape.Tables.Select(t => new BudgetTable(
            t.Kind, t.Title, t.Unit, t.Columns,
            t.Rows.Select((r, ri) => new TableRow(r.Number, r.Code, r.Label, r.Side,
                [.. Enumerable.Range(0, t.Columns.Length).Select(c => CellAt(t.Slot(ri, c)))], r.Line, r.Page) { Depth = r.Depth })));
        return new Disclosure(Department, Year, Kind, tables, [], Department.Code);
    }

    private Cell CellAt(int slot) =>
        Scales[slot] == Blank ? Cell.Blank : Cell.FromNumber(Amount.FromRaw(Values[slot], Scales[slot]));
}
