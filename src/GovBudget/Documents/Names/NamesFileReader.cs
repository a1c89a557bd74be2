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
            var root = new JsonCursor(parsed.RootElement, JsonReadPath.Root(source, utf8)).Object("Json.What.ANamesFile");
            foreach (var name in root.PropertyNames("Json.What.ANamesFile"))
            {
                if (!Sections.Contains(name, StringComparer.Ordinal))
                {
                    throw root.Property(name)!.Value.Error(Localization.CoreTexts.T("Names.UnknownProperty", name, string.Join(", ", Sections)));
                }
            }

            var version = root.RequiredInt("formatVersion", "Json.What.TheNamesFileFormatSVersion");
            if (version is < 1 or > DisclosureNames.FormatVersion)
            {
                throw root.Property("formatVersion")!.Value.Error(
                    Localization.CoreTexts.T("Names.Version", DisclosureNames.FormatVersion, version));
            }

            if (version < 2 && SinceVersion2.FirstOrDefault(n => root.Property(n) is not null) is { } later)
            {
                throw root.Property(later)!.Value.Error(Localization.CoreTexts.T("Names.Version2Section", later));
            }

            var provenance = root.RequiredArray("provenance", "Json.What.WhereTheWordingWasSeen").ToList();
            if (provenance.Count == 0)
            {
                throw root.Property("provenance")!.Value.Error(Localization.CoreTexts.T("Names.NoProvenance"));
            }

            foreach (var p in provenance)
            {
                _ = NonEmpty(p.Object("Json.What.AProvenanceEntry"), "region", "Json.What.TheRegionWhoseDocumentsPrintTheWording");
                _ = NonEmpty(p, "documents", "Json.What.TheDocumentsOrDocumentClassTheWordingWas");
                _ = p.OptionalString("shows", "Json.What.WhatTheDocumentsPrint");
            }

            return new NameData(
                [source],
                ReadTables(root),
                ReadLists(root, "columns", "Json.What.AColumnSCanonicalName"),
                ReadLists(root, "rows", "Json.What.ARowSCanonicalName"),
                root.Property("threePublicItems") is { IsNull: false } items ? Strings(items, "Json.What.ItemNames") : [],
                [.. root.OptionalArray("departmentNameForms", "Json.What.GroupsOfWordingsThatNameOneBody").Select(Forms)])
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
        foreach (var (role, value) in Entries(root, section, Localization.CoreTexts.T("Names.RoleWords", string.Join(", ", roles))))
        {
            if (!roles.Contains(role, StringComparer.Ordinal))
            {
                throw value.Error(Localization.CoreTexts.T("Names.UnknownRole", role, string.Join(", ", roles)));
            }

            var what = Localization.CoreTexts.T("Names.SectionOfRole", section, role);
            result = result.Add(role, [.. value.Items(what).Select(i => i.String(what) is { } w && w.Trim().Length > 0
                && (patterns ? WordList.IsValid(w) : !w.Contains(WordList.Any, StringComparison.Ordinal))
                    ? w.Trim()
                    : throw i.Error(patterns
                        ? Localization.CoreTexts.T("Names.Pattern", WordList.Any, what)
                        : Localization.CoreTexts.T("Names.Word", WordList.Any, what)))]);
        }

        return result;
    }

    private static ImmutableDictionary<TableKind, ImmutableArray<string>> ReadTables(JsonCursor root)
    {
        var result = ImmutableDictionary<TableKind, ImmutableArray<string>>.Empty;
        foreach (var (name, value) in Entries(root, "tables", "Json.What.TheTitlesOfEachTableKind"))
        {
            var kind = TableKind.All.FirstOrDefault(k => k.CanonicalName == name && k != TableKind.Unrecognised)
                ?? throw value.Error(Localization.CoreTexts.T("Profile.UnknownKind", name, string.Join("、", TableKind.All.Where(k => k != TableKind.Unrecognised))));
            result = result.Add(kind, Strings(value, Localization.CoreTexts.T("Names.Titles", name)));
        }

        return result;
    }

    private static ImmutableArray<(string, ImmutableArray<string>)> ReadLists(JsonCursor root, string section, string what) =>
        [.. Entries(root, section, Localization.CoreTexts.T("Names.Variants", JsonCursor.W(what))).Select(e =>
            (NameNormalizer.Label(e.Name).Length > 0 ? e.Name : throw e.Value.Error(Localization.CoreTexts.T("Names.Expected", JsonCursor.W(what), e.Name)),
             Strings(e.Value, Localization.CoreTexts.T("Names.VariantsOf", e.Name))))];

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
                throw value.Error(Localization.CoreTexts.T("Names.Twice", name));
            }

            yield return (name, value);
        }
    }

    private static ImmutableArray<string> Forms(JsonCursor group)
    {
        var forms = Strings(group, "Json.What.TheWordingsOfOneBodyTheShortFormLast");
        return forms.Length >= 2 ? forms : throw group.Error(Localization.CoreTexts.T("Names.Forms"));
    }

    private static ImmutableArray<string> Strings(JsonCursor array, string what) =>
        [.. array.Items(what).Select(i => i.String(what) is { } s && NameNormalizer.Basic(s).Length > 0 ? s : throw i.Error(Localization.CoreTexts.T("Names.NonEmpty", JsonCursor.W(what))))];

    private static string NonEmpty(JsonCursor o, string name, string what) =>
        o.RequiredString(name, what) is { } s && s.Trim().Length > 0 ? s : throw o.Property(name)!.Value.Error(Localization.CoreTexts.T("Names.NonEmpty", JsonCursor.W(what)));
}
