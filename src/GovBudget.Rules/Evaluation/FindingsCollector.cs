using GovBudget.Documents;
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
            FaultInjection.Point(rule.Id);
            found = new RuleEvaluation(index, rule, table).Run(out applicable);
        }
#pragma warning disable CA1031 // A rule that cannot be evaluated is reported as its own finding; the others still run.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            found = [Fault(rule.Id, rule.Title, document, e, table, rule.Syntax.Span)];
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
    public static IReadOnlyList<string> NarrativeArithmeticIds => NarrativeArithmetic.Ids;

    /// <summary>Runs the narrative arithmetic checks, each on its own: not applicable to a document without a narrative.</summary>
    public void CheckNarrativeArithmetic(Disclosure document)
    {
        if (document.Narrative.IsEmpty && document.Tables.All(t => t.Notes.IsEmpty))
        {
            NotApplicable.AddRange(NarrativeArithmeticIds);
            return;
        }

        var sections = NarrativeArithmetic.Sections(document);
        foreach (var id in NarrativeArithmeticIds)
        {
            List<Finding> found;
            try
            {
                FaultInjection.Point(id);
                found = [.. NarrativeArithmetic.Check(id, document, sections)];
            }
#pragma warning disable CA1031 // A check that fails is reported as its own finding; the others still run.
            catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                found = [Fault(id, id, document, e, null, new SourceSpan("narrative", 0, 1))];
            }

            Add(id, found, applicable: true);
        }
    }

    /// <summary>
    /// The finding of a rule or check that threw: an error of the checker, not of the document, named with the rule,
    /// the document and the exception's message (never its stack trace).
    /// </summary>
    public static Finding Fault(string ruleId, string title, Disclosure document, Exception e, BudgetTable? table, SourceSpan span) =>
        new(ruleId, Severity.Error, title,
            $"规则执行失败：{ruleId}（{title}）在 {document.Source ?? document.ToString()} 上执行时出错：{e.GetType().Name}: {e.Message}（这是 GovBudget 自身的故障，请报告）",
            table?.Kind.CanonicalName, table?.Title, [], null, null, null, null, null, [], new Dictionary<string, string>(), false, span)
        {
            IsInternalFault = true,
        };

    public DocumentFindings Build(Disclosure document) => new(document, Findings, NotApplicable, Passed);
}
