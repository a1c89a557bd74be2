using GovBudget.Documents;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// One narrative check (one id): its verdict on each statement of its kind, and why it did not apply when it examined
/// none. Each check runs on its own, so that one that fails cannot take the others with it.
/// </summary>
internal abstract class NarrativeCheck
{
    /// <summary>The check's id (NA-GROWTH, NC-YEAR …).</summary>
    public abstract string Id { get; }

    /// <summary>
    /// Whether the check also reads what the tables print, so that it has something to read in a file without a
    /// narrative or notes.
    /// </summary>
    public virtual bool ReadsTables => false;

    /// <summary>
    /// Its verdict on each statement of its kind it found: held, a finding, or not examined (a statement whose base
    /// cannot be identified).
    /// </summary>
    public abstract IEnumerable<Verdict> Check(NarrativeReading reading);

    /// <summary>Why the check, having examined no statement, did not apply: what it looks for and the document lacks.</summary>
    public virtual NotApplicableCheck NothingToCheck(Disclosure document) =>
        document.Narrative.IsEmpty ? new(Id, NotApplicableReason.NarrativeAbsent, T("NA.NoNarrative")) : NothingFound(document);

    /// <summary>Why the check did not apply to a document with a narrative: the statement it looks for.</summary>
    protected virtual NotApplicableCheck NothingFound(Disclosure document) => new(Id, NotApplicableReason.Other, Id);
}
