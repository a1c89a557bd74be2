using System.Collections.Immutable;
using System.Text.Json;
using GovBudget.Documents;

namespace GovBudget.Profiles;

/// <summary>Reads a profile data file (format govbudget-profile, version 1; docs/profiles.md describes it).</summary>
internal static class ProfileReader
{
    public const string Format = "govbudget-profile";

    public const int Version = 1;

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
                : throw Bad($"expected a non-empty string '{name}'");

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
                ? s : throw Bad($"'{name}' lists non-empty strings only"))];
        }

        if (Text(root, "format") != Format)
        {
            throw Bad($"expected \"format\": \"{Format}\"");
        }

        if (Property(root, "version", JsonValueKind.Number).GetInt32() != Version)
        {
            throw Bad($"expected \"version\": {Version} (this library reads version {Version})");
        }

        var name = Text(root, "name");
        if (!DisclosureKinds.TryParse(Text(root, "kind"), out var kind))
        {
            throw Bad("'kind' must be 预算 or 决算");
        }

        var years = Property(root, "years", JsonValueKind.Object);
        var from = Property(years, "from", JsonValueKind.Number).GetInt32();
        var to = Property(years, "to", JsonValueKind.Number).GetInt32();
        if (from < 1900 || to < from)
        {
            throw Bad($"'years' must run from a year to a later or equal one, not {from}–{to}");
        }

        var region = Property(root, "region", JsonValueKind.Object);
        var statement = Property(root, "statement", JsonValueKind.Object);
        var provenance = Property(root, "provenance", JsonValueKind.Array).EnumerateArray()
            .Select(p => $"{Text(p, "document")}: {Text(p, "source")}; {Text(p, "shows")}").ToImmutableArray();
        if (provenance.IsEmpty)
        {
            throw Bad("'provenance' must name at least one document the profile comes from");
        }

        var tables = new List<MandatedTable>();
        foreach (var t in Property(root, "tables", JsonValueKind.Array).EnumerateArray())
        {
            var kindName = Text(t, "kind");
            var tableKind = TableKind.All.FirstOrDefault(k => k.CanonicalName == kindName && k != TableKind.Unrecognised)
                ?? throw Bad($"unknown table kind '{kindName}'; expected one of {string.Join("、", TableKind.All.Where(k => k != TableKind.Unrecognised))}");
            if (tables.Any(m => m.Kind == tableKind))
            {
                throw Bad($"table kind '{kindName}' is listed twice");
            }

            string? form = t.TryGetProperty("form", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            tables.Add(new MandatedTable(tableKind, form, Strings(t, "titles", true), Strings(t, "statementSubjects", false)));
        }

        if (tables.Count == 0)
        {
            throw Bad("'tables' must list the mandated tables");
        }

        return new DisclosureProfile(name, Text(root, "title"), kind, from, to, Text(region, "name"),
            Strings(region, "departmentPrefixes", true), Strings(statement, "negations", true),
            Property(statement, "window", JsonValueKind.Number).GetInt32(), [.. tables], provenance, source)
        {
            DepartmentNameForms = region.TryGetProperty("departmentNameForms", out _)
                ? [.. Property(region, "departmentNameForms", JsonValueKind.Array).EnumerateArray()
                    .Select(g => g.ValueKind == JsonValueKind.Array
                        ? g.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String && x.GetString() is { Length: > 0 } s
                            ? s : throw Bad("'departmentNameForms' lists arrays of non-empty strings only")).ToImmutableArray()
                        : throw Bad("'departmentNameForms' lists arrays of non-empty strings only"))]
                : [],
        };
    }
}
