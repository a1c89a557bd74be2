using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Documents;
using GovBudget.Import;
using NodaTime;
using NodaTime.Text;

namespace GovBudget.Serialization;

/// <summary>
/// Writes a disclosure as JSON and reads it back exactly. Amounts are JSON numbers in the table's unit, printed as in
/// the document (65559.38, 63994.00, 6.2); a blank cell is null; codes are strings; each table carries its kind's
/// canonical name and its printed title. The signs of an uncertain reading a table or row carries are kept as
/// <c>"signs"</c>, only where there are some.
/// </summary>
public static class DisclosureJson
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
    public static string Serialize(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("document");
            WriteDocument(w, result.Document);
            w.WritePropertyName("notices");
            WriteNotices(w, result.Notices);
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
    public static void WriteAmount(Utf8JsonWriter writer, Amount amount)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(amount.ToDecimal()); // decimal keeps the printed scale: 63994.00 stays 63994.00
    }

    /// <summary>Reads a document written by <see cref="Serialize(Disclosure)"/>.</summary>
    /// <exception cref="JsonException">The JSON is not a disclosure; the message says which property is wrong.</exception>
    public static Disclosure Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("document", out var inner))
        {
            root = inner;
        }

        return ReadDocument(root);
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

    private static ImmutableArray<ReadingSign> ReadSigns(JsonElement e, int columns)
    {
        if (!e.TryGetProperty("signs", out var signs) || signs.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (signs.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("'signs' must be an array of {\"kind\", \"explanation\", \"page\", \"column\"}");
        }

        return [.. signs.EnumerateArray().Select(s =>
        {
            var name = RequiredString(s, "kind");
            if (!ReadingSign.TryParseKind(name, out var kind))
            {
                throw new JsonException($"unknown reading sign kind '{name}'");
            }

            int? column = s.TryGetProperty("column", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : null;
            if (column is < 0 || column >= columns)
            {
                throw new JsonException($"reading sign '{name}': column {column} is not one of the table's {columns} columns");
            }

            return new ReadingSign(kind, RequiredString(s, "explanation"), Page(s), column);
        })];
    }

    private static Disclosure ReadDocument(JsonElement e)
    {
        var dept = Required(e, "department");
        var department = new Department(OptionalString(dept, "code"), RequiredString(dept, "name"));
        var year = new FiscalYear(Required(e, "year").GetInt32());
        if (!DisclosureKinds.TryParse(RequiredString(e, "kind"), out var kind))
        {
            throw new JsonException("'kind' must be 预算 or 决算");
        }

        var tables = Required(e, "tables").EnumerateArray().Select(ReadTable).ToList();
        var narrative = Required(e, "narrative").EnumerateArray().Select(s => new NarrativeSection(
            OptionalString(s, "number"), RequiredString(s, "title"), RequiredString(s, "text"), Required(s, "line").GetInt32(), Page(s))
        {
            PageStarts = s.TryGetProperty("pageStarts", out var starts) && starts.ValueKind == JsonValueKind.Array
                ? [.. starts.EnumerateArray().Select(p => (Required(p, "offset").GetInt32(), Required(p, "page").GetInt32()))]
                : [],
        }).ToList();
        // contents and unreadTables came later: a document written before them has neither.
        return new Disclosure(department, year, kind, tables, narrative, OptionalString(e, "source"))
        {
            Contents = [.. OptionalArray(e, "contents").Select(c => new ContentsEntry(RequiredString(c, "title"), Page(c),
                Required(c, "line").GetInt32(), c.TryGetProperty("printedPage", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : null))],
            UnreadTables = [.. OptionalArray(e, "unreadTables").Select(u => new UnreadTable(RequiredString(u, "title"), Page(u), Required(u, "line").GetInt32()))],
            Sources = [.. OptionalArray(e, "sources").Select(f => f.GetString() ?? throw new JsonException("'sources' lists file names"))],
        };
    }

    private static BudgetTable ReadTable(JsonElement t)
    {
        var kindName = RequiredString(t, "kind");
        var kind = TableKind.All.FirstOrDefault(k => k.CanonicalName == kindName)
            ?? throw new JsonException($"unknown table kind '{kindName}'");
        MoneyUnit? unit = null;
        if (OptionalString(t, "unit") is { } u)
        {
            unit = MoneyUnits.TryParse(u, out var parsed) ? parsed : throw new JsonException($"unknown unit '{u}'");
        }

        LocalDate? asOf = OptionalString(t, "asOf") is { } a ? LocalDatePattern.Iso.Parse(a).GetValueOrThrow() : null;
        var columns = Required(t, "columns").EnumerateArray().Select(c => new TableColumn(
            RequiredString(c, "name"),
            RequiredString(c, "printedName"),
            c.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : null,
            OptionalString(c, "group"),
            ParseSide(OptionalString(c, "side")),
            ParseType(RequiredString(c, "type")))).ToList();
        var rows = Required(t, "rows").EnumerateArray().Select(r => new TableRow(
            r.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : null,
            OptionalString(r, "code") is { } code ? ClassificationCode.Parse(code) : null,
            RequiredString(r, "label"),
            ParseSide(OptionalString(r, "side")),
            [.. Required(r, "cells").EnumerateArray().Select(ReadCell)],
            Required(r, "line").GetInt32(),
            Page(r))
        {
            Depth = r.TryGetProperty("depth", out var depth) && depth.ValueKind == JsonValueKind.Number ? depth.GetInt32() : 0,
            Signs = ReadSigns(r, columns.Count),
        }).ToList();
        var notes = Required(t, "notes").EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList();
        return new BudgetTable(kind, RequiredString(t, "title"), unit, columns, rows, notes, asOf, Required(t, "line").GetInt32(), Page(t))
        {
            Signs = ReadSigns(t, columns.Count),
        };
    }

    private static Cell ReadCell(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => Cell.Blank,
        JsonValueKind.Number => Amount.TryParse(e.GetRawText(), out var amount, out var error)
            ? Cell.FromNumber(amount)
            : throw new JsonException($"cell {e.GetRawText()}: {error}"),
        JsonValueKind.String => Cell.FromText(e.GetString()),
        _ => throw new JsonException($"a cell is a number, a string or null, not {e.ValueKind}"),
    };

    private static string? SideName(TableSide side) => side switch
    {
        TableSide.Income => "收入",
        TableSide.Expenditure => "支出",
        _ => null,
    };

    private static TableSide ParseSide(string? side) => side switch
    {
        null => TableSide.None,
        "收入" => TableSide.Income,
        "支出" => TableSide.Expenditure,
        _ => throw new JsonException($"'side' must be 收入, 支出 or null, not '{side}'"),
    };

    private static string TypeName(ColumnType type) => type switch
    {
        ColumnType.Quantity => "quantity",
        ColumnType.Text => "text",
        _ => "amount",
    };

    private static ColumnType ParseType(string type) => type switch
    {
        "amount" => ColumnType.Amount,
        "quantity" => ColumnType.Quantity,
        "text" => ColumnType.Text,
        _ => throw new JsonException($"'type' must be amount, quantity or text, not '{type}'"),
    };

    private static IEnumerable<JsonElement> OptionalArray(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    private static JsonElement Required(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v)
            ? v
            : throw new JsonException($"missing property '{name}'");

    private static string RequiredString(JsonElement e, string name) =>
        Required(e, name).GetString() ?? throw new JsonException($"property '{name}' must be a string");

    // "page" came with PDF input; JSON written before it has none (0: no pages).
    private static int Page(JsonElement e) =>
        e.TryGetProperty("page", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : 0;

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
