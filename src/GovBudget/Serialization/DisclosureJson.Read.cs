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
            var root = new JsonCursor(parsed.RootElement, JsonReadPath.Root(sourceName, utf8)).Object("Json.What.AGovbudgetDocument");
            if (root.Property("document") is { } inner)
            {
                root = inner.Object("Json.What.TheDocumentOfAnImportResult");
            }

            return ReadDocument(root);
        }
    }

    private static Disclosure ReadDocument(JsonCursor e)
    {
        var dept = e.Required("department", JsonCursor.Kinds.Object, "Json.What.TheDepartment").Object("Json.What.TheDepartment");
        var department = new Department(dept.OptionalString("code", "Json.What.TheDepartmentSCode"), dept.RequiredString("name", "Json.What.TheDepartmentSName"));
        var yearAt = e.Required("year", JsonCursor.Kinds.Number, "Json.What.TheFiscalYear");
        var year = ReadYear(yearAt, yearAt.Int("Json.What.TheFiscalYear"));
        var kindAt = e.Required("kind", JsonCursor.Kinds.String, "Json.What.Or");
        var kindName = kindAt.String("Json.What.Or");
        if (!DisclosureKinds.TryParse(kindName, out var kind))
        {
            throw kindAt.Error(Localization.CoreTexts.T("Json.Kind", kindName));
        }

        var tables = e.RequiredArray("tables", "Json.What.TheTables").Select(ReadTable).ToList();
        var narrative = e.RequiredArray("narrative", "Json.What.TheNarrativeSections").Select(ReadSection).ToList();
        // contents, unreadTables and sources came later: a document written before them has none.
        return new Disclosure(department, year, kind, tables, narrative, e.OptionalString("source", "Json.What.TheSourceFileSName"))
        {
            Contents = [.. e.OptionalArray("contents", "Json.What.TheTableOfContents").Select(c => c.Object("Json.What.AnEntryOfTheTableOfContents")).Select(c =>
                new ContentsEntry(c.RequiredString("title", "Json.What.TheEntrySTitle"), Page(c), c.RequiredInt("line", "Json.What.TheEntrySLine"),
                    c.OptionalInt("printedPage", "Json.What.ThePageNumberPrintedInTheEntry")))],
            UnreadTables = [.. e.OptionalArray("unreadTables", "Json.What.TheTablesThatCouldNotBeRead").Select(u => u.Object("Json.What.ATableThatCouldNotBeRead")).Select(u =>
                new UnreadTable(u.RequiredString("title", "Json.What.TheTableSTitle"), Page(u), u.RequiredInt("line", "Json.What.TheTableSLine")))],
            Sources = [.. e.OptionalArray("sources", "Json.What.TheSourceFiles").Select(f => f.String("Json.What.ASourceFileSName"))],
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
            throw at.Error(Localization.CoreTexts.T("Json.Year", year));
        }
    }

    private static NarrativeSection ReadSection(JsonCursor s)
    {
        s = s.Object("Json.What.ANarrativeSection");
        return new NarrativeSection(
            s.OptionalString("number", "Json.What.TheSectionSOrdinal"),
            s.RequiredString("title", "Json.What.TheSectionSTitle"),
            s.RequiredString("text", "Json.What.TheSectionSText"),
            s.RequiredInt("line", "Json.What.TheSectionSLine"),
            Page(s))
        {
            PageStarts = [.. s.OptionalArray("pageStarts", "Json.What.WhereTheSectionSPagesStart").Select(p => p.Object("Json.What.WhereAPageStarts"))
                .Select(p => (p.RequiredInt("offset", "Json.What.TheOffsetInTheText"), p.RequiredInt("page", "Json.What.ThePage")))],
        };
    }

    private static BudgetTable ReadTable(JsonCursor t)
    {
        t = t.Object("Json.What.ATable");
        var kindAt = t.Required("kind", JsonCursor.Kinds.String, "Json.What.TheTableSKind");
        var kindName = kindAt.String("Json.What.TheTableSKind");
        var kind = TableKind.All.FirstOrDefault(k => k.CanonicalName == kindName)
            ?? throw kindAt.Error(Localization.CoreTexts.T("Json.TableKind", kindName));
        MoneyUnit? unit = null;
        if (t.OptionalString("unit", "Json.What.TheTableSUnit") is { } u)
        {
            unit = MoneyUnits.TryParse(u, out var parsed) ? parsed : throw t.Property("unit")!.Value.Error(Localization.CoreTexts.T("Json.Unit", u));
        }

        NodaTime.LocalDate? asOf = null;
        if (t.OptionalString("asOf", "Json.What.TheDateTheTableIsAsOf") is { } a)
        {
            var date = LocalDatePattern.Iso.Parse(a);
            asOf = date.Success ? date.Value : throw t.Property("asOf")!.Value.Error(Localization.CoreTexts.T("Json.AsOf", a));
        }

        var columns = t.RequiredArray("columns", "Json.What.TheTableSColumns").Select(c => c.Object("Json.What.AColumn")).Select(c => new TableColumn(
            c.RequiredString("name", "Json.What.TheColumnSName"),
            c.RequiredString("printedName", "Json.What.TheColumnSPrintedName"),
            c.OptionalInt("number", "Json.What.TheColumnS"),
            c.OptionalString("group", "Json.What.TheColumnSGroup"),
            ReadSide(c),
            ReadType(c))).ToList();
        var rows = t.RequiredArray("rows", "Json.What.TheTableSRows").Select(r => ReadRow(r, columns.Count)).ToList();
        var notes = t.RequiredArray("notes", "Json.What.TheTableSNotes").Select(x => x.IsNull ? string.Empty : x.String("Json.What.ANote")).ToList();
        return new BudgetTable(kind, t.RequiredString("title", "Json.What.TheTableSPrintedTitle"), unit, columns, rows, notes, asOf,
            t.RequiredInt("line", "Json.What.TheTableSLine"), Page(t))
        {
            Signs = ReadSigns(t, columns.Count),
            PrintedYear = t.OptionalInt("printedYear", "Json.What.TheYearTheTableSTitlePrints"),
            PrintedDepartment = t.OptionalString("printedDepartment", "Json.What.TheDepartmentTheTableSTitlePrints"),
            PreparedBy = t.OptionalString("preparedBy", "Json.What.TheDepartmentTheTableSLinePrints"),
        };
    }

    private static TableRow ReadRow(JsonCursor r, int columns)
    {
        r = r.Object("Json.What.ARow");
        var number = r.OptionalInt("number", "Json.What.TheRowS");
        ClassificationCode? code = null;
        if (r.OptionalString("code", "Json.What.TheRowSClassificationCode") is { } text)
        {
            code = ClassificationCode.TryParse(text, out var parsed, out var error) ? parsed : throw r.Property("code")!.Value.Error(error);
        }

        var label = r.RequiredString("label", "Json.What.TheRowSLabel");
        var side = ReadSide(r);
        var cellsAt = r.Required("cells", JsonCursor.Kinds.Array, "Json.What.TheRowSCells");
        ImmutableArray<Cell> cells = [.. cellsAt.Items("Json.What.TheRowSCells").Select(ReadCell)];
        if (cells.Length != columns)
        {
            throw cellsAt.Error(Localization.CoreTexts.T("Json.Cells", columns, cells.Length));
        }

        return new TableRow(number, code, label, side, cells, r.RequiredInt("line", "Json.What.TheRowSLine"), Page(r))
        {
            Depth = r.OptionalInt("depth", "Json.What.TheRowSDepthInAnOutline") ?? 0,
            Signs = ReadSigns(r, columns),
            MisprintedCode = r.OptionalString("misprintedCode", "Json.What.WhatTheRowSCodeColumnPrintsWhenItIsNoVal"),
        };
    }

    private static Cell ReadCell(JsonCursor c) => c.Kind switch
    {
        JsonValueKind.Null => Cell.Blank,
        JsonValueKind.Number => Amount.TryParse(c.Value.GetRawText(), out var amount, out var error)
            ? Cell.FromNumber(amount)
            : throw c.Error(error),
        JsonValueKind.String => Cell.FromText(c.String("Json.What.ACellSText")),
        _ => throw c.Expected(JsonCursor.Kinds.Cell, "Json.What.ACell"),
    };

    private static ImmutableArray<ReadingSign> ReadSigns(JsonCursor e, int columns) =>
        [.. e.OptionalArray("signs", "Json.What.TheSignsOfAnUncertainReading").Select(s => s.Object("Json.What.AReadingSign")).Select(s =>
        {
            var kindAt = s.Required("kind", JsonCursor.Kinds.String, "Json.What.TheSignSKind");
            var name = kindAt.String("Json.What.TheSignSKind");
            if (!ReadingSign.TryParseKind(name, out var kind))
            {
                throw kindAt.Error(Localization.CoreTexts.T("Json.SignKind", name));
            }

            var column = s.OptionalInt("column", "Json.What.TheSignSColumn");
            if (column is < 0 || column >= columns)
            {
                throw s.Property("column")!.Value.Error(Localization.CoreTexts.T("Json.SignColumn", name, column, columns));
            }

            return new ReadingSign(kind, s.RequiredString("explanation", "Json.What.TheSignSExplanation"), Page(s), column);
        })];

    private static TableSide ReadSide(JsonCursor e) => e.OptionalString("side", "Json.What.OrNull") switch
    {
        null => TableSide.None,
        "收入" => TableSide.Income,
        "支出" => TableSide.Expenditure,
        var side => throw e.Property("side")!.Value.Error(Localization.CoreTexts.T("Json.Side", side)),
    };

    private static ColumnType ReadType(JsonCursor e) => e.RequiredString("type", "Json.What.AmountQuantityOrText") switch
    {
        "amount" => ColumnType.Amount,
        "quantity" => ColumnType.Quantity,
        "text" => ColumnType.Text,
        var type => throw e.Property("type")!.Value.Error(Localization.CoreTexts.T("Json.ColumnType", type)),
    };

    // "page" came with PDF input; JSON written before it has none (0: no pages).
    private static int Page(JsonCursor e) => e.OptionalInt("page", "Json.What.ThePage") ?? 0;
}
