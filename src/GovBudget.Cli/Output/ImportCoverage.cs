using System.Text.Json;
using GovBudget.Cli.Commands;
using GovBudget.Import;
using GovBudget.Profiles;
using GovBudget.Rules.Packs;
using GovBudget.Rules.Waivers;

namespace GovBudget.Cli.Output;

/// <summary>
/// What an import covers: the profile the document is held to, its mandated tables found and missing, the blocks of
/// figures not recognised, and how many checks of the standard pack of its kind apply to it (as <c>check</c> runs them).
/// </summary>
/// <param name="Tables">The mandated tables recognised and missing, and the blocks not recognised.</param>
/// <param name="Checks">The document checked with the standard pack and no waivers: its profile and not-applicable checks.</param>
internal sealed record ImportCoverage(TableCoverage Tables, CheckedDocument Checks)
{
    /// <summary>Checks <paramref name="result"/>'s document with the standard pack of its kind and measures its tables.</summary>
    public static ImportCoverage Of(ImportResult result)
    {
        var document = result.Document;
        // The reference interpreter: one document, so compiling the pack would cost more than it saves.
        var findings = RulePack.Standard(document.Kind).Check(document);
        var checks = CheckedDocument.From(
            document.Source ?? string.Empty, document, new WaivedFindings(findings, [.. findings.Findings.Select(f => new CheckedFinding(f, null))]), result.Notices);
        // The standard packs check the published tables, so the profile is always chosen; Choose is the same choice.
        var profile = findings.Profile ?? DisclosureProfiles.Choose(document);
        return new ImportCoverage(TableCoverage.Of(document, profile.Profile), checks with { Profile = profile });
    }

    /// <summary>
    /// Writes <c>"coverage": {"recognised": [{kind, title, page}], "missing": [kind], "unrecognised": [{page, title}],
    /// "checks": {applicable, notApplicable}}</c>.
    /// </summary>
    public void WriteJson(Utf8JsonWriter w)
    {
        w.WriteStartObject("coverage");
        w.WriteString("profile", Checks.Profile!.Profile.Name);
        w.WriteStartArray("recognised");
        foreach (var t in Tables.Recognised)
        {
            w.WriteStartObject();
            w.WriteString("kind", t.Kind.CanonicalName);
            w.WriteString("title", t.Title);
            w.WriteNumber("page", t.Page);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("missing");
        foreach (var t in Tables.Missing)
        {
            w.WriteStringValue(t.Kind.CanonicalName);
        }

        w.WriteEndArray();
        w.WriteStartArray("unrecognised");
        foreach (var u in Tables.Unrecognised)
        {
            w.WriteStartObject();
            w.WriteNumber("page", u.Page);
            w.WriteString("title", u.Title);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        var counts = FindingCounts.Of(Checks);
        w.WriteStartObject("checks");
        w.WriteNumber("applicable", counts.Applicable);
        w.WriteNumber("notApplicable", counts.NotApplicable);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
