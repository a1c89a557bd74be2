using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Import;
using NodaTime.Text;

namespace GovBudget.Serialization;

/// <summary>
/// Writes a disclosure as JSON and reads it back exactly. Amounts are JSON numbers in the table's unit, printed as in
/// the document (65559.38, 63994.00, 6.2); a blank cell is null; codes are strings; each table carries its kind's
/// canonical name and its printed title, and the year and department the title prints (<c>"printedYear"</c>,
/// <c>"printedDepartment"</c>, only where it prints them). The signs of an uncertain reading a table or row carries are kept as
/// <c>"signs"</c>, only where there are some; a row's misprinted code as <c>"misprintedCode"</c>, only where printed.
/// </summary>
public static partial class DisclosureJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep Chinese readable; output is never embedded in HTML
    };

    /// <summary>The document as indented JSON.</summary>
    public static string Serialize(Disclosure document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Write(w => WriteDocument(w, document));
    }

    /// <summary>An import result as JSON: <c>{"document": …, "notices": [{"source", "line", "message"}]}</c>.</summary>
    public static string Serialize(ImportResult result) => Serialize(result, more: null);

    /// <summary>
    /// An import result as JSON, with the properties <paramref name="more"/> writes after the notices (a tool adds its
    /// own, as <c>govbudget import</c> adds <c>"coverage"</c>).
    /// </summary>
    public static string Serialize(ImportResult result, Action<Utf8JsonWriter>? more)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("document");
            WriteDocument(w, result.Document);
            w.WritePropertyName("notices");
            WriteNotices(w, result.Notices);
            more?.Invoke(w);
            w.WriteEndObject();
        });
    }

    /// <summary>Writes notices as a JSON array of <c>{"source", "line", "message"}</c>.</summary>
    public static void WriteNotices(Utf8JsonWriter writer, IEnumerable<ImportNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(notices);
        writer.WriteStartArray();
        foreach (var n in notices)
        {
            writer.WriteStartObject();
            writer.WriteString("source", n.Source);
            writer.WriteNumber("line", n.Line);
            writer.WriteNumber("page", n.Page);
            writer.WriteString("message", n.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes an amount as a JSON number exactly as printed (63994.00 stays 63994.00).</summary>
    internal static void WriteAmount(Utf8JsonWriter writer, Amount amount)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(amount.ToDecimal()); // decimal keeps the printed scale: 63994.00 stays 63994.00
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            body(w);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteDocument(Utf8JsonWriter w, Disclosure d)
    {
        w.WriteStartObject();
        w.WriteString("source", d.Source);
        if (!d.Sources.IsEmpty)
        {
            w.WriteStartArray("sources");
            foreach (var file in d.Sources)
            {
                w.WriteStringValue(file);
            }

            w.WriteEndArray();
        }

        w.WriteStartObject("department");
        w.WriteString("code", d.Department.Code);
        w.WriteString("name", d.Department.Name);
        w.WriteEndObject();
        w.WriteNumber("year", d.Year.Year);
        w.WriteString("kind", d.Kind.ChineseName());
        w.WriteStartArray("tables");
        foreach (var t in d.Tables)
        {
            WriteTable(w, t);
        }

        w.WriteEndArray();
        w.WriteStartArray("narrative");
        foreach (var s in d.Narrative)
        {
            w.WriteStartObject();
            w.WriteString("number", s.Number);
            w.WriteString("title", s.Title);
            w.WriteNumber("line", s.Line);
            w.WriteNumber("page", s.Page);
            w.WriteString("text", s.Text);
            w.WriteStartArray("pageStarts");
            foreach (var (offset, page) in s.PageStarts)
            {
                w.WriteStartObject();
                w.WriteNumber("offset", offset);
                w.WriteNumber("page", page);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("contents");
        foreach (var c in d.Contents)
        {
            w.WriteStartObject();
            w.WriteString("title", c.Title);
            w.WriteNumber("page", c.Page);
            w.WriteNumber("line", c.Line);
            if (c.PrintedPage is { } printed)
            {
                w.WriteNumber("printedPage", printed);
            }
            else
            {
                w.WriteNull("printedPage");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("unreadTables");
        foreach (var u in d.UnreadTables)
        {
            w.WriteStartObject();
            w.WriteString("title", u.Title);
            w.WriteNumber("page", u.Page);
            w.WriteNumber("line", u.Line);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter w, BudgetTable t)
    {
        w.WriteStartObject();
        w.WriteString("kind", t.Kind.CanonicalName);
        w.WriteString("title", t.Title);
        if (t.PrintedYear is { } year)
        {
            w.WriteNumber("printedYear", year); // as the title prints it, kept for checks of its own
        }

        if (t.PrintedDepartment is { } department)
        {
            w.WriteString("printedDepartment", department);
        }

        if (t.PreparedBy is { } preparedBy)
        {
            w.WriteString("preparedBy", preparedBy); // the table's 编制部门 line
        }

        w.WriteString("unit", t.Unit?.Symbol());
        w.WriteString("asOf", t.AsOf is { } d ? LocalDatePattern.Iso.Format(d) : null);
        w.WriteNumber("line", t.Line);
        w.WriteNumber("page", t.Page);
        w.WriteStartArray("columns");
        foreach (var c in t.Columns)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WriteString("printedName", c.PrintedName);
            if (c.Number is { } n)
            {
                w.WriteNumber("number", n);
            }
            else
            {
                w.WriteNull("number");
            }

            w.WriteString("group", c.Group);
            w.WriteString("side", SideName(c.Side));
            w.WriteString("type", TypeName(c.Type));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("rows");
        foreach (var r in t.Rows)
        {
            w.WriteStartObject();
            if (r.Number is { } n)
            {
                w.WriteNumber("number", n);
            }
            else
            {
                w.WriteNull("number");
            }

            w.WriteString("code", r.Code?.ToString());
            w.WriteString("label", r.Label);
            w.WriteString("side", SideName(r.Side));
            w.WriteNumber("line", r.Line);
            w.WriteNumber("page", r.Page);
            if (r.Depth != 0)
            {
                w.WriteNumber("depth", r.Depth); // only in an outline, so that flat tables read as before
            }

            if (r.MisprintedCode is { } misprint)
            {
                w.WriteString("misprintedCode", misprint); // only where printed, as depth
            }

            WriteSigns(w, r.Signs);

            w.WriteStartArray("cells");
            foreach (var cell in r.Cells)
            {
                switch (cell.Kind)
                {
                    case CellKind.Number:
                        WriteAmount(w, cell.Number!.Value);
                        break;
                    case CellKind.Text:
                        w.WriteStringValue(cell.Text);
                        break;
                    default:
                        w.WriteNullValue();
                        break;
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("notes");
        foreach (var note in t.Notes)
        {
            w.WriteStringValue(note);
        }

        w.WriteEndArray();
        WriteSigns(w, t.Signs);
        w.WriteEndObject();
    }

    // "signs": [{"kind", "explanation", "page", "column"?}], only where the reader recorded some, so that a table read
    // cleanly reads as before.
    private static void WriteSigns(Utf8JsonWriter w, IReadOnlyCollection<ReadingSign> signs)
    {
        if (signs.Count == 0)
        {
            return;
        }

        w.WriteStartArray("signs");
        foreach (var sign in signs)
        {
            w.WriteStartObject();
            w.WriteString("kind", sign.KindName);
            w.WriteString("explanation", sign.Explanation);
            w.WriteNumber("page", sign.Page);
            if (sign.Column is { } column)
            {
                w.WriteNumber("column", column);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string? SideName(TableSide side) => side switch
    {
        TableSide.Income => "收入",
        TableSide.Expenditure => "支出",
        _ => null,
    };

    private static string TypeName(ColumnType type) => type switch
    {
        ColumnType.Quantity => "quantity",
        ColumnType.Text => "text",
        _ => "amount",
    };
}
