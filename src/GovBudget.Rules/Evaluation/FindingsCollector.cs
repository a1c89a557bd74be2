using GovBudget.Documents;
using GovBudget.Profiles;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Syntax;

namespace GovBudget.Rules.Evaluation;

/// <summary>Collects, rule by rule and in rule order, what checking one document gives.</summary>
internal sealed class FindingsCollector
{
    public List<Finding> Findings { get; } = [];

    public List<string> NotApplicable { get; } = [];

    public List<string> Passed { get; } = [];

    /// <summary>Runs one rule with the reference interpreter; a rule that cannot be evaluated becomes its own finding.</summary>
    public void Interpret(BoundRule rule, Disclosure document, DocumentIndex index)
    {
        if (!RuleEvaluation.Applies(rule, document, out var table))
        {
            NotApplicable.Add(rule.Id);
            return;
        }

        List<Finding> found;
        bool applicable;
        try
        {
            found = new RuleEvaluation(index, rule, table).Run(out applicable);
        }
#pragma warning disable CA1031 // A rule that cannot be evaluated is reported as its own finding; the others still run.
        catch (Exception e) when (e is ArithmeticException or InvalidOperationException or InvalidCastException)
#pragma warning restore CA1031
        {
            found = [new Finding(rule.Id, Severity.Error, rule.Title, $"{rule.Title}：规则无法求值（{e.Message}）", table?.Kind.CanonicalName,
                table?.Title, [], null, null, null, null, null, [], new Dictionary<string, string>(), false, rule.Syntax.Span)];
            applicable = true;
        }

        Add(rule.Id, found, applicable);
    }

    /// <summary>Records a rule's outcome.</summary>
    public void Add(string ruleId, IReadOnlyList<Finding> found, bool applicable)
    {
        if (!applicable)
        {
            NotApplicable.Add(ruleId);
        }
        else if (found.Count == 0)
        {
            Passed.Add(ruleId);
        }

        Findings.AddRange(found);
    }

    /// <summary>The ids of the narrative arithmetic checks, in the order they are reported.</summary>
    public static IReadOnlyList<string> NarrativeArithmeticIds { get; } = ["NA-EMPTY-NOTE", "NA-ITEM", "NA-GROWTH", "NA-SHARE", "NA-COMPLETION", "NA-PARTS", "NA-REPEAT"];

    /// <summary>Runs the narrative arithmetic checks: not applicable to a document without a narrative.</summary>
    public void CheckNarrativeArithmetic(Disclosure document)
    {
        if (document.Narrative.IsEmpty && document.Tables.All(t => t.Notes.IsEmpty))
        {
            NotApplicable.AddRange(NarrativeArithmeticIds);
            return;
        }

        var found = NarrativeArithmetic.Check(document).ToList();
        foreach (var id in NarrativeArithmeticIds)
        {
            Add(id, [.. found.Where(f => f.RuleId == id)], applicable: true);
        }
    }

    /// <summary>The profile the published tables were checked against, once <see cref="CheckPublishedTables"/> ran.</summary>
    public ProfileChoice? Profile { get; private set; }

    /// <summary>Runs PUB-TABLES against <paramref name="profile"/>, or the profile chosen from the document when null.</summary>
    public void CheckPublishedTables(Disclosure document, DisclosureProfile? profile)
    {
        Profile = profile is null ? DisclosureProfiles.Choose(document) : new ProfileChoice(profile, true, "由调用方指定（--profile）");
        Add(PublishedTables.RuleId, [.. PublishedTables.Check(document, Profile)], applicable: true);
    }

    public DocumentFindings Build(Disclosure document) => new(document, Findings, NotApplicable, Passed) { Profile = Profile };
}
