using System.Text.RegularExpressions;
using GovBudget.Documents;
using GovBudget.Profiles;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Binding;
using GovBudget.Rules.BuiltIn;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Evaluation;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Checking;

/// <summary>Collects, rule by rule and in rule order, what checking one document gives.</summary>
internal sealed class FindingsCollector
{
    public List<Finding> Findings { get; } = [];

    public List<string> NotApplicable { get; } = [];

    /// <summary>Why each of <see cref="NotApplicable"/> did not apply, in the same order.</summary>
    public List<NotApplicableCheck> Reasons { get; } = [];

    public List<string> Passed { get; } = [];

    /// <summary>Runs one rule with the reference interpreter; a rule that cannot be evaluated becomes its own finding.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="document">The document.</param>
    /// <param name="index">The document's index.</param>
    /// <param name="only">
    /// The bindings to evaluate, ascending (those compiled code did not find to hold exactly); the others hold. Null:
    /// every binding.
    /// </param>
    public void Interpret(BoundRule rule, Disclosure document, DocumentIndex index, IReadOnlyList<int>? only = null)
    {
        if (RuleBindings.WhyNotApplicable(rule, document, out var table) is { } why)
        {
            AddNotApplicable(why);
            return;
        }

        List<Finding> found;
        NotApplicableCheck? notApplicable = null;
        try
        {
            FaultInjection.Point(rule.Id);
            var evaluation = new RuleEvaluation(index, rule, table);
            found = evaluation.Run(out var applicable, only);
            if (!applicable)
            {
                notApplicable = evaluation.FirstNotApplicable?.For(rule.Id)
                    ?? new NotApplicableCheck(rule.Id, NotApplicableReason.Other, T("NA.Undecidable"));
            }
        }
#pragma warning disable CA1031 // A rule that cannot be evaluated is reported as its own finding; the others still run.
        catch (Exception e) when (e is not OutOfMemoryException and not RuleLimitException)
#pragma warning restore CA1031
        {
            found = [Fault(rule.Id, rule.Title, document, e, table, rule.Syntax.Span)];
        }

        Add(rule.Id, found, notApplicable);
    }

    /// <summary>Records a rule's outcome: its findings, or why it did not apply.</summary>
    public void Add(string ruleId, IReadOnlyList<Finding> found, NotApplicableCheck? notApplicable)
    {
        if (notApplicable is not null)
        {
            AddNotApplicable(notApplicable);
        }
        else if (found.Count == 0)
        {
            Passed.Add(ruleId);
        }

        Findings.AddRange(found);
    }

    /// <summary>Records a check that did not apply, and why.</summary>
    public void AddNotApplicable(NotApplicableCheck why)
    {
        NotApplicable.Add(why.Rule);
        Reasons.Add(why);
    }

    /// <summary>
    /// Runs the narrative arithmetic checks, each on its own. Not applicable to a document without a narrative; a
    /// check that found no statement of its kind to examine is not applicable either (it checked nothing), with the
    /// statement it looks for as the detail.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="profile">The profile to hold it to (NC-SECTIONS), or null: the one <see cref="DisclosureProfiles.Choose"/> chooses.</param>
    public void CheckNarrativeArithmetic(Disclosure document, DisclosureProfile? profile = null)
    {
        var noText = document.Narrative.IsEmpty && document.Tables.All(t => t.Notes.IsEmpty);
        var reading = NarrativeReading.Of(document, () => ChooseProfile(document, profile));
        foreach (var check in NarrativeChecks.All)
        {
            var id = check.Id;
            if (noText && !check.ReadsTables)
            {
                AddNotApplicable(new NotApplicableCheck(id, NotApplicableReason.NarrativeAbsent, T("NA.NoNarrative")));
                continue;
            }

            List<Finding> found;
            NotApplicableCheck? notApplicable = null;
            try
            {
                FaultInjection.Point(id);
                var verdicts = check.Check(reading).ToList();
                found = [.. verdicts.Select(v => v.Finding).OfType<Finding>()];
                if (!verdicts.Any(v => v.Examined))
                {
                    notApplicable = check.NothingToCheck(document);
                }
            }
            catch (RegexMatchTimeoutException e)
            {
                // A narrative too long to read in time: the check did not run, which is not a fault of the checker.
                found = [];
                notApplicable = new NotApplicableCheck(id, NotApplicableReason.Other, NarrativePatterns.TimedOut(e));
            }
#pragma warning disable CA1031 // A check that fails is reported as its own finding; the others still run.
            catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                found = [Fault(id, id, document, e, null, new SourceSpan("narrative", 0, 1))];
            }

            Add(id, found, notApplicable);
        }
    }

    /// <summary>
    /// The finding of a rule or check that threw: an error of the checker, not of the document, named with the rule,
    /// the document and the exception's message (never its stack trace).
    /// </summary>
    public static Finding Fault(string ruleId, string title, Disclosure document, Exception e, BudgetTable? table, SourceSpan span) =>
        new(ruleId, Severity.Error, title,
            T("Fault.Message", ruleId, title, document.Source ?? document.ToString(), e.GetType().Name, e.Message),
            table?.Kind.CanonicalName, table?.Title, [], null, null, null, null, null, [], new Dictionary<string, string>(), false, span)
        {
            IsInternalFault = true,
        };

    /// <summary>The profile the published tables were checked against, once <see cref="CheckPublishedTables"/> ran.</summary>
    public ProfileChoice? Profile { get; private set; }

    /// <summary>Runs PUB-TABLES against <paramref name="profile"/>, or the profile chosen from the document when null.</summary>
    public void CheckPublishedTables(Disclosure document, DisclosureProfile? profile)
    {
        List<Finding> found;
        try
        {
            FaultInjection.Point(PublishedTables.RuleId);
            Profile = ChooseProfile(document, profile);
            found = [.. PublishedTables.Check(document, Profile)];
        }
#pragma warning disable CA1031 // A check that fails is reported as its own finding; the others still run.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            found = [Fault(PublishedTables.RuleId, T("Fault.PublishedTables"), document, e, null, new SourceSpan("profile", 0, 1))];
        }

        Add(PublishedTables.RuleId, found, notApplicable: null);
    }

    // The profile is chosen once per document, for NC-SECTIONS and PUB-TABLES alike (from the same titles and kinds).
    private ProfileChoice? chosen;

    private ProfileChoice ChooseProfile(Disclosure document, DisclosureProfile? profile) =>
        chosen ??= profile is null ? DisclosureProfiles.Choose(document) : new ProfileChoice(profile, true, T("Profile.Given"));

    /// <summary>The document's findings: each one resting on an uncertain reading becomes a 待核实 warning here.</summary>
    public DocumentFindings Build(Disclosure document) =>
        new(document, RepeatedFindings.Merge(Findings.Select(f => UncertainReading.Mark(f, document))), NotApplicable, Passed) { NotApplicableReasons = Reasons, Profile = Profile };
}
