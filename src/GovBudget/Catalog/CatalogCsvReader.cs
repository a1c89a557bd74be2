using System.Globalization;
using GovBudget.Classification;
using nietras.SeparatedValues;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Catalog;

/// <summary>Reads the rows of one catalog CSV and checks each row on its own; <see cref="CatalogBuilder"/> checks
/// what needs the whole catalog (duplicates, parents present).</summary>
/// <remarks>
/// The format, one header then one row per code:
/// <code>
/// file   => header row* ;
/// header => "code,name,level,parent" [ ",source" ] ;
/// row    => code "," name "," level "," [ parent ] [ "," [ source ] ] ;
/// level  => "1" | "2" | "3" | "类" | "款" | "项" ;
/// </code>
/// Fields may be quoted as in RFC 4180; spaces around a field are ignored; blank lines are skipped.
/// </remarks>
internal static class CatalogCsvReader
{
    private const string ExpectedHeader = "code,name,level,parent[,source]";

    private static readonly string[] RequiredColumns = ["code", "name", "level", "parent"];

    /// <summary>A row that passed the per-row checks, with the line it came from.</summary>
    internal readonly record struct Row(CatalogEntry Entry, int Line);

    /// <summary>Reads and checks every row.</summary>
    /// <exception cref="CatalogFormatException">A row is malformed.</exception>
    public static List<Row> Read(TextReader text, string sourceName)
    {
        using var reader = Open(text);
        var rows = new List<Row>();
        var columns = 0;
        foreach (var row in reader)
        {
            var line = LineOf(row);
            if (columns == 0)
            {
                columns = ReadHeader(row, sourceName, line);
                continue;
            }

            if (row.Span.IsWhiteSpace())
            {
                continue;
            }

            if (row.ColCount != columns)
            {
                throw new CatalogFormatException(sourceName, line, T("Catalog.Columns", columns, HeaderText(columns), row.ColCount));
            }

            rows.Add(new Row(ReadEntry(row, columns, sourceName, line), line));
        }

        if (columns == 0)
        {
            throw new CatalogFormatException(sourceName, 1, T("Catalog.Empty", ExpectedHeader));
        }

        return rows;
    }

    /// <summary>A reader of catalog-style CSV (the crosswalk's too): RFC 4180 quoting, fields trimmed, no header handling.</summary>
    internal static SepReader Open(TextReader text) =>
        // The separator is fixed: inferring it from the header would turn a header typo into a confusing error.
        Sep.New(',').Reader(o => o with
        {
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,

            // Trimming before unescaping lets ` "a,b" ` be read as a quoted field.
            Trim = SepTrim.All,
        }).From(text, leaveOpen: true);

    /// <summary>The 1-based line a row starts on (Sep 0.17.1 reports the first row as starting on line 2; later rows are right).</summary>
    internal static int LineOf(SepReader.Row row) => row.RowIndex == 0 ? 1 : row.LineNumberFrom;

    /// <summary>The column names of a header row, trimmed.</summary>
    internal static string[] HeaderNames(SepReader.Row row)
    {
        var names = new string[row.ColCount];
        for (var i = 0; i < names.Length; i++)
        {
            // A BOM survives when the caller's TextReader did not strip it (a StringReader over File.ReadAllBytes text).
            names[i] = row[i].Span.Trim().TrimStart('\uFEFF').Trim().ToString();
        }

        return names;
    }

    private static int ReadHeader(SepReader.Row row, string sourceName, int line)
    {
        var names = HeaderNames(row);
        var ok = names.Length is 4 or 5
            && names.AsSpan(0, 4).SequenceEqual(RequiredColumns)
            && (names.Length == 4 || names[4] == "source");
        if (!ok)
        {
            throw new CatalogFormatException(
                sourceName, line, T("Catalog.Header", ExpectedHeader, string.Join(',', names)));
        }

        return names.Length;
    }

    private static CatalogEntry ReadEntry(SepReader.Row row, int columns, string sourceName, int line)
    {
        var codeText = row[0].Span.Trim().ToString();
        if (!ClassificationCode.TryParse(codeText, out var code, out var error))
        {
            throw new CatalogFormatException(sourceName, line, error);
        }

        var name = row[1].Span.Trim().ToString();
        if (name.Length == 0)
        {
            throw new CatalogFormatException(sourceName, line, T("Catalog.NoName", code));
        }

        var levelText = row[2].Span.Trim();
        CodeLevel? level = levelText switch
        {
            "1" or "类" => CodeLevel.Class,
            "2" or "款" => CodeLevel.Section,
            "3" or "项" => CodeLevel.Item,
            _ => null,
        };
        if (level is null)
        {
            throw new CatalogFormatException(sourceName, line, T("Catalog.Level", code, levelText.ToString()));
        }

        if (level != code.Level)
        {
            throw new CatalogFormatException(
                sourceName,
                line,
                T("Catalog.LevelMismatch", levelText.ToString(), code, code.Length, LevelNumber(code.Level), LevelName(code.Level)));
        }

        CheckParent(row[3].Span.Trim(), code, sourceName, line);

        string? source = null;
        if (columns == 5)
        {
            var s = row[4].Span.Trim();
            source = s.IsEmpty ? null : s.ToString();
        }

        return new CatalogEntry(code, name, source);
    }

    private static void CheckParent(ReadOnlySpan<char> text, ClassificationCode code, string sourceName, int line)
    {
        if (code.Parent is not { } parent)
        {
            if (!text.IsEmpty)
            {
                throw new CatalogFormatException(sourceName, line, T("Catalog.ClassParent", code, text.ToString()));
            }

            return;
        }

        if (text.IsEmpty)
        {
            throw new CatalogFormatException(sourceName, line, T("Catalog.NoParent", code, parent));
        }

        if (!text.SequenceEqual(parent.ToString()))
        {
            throw new CatalogFormatException(sourceName, line, T("Catalog.WrongParent", text.ToString(), code, parent));
        }
    }

    private static string HeaderText(int columns) => columns == 5 ? "code,name,level,parent,source" : "code,name,level,parent";

    private static string LevelNumber(CodeLevel level) => ((int)level).ToString(CultureInfo.InvariantCulture);

    private static string LevelName(CodeLevel level) => level switch
    {
        CodeLevel.Class => "类",
        CodeLevel.Section => "款",
        _ => "项",
    };
}
