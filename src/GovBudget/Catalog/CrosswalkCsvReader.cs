using System.Globalization;
using GovBudget.Classification;
using nietras.SeparatedValues;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Catalog;

/// <summary>Reads the crosswalk between catalog editions and checks each row; a bad row is a located
/// <see cref="CatalogFormatException"/>.</summary>
/// <remarks>
/// <code>
/// file   => "code,name,since,new_code,new_name,source" row* ;
/// row    => code "," name "," year "," code "," name "," source ;
/// </code>
/// Fields may be quoted as in RFC 4180; spaces around a field are ignored; blank lines are skipped. Every row names
/// its source (the documents that print both names, or the Ministry of Finance notice).
/// </remarks>
internal static class CrosswalkCsvReader
{
    private static readonly string[] Columns = ["code", "name", "since", "new_code", "new_name", "source"];

    /// <summary>Reads and checks every row.</summary>
    /// <exception cref="CatalogFormatException">A row is malformed or repeated.</exception>
    public static List<CodeRename> Read(TextReader text, string sourceName)
    {
        using var reader = CatalogCsvReader.Open(text);
        var renames = new List<CodeRename>();
        var lines = new Dictionary<(ClassificationCode, string, int, ClassificationCode), int>();
        var header = false;
        foreach (var row in reader)
        {
            var line = CatalogCsvReader.LineOf(row);
            if (!header)
            {
                var names = CatalogCsvReader.HeaderNames(row);
                if (!names.SequenceEqual(Columns))
                {
                    throw new CatalogFormatException(sourceName, line, T("Catalog.Header", string.Join(',', Columns), string.Join(',', names)));
                }

                header = true;
                continue;
            }

            if (row.Span.IsWhiteSpace())
            {
                continue;
            }

            if (row.ColCount != Columns.Length)
            {
                throw new CatalogFormatException(sourceName, line, T("Catalog.Columns", Columns.Length, string.Join(',', Columns), row.ColCount));
            }

            var rename = ReadRow(row, sourceName, line);
            if (!lines.TryAdd((rename.Code, rename.Name, rename.Since, rename.NewCode), line))
            {
                throw new CatalogFormatException(sourceName, line,
                    T("Crosswalk.Twice", rename.Code, rename.Name, rename.NewCode, rename.Since, lines[(rename.Code, rename.Name, rename.Since, rename.NewCode)]));
            }

            renames.Add(rename);
        }

        return header ? renames : throw new CatalogFormatException(sourceName, 1, T("Catalog.Empty", string.Join(',', Columns)));
    }

    private static CodeRename ReadRow(SepReader.Row row, string sourceName, int line)
    {
        var code = Code(row[0].Span.Trim().ToString(), sourceName, line);
        var name = Text(row[1].Span, "name", code, sourceName, line);
        var sinceText = row[2].Span.Trim();
        if (!int.TryParse(sinceText, NumberStyles.None, CultureInfo.InvariantCulture, out var since) || since is < 1 or > 9999)
        {
            throw new CatalogFormatException(sourceName, line, T("Crosswalk.Since", code, sinceText.ToString()));
        }

        var newCode = Code(row[3].Span.Trim().ToString(), sourceName, line);
        if (newCode.Scheme != code.Scheme || newCode.Level != code.Level)
        {
            throw new CatalogFormatException(sourceName, line, T("Crosswalk.Scheme", newCode, code));
        }

        var newName = Text(row[4].Span, "new_name", newCode, sourceName, line);
        if (newCode == code && newName == name)
        {
            throw new CatalogFormatException(sourceName, line, T("Crosswalk.Self", code, name));
        }

        var source = Text(row[5].Span, "source", code, sourceName, line);
        return new CodeRename(code, name, since, newCode, newName, source);
    }

    private static ClassificationCode Code(string text, string sourceName, int line) =>
        ClassificationCode.TryParse(text, out var code, out var error) ? code : throw new CatalogFormatException(sourceName, line, error);

    private static string Text(ReadOnlySpan<char> field, string column, ClassificationCode code, string sourceName, int line)
    {
        var text = field.Trim();
        return text.IsEmpty
            ? throw new CatalogFormatException(sourceName, line, T("Crosswalk.NoField", column, code))
            : text.ToString();
    }
}
