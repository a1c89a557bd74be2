using GovBudget.Documents;
using GovBudget.Profiles;

namespace GovBudget.Rules.BuiltIn;

/// <summary>What the narrative checks read of one document, prepared once for all of them.</summary>
/// <param name="Document">The document.</param>
/// <param name="Sections">Its narrative's sections, each normalised.</param>
/// <param name="ChooseProfile">The document's profile (NC-SECTIONS reads its required sections), or null when none.</param>
internal sealed record NarrativeReading(Disclosure Document, IReadOnlyList<(NarrativeSection Section, string Text)> Sections, Func<ProfileChoice?> ChooseProfile)
{
    /// <summary>The reading of <paramref name="document"/>.</summary>
    // Line breaks fall inside sentences in extracted text: each section is read as one normalised run.
    public static NarrativeReading Of(Disclosure document, Func<ProfileChoice?> chooseProfile) =>
        new(document, [.. document.Narrative.Select(s => (s, NameNormalizer.Basic(s.Text)))], chooseProfile);

    /// <summary>The sections (title and text, normalised) and the notes under the tables, each as a section of its own.</summary>
    public IEnumerable<(NarrativeSection Section, string Text)> TextsAndNotes()
    {
        foreach (var (section, text) in Sections)
        {
            yield return (section, NameNormalizer.Basic(section.Title) + "。" + text);
        }

        foreach (var table in Document.Tables.Where(t => !t.Notes.IsEmpty))
        {
            var notes = new NarrativeSection(null, table.Title, string.Join("\n", table.Notes), table.Line, table.Page);
            yield return (notes, NameNormalizer.Basic(notes.Text));
        }
    }
}
