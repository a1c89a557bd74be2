using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Documents;
using GovBudget.Import;
using NodaTime.Text;

namespace GovBudget.Serialization;

/// <summary>Reading: every value is checked before it is used, so that hostile input is a located format error.</summary>
public static partial class DisclosureJson
{
    private const string UnnamedSource = "<json>";

    /// <summary>Reads a document written by <see cref="Serialize(Disclosure)"/>.</summary>
    /// <exception cref="DisclosureFormatException">
    /// The text is not JSON or not a disclosure: the message names the line, the column and the JSON path
    /// (<c>$.tables[2].rows[5].cells[1]</c>), what was expected there and what was found.
    /// </exception>
    public static Disclosure Deserialize(string json) => Deserialize(json, UnnamedSource);

    /// <summary>The largest GovBudget JSON file read (64 MiB, as for a disclosure's text).</summary>
    internal const long MaxBytes = DisclosureTextReader.MaxBytes;

    /// <summary>Reads a GovBudget JSON file: a regular file of at most <see cref="MaxBytes"/>, checked before it is read.</summary>
    /// <exception cref="DisclosureFormatException">The file is refused, too large, or not a disclosure.</exception>
    internal static Disclosure ReadFile(string path)
    {
        var (name, bytes) = SourceFile.Read(path, MaxBytes, GovBudget.Localization.CoreTexts.T("Input.Limit.Json"));
        return Deserialize(new System.Text.UTF8Encoding(false).GetString(bytes), name);
    }

    /// <summary>Reads a document written by <see cref="Serialize(Disclosure)"/>; errors name <paramref name="sourceName"/>.</summary>
    /// <exception cref="DisclosureFormatException">The text is not JSON or not a disclosure.</exception>
    internal static Disclosure Deserialize(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        var (parsed, utf8) = JsonSyntaxError.Parse(sourceName, json);
        using (parsed)
        {
            var root = new JsonCursor(parsed.RootElement, JsonReadPath.Root(sourceName, utf8)).Object("a GovBudget document");
            if (root.Property("document") is { } inner)
            {
                root = inner.Object("the document of an import result");
            }

            return ReadDocument(root);
        }
    }

    private static Disclosure ReadDocument(JsonCursor e)
    {
        var dept = e.Required("department", "an object", "the department").Object("the department");
        var department = new Department(dept.OptionalString("code", "the department's code"), dept.RequiredString("name", "the department's name"));
        var yearAt = e.Required("year", "a number", "the fiscal year");
        var year = ReadYear(yearAt, yearAt.Int("the fiscal year"));
        var kindAt = e.Required("kind", "a string", "预算 or 决算");
        var kindName = kindAt.String("预算 or 决算");
        if (!DisclosureKinds.TryParse(kindName, out var kind))
        {
            throw kindAt.Error($"expected 预算 or 决算 (the disclosure's kind), found '{kindName}'");
        }

        var tables = e.RequiredArray("tables", "the tables").Select(ReadTable).ToList();
        var narrative = e.RequiredArray("narrative", "the narrative sections").Select(ReadSection).ToList();
        // contents, unreadTables and sources came later: a document written before them has none.
        return new Disclosure(department, year, kind, tables, narrative, e.OptionalString("source", "the source file's name"))
        {
            Contents = [.. e.OptionalArray("contents", "the table of contents").Select(c => c.Object("an entry of the table of contents")).Select(c =>
                new ContentsEntry(c.RequiredString("title", "the entry's title"), Page(c), c.RequiredInt("line", "the entry's line"),
                    c.OptionalInt("printedPage", "the page number printed in the entry")))],
            UnreadTables = [.. e.OptionalArray("unreadTables", "the tables that could not be read").Select(u => u.Object("a table that could not be read")).Select(u =>
                new UnreadTable(u.RequiredString("title", "the table's title"), Page(u), u.RequiredInt("line", "the table's line")))],
            Sources = [.. e.OptionalArray("sources", "the source files").Select(f => f.String("a source file's name"))],
        };
    }

    private static FiscalYear ReadYear(JsonCursor at, int year)
    {
        try
        {
            return new FiscalYear(year);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw at.Error($"expected a fiscal year from 1950 to 2200, found {year}");
        }
    }

    private static NarrativeSection ReadSection(JsonCursor s)
    {
        s = s.Object("a narrative section");
        return new NarrativeSection(
            s.OptionalString("number", "the section's ordinal"),
            s.RequiredString("title", "the section's title"),
            s.RequiredString("text", "the section's text"),
            s.RequiredInt("line", "the section's line"),
            Page(s))
        {
            PageStarts = [.. s.OptionalArray("pageStarts", "where the section's pages start").Select(p => p.Object("where a page starts"))
                .Select(p => (p.RequiredInt("offset", "the offset in the text"), p.RequiredInt("page", "the page")))],
        };
    }

    private static BudgetTable ReadTable(JsonCursor t)
    {
        t = t.Object("a table");
        var kindAt = t.Required("kind", "a string", "the table's kind");
        var kindName = kindAt.String("the table's kind");
        var kind = TableKind.All.FirstOrDefault(k => k.CanonicalName == kindName)
            ?? throw kindAt.Error($"unknown table kind '{kindName}' (expected the name of a table kind, such as 收支总表)");
        MoneyUnit? unit = null;
        if (t.OptionalString("unit", "the table's unit") is { } u)
        {
            unit = MoneyUnits.TryParse(u, out var parsed) ? parsed : throw t.Property("unit")!.Value.Error($"expected a money unit such as 元 or 万元, found '{u}'");
        }

        NodaTime.LocalDate? asOf = null;
        if (t.OptionalString("asOf", "the date the table is as of") is { } a)
        {
            var date = LocalDatePattern.Iso.Parse(a);
            asOf = date.Success ? date.Value : throw t.Property("asOf")!.Value.Error($"expected a date as yyyy-MM-dd (the date the table is as of), found '{a}'");
        }

        var columns = t.RequiredArray("columns", "the table's columns").Select(c => c.Object("a column")).Select(c => new TableColumn(
            c.RequiredString("name", "the column's name"),
            c.RequiredString("printedName", "the column's printed name"),
            c.OptionalInt("number", "the column's 栏次"),
            c.OptionalString("group", "the column's group"),
            ReadSide(c),
            ReadType(c))).ToList();
        var rows = t.RequiredArray("rows", "the table's rows").Select(r => ReadRow(r, columns.Count)).ToList();
        var notes = t.RequiredArray("notes", "the table's notes").Select(x => x.IsNull ? string.Empty : x.String("a note")).ToList();
        return new BudgetTable(kind, t.RequiredString("title", "the table's printed title"), unit, columns, rows, notes, asOf,
            t.RequiredInt("line", "the table's line"), Page(t))
        {
            Signs = ReadSigns(t, columns.Count),
            PrintedYear = t.OptionalInt("printedYear", "the year the table's title prints"),
            PrintedDepartment = t.OptionalString("printedDepartment", "the department the table's title prints"),
            PreparedBy = t.OptionalString("preparedBy", "the department the table's 编制部门 line prints"),
        };
    }

    private static TableRow ReadRow(JsonCursor r, int columns)
    {
        r = r.Object("a row");
        var number = r.OptionalInt("number", "the row's 栏次");
        ClassificationCode? code = null;
        if (r.OptionalString("code", "the row's classification code") is { } text)
        {
            code = ClassificationCode.TryParse(text, out var parsed, out var error) ? parsed : throw r.Property("code")!.Value.Error(error);
        }

        var label = r.RequiredString("label", "the row's label");
        var side = ReadSide(r);
        var cellsAt = r.Required("cells", "an array", "the row's cells");
        ImmutableArray<Cell> cells = [.. cellsAt.Items("the row's cells").Select(ReadCell)];
        if (cells.Length != columns)
        {
            throw cellsAt.Error($"expected {columns} cells (one for each column of the table), found {cells.Length}");
        }

        return new TableRow(number, code, label, side, cells, r.RequiredInt("line", "the row's line"), Page(r))
        {
            Depth = r.OptionalInt("depth", "the row's depth in an outline") ?? 0,
            Signs = ReadSigns(r, columns),
            MisprintedCode = r.OptionalString("misprintedCode", "what the row's code column prints when it is no valid code"),
        };
    }

    private static Cell ReadCell(JsonCursor c) => c.Kind switch
    {
        JsonValueKind.Null => Cell.Blank,
        JsonValueKind.Number => Amount.TryParse(c.Value.GetRawText(), out var amount, out var error)
            ? Cell.FromNumber(amount)
            : throw c.Error(error),
        JsonValueKind.String => Cell.FromText(c.String("a cell's text")),
        _ => throw c.Expected("a number, a string or null", "a cell"),
    };

    private static ImmutableArray<ReadingSign> ReadSigns(JsonCursor e, int columns) =>
        [.. e.OptionalArray("signs", "the signs of an uncertain reading").Select(s => s.Object("a reading sign")).Select(s =>
        {
            var kindAt = s.Required("kind", "a string", "the sign's kind");
            var name = kindAt.String("the sign's kind");
            if (!ReadingSign.TryParseKind(name, out var kind))
            {
                throw kindAt.Error($"unknown reading sign kind '{name}'");
            }

            var column = s.OptionalInt("column", "the sign's column");
            if (column is < 0 || column >= columns)
            {
                throw s.Property("column")!.Value.Error($"reading sign '{name}': column {column} is not one of the table's {columns} columns");
            }

            return new ReadingSign(kind, s.RequiredString("explanation", "the sign's explanation"), Page(s), column);
        })];

    private static TableSide ReadSide(JsonCursor e) => e.OptionalString("side", "收入, 支出 or null") switch
    {
        null => TableSide.None,
        "收入" => TableSide.Income,
        "支出" => TableSide.Expenditure,
        var side => throw e.Property("side")!.Value.Error($"expected 收入, 支出 or null (the side), found '{side}'"),
    };

    private static ColumnType ReadType(JsonCursor e) => e.RequiredString("type", "amount, quantity or text") switch
    {
        "amount" => ColumnType.Amount,
        "quantity" => ColumnType.Quantity,
        "text" => ColumnType.Text,
        var type => throw e.Property("type")!.Value.Error($"expected amount, quantity or text (the column's type), found '{type}'"),
    };

    // "page" came with PDF input; JSON written before it has none (0: no pages).
    private static int Page(JsonCursor e) => e.OptionalInt("page", "the page") ?? 0;
}
