using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using GovBudget.Import;
using GovBudget.Serialization;

namespace GovBudget.Documents;

/// <summary>
/// Reads a names file (docs/names.md): every value is checked before it is used, and a value of the wrong shape is a
/// <see cref="NamesFormatException"/> naming the file, line, column and JSON path, what was expected and what was found.
/// </summary>
internal static class NamesFileReader
{
    // A names file lists a region's wording: a few kilobytes. A larger one is not a names file.
    private const long MaxBytes = 4L * 1024 * 1024;

    private static readonly string[] Sections = ["formatVersion", "provenance", "tables", "columns", "rows", "threePublicItems", "departmentNameForms", "headings", "headerWords"];

    // The sections formatVersion 2 added: a file of version 1 that has them was written for another reader.
    private static readonly string[] SinceVersion2 = ["headings", "headerWords"];

    public static NameData ReadFile(string path)
    {
        (string Name, byte[] Bytes) file;
        try
        {
            file = SourceFile.Read(path, MaxBytes, GovBudget.Localization.CoreTexts.T("Input.Limit.Names"));
        }
        catch (DisclosureFormatException e)
        {
            throw Retyped(e);
        }

        return Read(new UTF8Encoding(false).GetString(file.Bytes), file.Name);
    }

    public static NameData Read(string json, string source)
    {
        // The JSON helpers of the disclosure reader locate every error; they report it as a disclosure's.
        try
        {
            return ReadJson(json, source);
        }
        catch (DisclosureFormatException e)
        {
            throw Retyped(e);
        }
    }

    private static NamesFormatException Retyped(DisclosureFormatException e) => new(e.SourceName, e.Line, e.Column, e.Problem, e);

    private static NameData ReadJson(string json, string source)
    {
        var (parsed, utf8) = JsonSyntaxError.Parse(source, json);
        using (parsed)
        {
            var root = new JsonCursor(parsed.RootElement, JsonReadPath.Root(source, utf8)).Object("a names file");
            foreach (var name in root.PropertyNames("a names file"))
            {
                if (!Sections.Contains(name, StringComparer.Ordinal))
                {
                    throw root.Property(name)!.Value.Error($"unknown property '{name}'; expected one of {string.Join(", ", Sections)}");
                }
            }

            var version = root.RequiredInt("formatVersion", "the names file format's version");
            if (version is < 1 or > DisclosureNames.FormatVersion)
            {
                throw root.Property("formatVersion")!.Value.Error(
                    $"expected formatVersion 1 or {DisclosureNames.FormatVersion} (the versions this library reads), found {version}");
            }

            if (version < 2 && SinceVersion2.FirstOrDefault(n => root.Property(n) is not null) is { } later)
            {
                throw root.Property(later)!.Value.Error($"'{later}' is a section of formatVersion 2; expected formatVersion 2 for a file that has it");
            }

            var provenance = root.RequiredArray("provenance", "where the wording was seen").ToList();
            if (provenance.Count == 0)
            {
                throw root.Property("provenance")!.Value.Error("expected at least one entry: where the wording was seen (region, documents)");
            }

            foreach (var p in provenance)
            {
                _ = NonEmpty(p.Object("a provenance entry"), "region", "the region whose documents print the wording");
                _ = NonEmpty(p, "documents", "the documents or document class the wording was seen in");
                _ = p.OptionalString("shows", "what the documents print");
            }

            return new NameData(
                [source],
                ReadTables(root),
                ReadLists(root, "columns", "a column's canonical name"),
                ReadLists(root, "rows", "a row's canonical name"),
                root.Property("threePublicItems") is { IsNull: false } items ? Strings(items, "“三公” item names") : [],
                [.. root.OptionalArray("departmentNameForms", "groups of wordings that name one body").Select(Forms)])
            {
                Headings = ReadRoles(root, "headings", HeadingRole.HeadingRoles, patterns: false),
                HeaderWords = ReadRoles(root, "headerWords", HeadingRole.HeaderWordRoles, patterns: true),
            };
        }
    }

    // An object of word lists by role, each role one of those given; with patterns, a word may start or end with … .
    private static ImmutableDictionary<string, ImmutableArray<string>> ReadRoles(JsonCursor root, string section, string[] roles, bool patterns)
    {
        var result = ImmutableDictionary<string, ImmutableArray<string>>.Empty;
        foreach (var (role, value) in Entries(root, section, $"the words of each role ({string.Join(", ", roles)})"))
        {
            if (!roles.Contains(role, StringComparer.Ordinal))
            {
                throw value.Error($"unknown role '{role}'; expected one of {string.Join(", ", roles)}");
            }

            var what = $"the {section} of role {role}";
            result = result.Add(role, [.. value.Items(what).Select(i => i.String(what) is { } w && w.Trim().Length > 0
                && (patterns ? WordList.IsValid(w) : !w.Contains(WordList.Any, StringComparison.Ordinal))
                    ? w.Trim()
                    : throw i.Error(patterns
                        ? $"expected a word, or a word with {WordList.Any} before or after it ({what})"
                        : $"expected a word without {WordList.Any} ({what})"))]);
        }

        return result;
    }

    private static ImmutableDictionary<TableKind, ImmutableArray<string>> ReadTables(JsonCursor root)
    {
        var result = ImmutableDictionary<TableKind, ImmutableArray<string>>.Empty;
        foreach (var (name, value) in Entries(root, "tables", "the titles of each table kind"))
        {
            var kind = TableKind.All.FirstOrDefault(k => k.CanonicalName == name && k != TableKind.Unrecognised)
                ?? throw value.Error($"unknown table kind '{name}'; expected one of {string.Join("、", TableKind.All.Where(k => k != TableKind.Unrecognised))}");
            result = result.Add(kind, Strings(value, $"the titles printed for {name}"));
        }

        return result;
    }

    private static ImmutableArray<(string, ImmutableArray<string>)> ReadLists(JsonCursor root, string section, string what) =>
        [.. Entries(root, section, $"{what} and its printed variants").Select(e =>
            (NameNormalizer.Label(e.Name).Length > 0 ? e.Name : throw e.Value.Error($"expected {what}, found '{e.Name}'"),
             Strings(e.Value, $"the variants printed for {e.Name}")))];

    // The properties of an optional object section, each once.
    private static IEnumerable<(string Name, JsonCursor Value)> Entries(JsonCursor root, string section, string what)
    {
        if (root.Property(section) is not { IsNull: false } s)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in s.PropertyNames(what))
        {
            var value = s.Property(name)!.Value;
            if (!seen.Add(name))
            {
                throw value.Error($"'{name}' is listed twice; list its variants once");
            }

            yield return (name, value);
        }
    }

    private static ImmutableArray<string> Forms(JsonCursor group)
    {
        var forms = Strings(group, "the wordings of one body, the short form last");
        return forms.Length >= 2 ? forms : throw group.Error("expected at least two wordings (a long form and its short form)");
    }

    private static ImmutableArray<string> Strings(JsonCursor array, string what) =>
        [.. array.Items(what).Select(i => i.String(what) is { } s && NameNormalizer.Basic(s).Length > 0 ? s : throw i.Error($"expected a non-empty string ({what})"))];

    private static string NonEmpty(JsonCursor o, string name, string what) =>
        o.RequiredString(name, what) is { } s && s.Trim().Length > 0 ? s : throw o.Property(name)!.Value.Error($"expected a non-empty string ({what})");
}
