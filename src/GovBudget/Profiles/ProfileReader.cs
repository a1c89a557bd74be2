using System.Collections.Immutable;
using System.Text.Json;
using GovBudget.Documents;

namespace GovBudget.Profiles;

/// <summary>
/// Reads a profile data file (format govbudget-profile, version 2, which adds the 情况说明's required sections; version 1
/// is still read; docs/profiles.md describes both).
/// </summary>
internal static class ProfileReader
{
    public const string Format = "govbudget-profile";

    public const int Version = 2;

    // Version 1 has no 'sections'; its files are read as before.
    private const int FirstVersion = 1;

    /// <summary>Reads one profile.</summary>
    /// <exception cref="InvalidDataException">The text is not a profile; the message names the file and what is wrong.</exception>
    public static DisclosureProfile Read(string json, string source)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return Read(doc.RootElement, source);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: {e.Message}", e);
        }
    }

    private static DisclosureProfile Read(JsonElement root, string source)
    {
        InvalidDataException Bad(string what) => new($"{source}: {what}");

        string Text(JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            && v.GetString() is { Length: > 0 } s
                ? s
                : throw Bad(Localization.CoreTexts.T("Profile.NonEmpty", name));

        JsonElement Property(JsonElement e, string name, JsonValueKind kind) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == kind
                ? v
                : throw Bad($"expected '{name}' ({kind.ToString().ToLowerInvariant()})");

        ImmutableArray<string> Strings(JsonElement e, string name, bool required)
        {
            if (!required && (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out _)))
            {
                return [];
            }

            var array = Property(e, name, JsonValueKind.Array);
            return [.. array.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String && x.GetString() is { Length: > 0 } s
                ? s : throw Bad(Localization.CoreTexts.T("Profile.Strings", name)))];
        }

        if (Text(root, "format") != Format)
        {
            throw Bad($"expected \"format\": \"{Format}\"");
        }

        var version = Property(root, "version", JsonValueKind.Number).GetInt32();
        if (version is < FirstVersion or > Version)
        {
            throw Bad(Localization.CoreTexts.T("Profile.Version", Version, FirstVersion));
        }

        var name = Text(root, "name");
        if (!DisclosureKinds.TryParse(Text(root, "kind"), out var kind))
        {
            throw Bad(Localization.CoreTexts.T("Profile.Kind"));
        }

        var years = Property(root, "years", JsonValueKind.Object);
        var from = Property(years, "from", JsonValueKind.Number).GetInt32();
        var to = Property(years, "to", JsonValueKind.Number).GetInt32();
        if (from < 1900 || to < from)
        {
            throw Bad(Localization.CoreTexts.T("Profile.Years", from, to));
        }

        var region = Property(root, "region", JsonValueKind.Object);
        var statement = Property(root, "statement", JsonValueKind.Object);
        var provenance = Property(root, "provenance", JsonValueKind.Array).EnumerateArray()
            .Select(p => $"{Text(p, "document")}: {Text(p, "source")}; {Text(p, "shows")}").ToImmutableArray();
        if (provenance.IsEmpty)
        {
            throw Bad(Localization.CoreTexts.T("Profile.Provenance"));
        }

        var tables = new List<MandatedTable>();
        foreach (var t in Property(root, "tables", JsonValueKind.Array).EnumerateArray())
        {
            var kindName = Text(t, "kind");
            var tableKind = TableKind.All.FirstOrDefault(k => k.CanonicalName == kindName && k != TableKind.Unrecognised)
                ?? throw Bad(Localization.CoreTexts.T("Profile.UnknownKind", kindName, string.Join("、", TableKind.All.Where(k => k != TableKind.Unrecognised))));
            if (tables.Any(m => m.Kind == tableKind))
            {
                throw Bad(Localization.CoreTexts.T("Profile.KindTwice", kindName));
            }

            string? form = t.TryGetProperty("form", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            tables.Add(new MandatedTable(tableKind, form, Strings(t, "titles", true), Strings(t, "statementSubjects", false)));
        }

        if (tables.Count == 0)
        {
            throw Bad(Localization.CoreTexts.T("Profile.Tables"));
        }

        var sections = ReadSections(root, version, from, to, Bad, Text, Strings, Property);
        return new DisclosureProfile(name, Text(root, "title"), kind, from, to, Text(region, "name"),
            Strings(region, "departmentPrefixes", true), Strings(statement, "negations", true),
            Property(statement, "window", JsonValueKind.Number).GetInt32(), [.. tables], provenance, source)
        {
            DepartmentNameForms = region.TryGetProperty("departmentNameForms", out _)
                ? [.. Property(region, "departmentNameForms", JsonValueKind.Array).EnumerateArray()
                    .Select(g => g.ValueKind == JsonValueKind.Array
                        ? g.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String && x.GetString() is { Length: > 0 } s
                            ? s : throw Bad(Localization.CoreTexts.T("Profile.Forms"))).ToImmutableArray()
                        : throw Bad(Localization.CoreTexts.T("Profile.Forms")))]
                : [],
            Sections = sections,
        };
    }

    // 'sections' (version 2): each with its name, the headings printed for it, the table it explains, the years it is
    // required in (within the profile's) and where that comes from.
    private static ImmutableArray<RequiredSection> ReadSections(
        JsonElement root, int version, int from, int to, Func<string, InvalidDataException> bad, Func<JsonElement, string, string> text,
        Func<JsonElement, string, bool, ImmutableArray<string>> strings, Func<JsonElement, string, JsonValueKind, JsonElement> property)
    {
        if (!root.TryGetProperty("sections", out _))
        {
            return [];
        }

        if (version < 2)
        {
            throw bad("'sections' needs \"version\": 2");
        }

        var sections = new List<RequiredSection>();
        foreach (var s in property(root, "sections", JsonValueKind.Array).EnumerateArray())
        {
            var name = text(s, "name");
            if (sections.Any(x => x.Name == name))
            {
                throw bad(Localization.CoreTexts.T("Profile.SectionTwice", name));
            }

            TableKind? table = null;
            if (s.TryGetProperty("table", out var t) && t.ValueKind != JsonValueKind.Null)
            {
                var kindName = text(s, "table");
                table = TableKind.All.FirstOrDefault(k => k.CanonicalName == kindName && k != TableKind.Unrecognised)
                    ?? throw bad(Localization.CoreTexts.T("Profile.SectionKind", name, kindName));
            }

            int? first = null, last = null;
            if (s.TryGetProperty("years", out _))
            {
                var years = property(s, "years", JsonValueKind.Object);
                first = property(years, "from", JsonValueKind.Number).GetInt32();
                last = property(years, "to", JsonValueKind.Number).GetInt32();
                if (first < from || last > to || last < first)
                {
                    throw bad(Localization.CoreTexts.T("Profile.SectionYears", name, from, to, first, last));
                }
            }

            var headings = strings(s, "headings", true);
            if (headings.IsEmpty)
            {
                throw bad(Localization.CoreTexts.T("Profile.SectionHeadings", name));
            }

            sections.Add(new RequiredSection(name, headings, table, first, last, text(s, "source")));
        }

        return [.. sections];
    }
}
