using System.Text.RegularExpressions;
using GovBudget.Documents;
using GovBudget.Profiles;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// <c>NC-SECTIONS</c>: every section the profile requires of the 情况说明 in the document's year
/// (<see cref="DisclosureProfile.Sections"/>, headings as data) is printed: as a section's heading, or as a heading line
/// the reader kept in a section's text (（一）预算绩效目标设置情况说明 under 十三、其他重要事项说明). Each missing one is a
/// finding naming it: an error when the profile is certain, else a 待核实 warning.
/// </summary>
internal sealed partial class RequiredSections : NarrativeCheck
{
    private const string SectionsId = "NC-SECTIONS";

    /// <inheritdoc/>
    public override string Id => SectionsId;

    /// <inheritdoc/>
    public override IEnumerable<Verdict> Check(NarrativeReading reading) =>
        Sections(reading.Document, reading.ChooseProfile);

    /// <inheritdoc/>
    protected override NotApplicableCheck NothingFound(Disclosure document) =>
        new(Id, NotApplicableReason.NarrativeAbsent, T("NA.Sections"));

    private static IEnumerable<Verdict> Sections(Disclosure document, Func<ProfileChoice?> chooseProfile)
    {
        if (document.Narrative.IsEmpty || chooseProfile() is not { } choice)
        {
            yield break; // a tables-only file, or no profile: nothing to judge
        }

        var required = choice.Profile.Sections.Where(s => s.AppliesTo(document.Year)).ToList();
        if (NoSectionOf(document, choice.Profile))
        {
            yield break; // none of its sections: what the reader took for narrative is not a 情况说明 (a 公开表's contents list)
        }

        NarrativeSection? previous = null; // the last required section found, where a missing one after it belongs
        foreach (var wanted in required)
        {
            if (Printed(document, wanted) is { } found)
            {
                previous = found;
                yield return Verdict.Held;
                continue;
            }

            var at = previous ?? document.Narrative[0];
            var table = wanted.Table is { } kind ? T("Sections.Table", choice.Profile.Table(kind)?.ToString() ?? T("Pub.Quoted", kind.CanonicalName)) : string.Empty;
            var where = previous is null ? T("Sections.AtStart")
                : T("Sections.After", previous, previous.Page > 0 ? T("Sections.Page", previous.Page) : string.Empty);
            var message = T("Sections.Missing", wanted.Name, table, choice.Profile.Name, choice.Profile.Title, where,
                string.Join(T("Sections.HeadingSeparator"), wanted.Headings.Select(h => T("Sections.Heading", h))));
            var finding = NarrativeText.Make(SectionsId, at.Page, choice.Certain ? Severity.Error : Severity.Warning, BuiltInChecks.Title(SectionsId),
                at, at.ToString(), message, null, null, string.Empty);
            yield return choice.Certain ? finding : finding with
            {
                Uncertainty = T("Pub.ProfileUncertain", choice.Reason),
                PagesToCheck = at.Page > 0 ? [at.Page] : [],
            };
        }
    }

    // The section whose title, or a heading line of whose text, is one of the wanted section's headings; or null.
    private static NarrativeSection? Printed(Disclosure document, RequiredSection wanted)
    {
        foreach (var section in document.Narrative)
        {
            if (wanted.IsHeading(section.Title)
                || section.Text.Split('\n').Any(line => HeadingLine().IsMatch(line) && wanted.BeginsLine(line)))
            {
                return section;
            }
        }

        return null;
    }

    /// <summary>Whether the narrative prints none of the sections <paramref name="profile"/> requires: it is no 情况说明.</summary>
    internal static bool NoSectionOf(Disclosure document, DisclosureProfile profile) =>
        !profile.Sections.Where(s => s.AppliesTo(document.Year)).Any(s => Printed(document, s) is not null);

    // A line of text that may begin with a heading: it starts with an ordinal (三、 （一）).
    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex HeadingLine();
}
