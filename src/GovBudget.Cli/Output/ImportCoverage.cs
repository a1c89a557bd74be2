using System.Text.Json;
using GovBudget.Cli.Commands;
using GovBudget.Import;
using GovBudget.Profiles;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Waivers;

namespace GovBudget.Cli.Output;

/// <summary>
/// What an import covers: the profile the document is held to, its mandated tables found and missing, the blocks of
/// figures not recognised, and how many checks of the standard pack of its kind apply to it (as <c>check</c> runs them).
/// </summary>
/// <param name="Profile">The profile the document is held to, chosen as PUB-TABLES chooses it, and why.</param>
/// <param name="Tables">The mandated tables recognised and missing, and the blocks not recognised.</param>
/// <param name="Checks">The document checked with the standard pack and no waivers; null when the pack could not run on it.</param>
/// <param name="NotCounted">Why the checks were not counted (a rule went past its limit on the document), or null.</param>
internal sealed record ImportCoverage(ProfileChoice Profile, TableCoverage Tables, CheckedDocument? Checks, string? NotCounted)
{
    /// <summary>Checks <paramref name="result"/>'s document with the standard pack of its kind and measures its tables.</summary>
    public static ImportCoverage Of(ImportResult result)
    {
        var document = result.Document;
        DocumentFindings findings;
        try
        {
            // The reference interpreter: one document, so compiling the pack would cost more than it saves.
            findings = RulePack.Standard(document.Kind).Check(document);
        }
        catch (RuleLimitException e)
        {
            // check refuses such a document; import still shows what was read, and why no check is counted.
            var chosen = DisclosureProfiles.Choose(document);
            return new ImportCoverage(chosen, TableCoverage.Of(document, chosen.Profile), null, e.Diagnostic.ToString());
        }

        var checks = CheckedDocument.From(
            document.Source ?? string.Empty, document, WaivedFindings.Unwaived(findings), result.Notices);
        // The standard packs check the published tables, so the profile is always chosen; Choose is the same choice.
        var profile = findings.Profile ?? DisclosureProfiles.Choose(document);
        return new ImportCoverage(profile, TableCoverage.Of(document, profile.Profile), checks, null);
    }

    /// <summary>
    /// Writes <c>"coverage": {"recognised": [{kind, title, page}], "missing": [kind], "unrecognised": [{page, title}],
    /// "checks": {applicable, notApplicable}}</c>; <c>"checks": null</c> and <c>"checksNotCounted"</c> when the pack could not run.
    /// </summary>
    public void WriteJson(Utf8JsonWriter w)
    {
        w.WriteStartObject("coverage");
        w.WriteString("profile", Profile.Profile.Name);
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
        if (Checks is null)
        {
            w.WriteNull("checks");
            w.WriteString("checksNotCounted", NotCounted);
        }
        else
        {
            var counts = FindingCounts.Of(Checks);
            w.WriteStartObject("checks");
            w.WriteNumber("applicable", counts.Applicable);
            w.WriteNumber("notApplicable", counts.NotApplicable);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
