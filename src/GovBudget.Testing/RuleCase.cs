using System.Collections.Concurrent;
using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using Xunit.Abstractions;

namespace GovBudget.Testing;

/// <summary>
/// One check of a pack against one document: a theory case of <see cref="RuleCasesAttribute"/>. A check is a rule of
/// the pack or a check built into it (<see cref="RulePack.Checks"/>: the narrative checks, PUB-TABLES, ROW-REPEAT,
/// NM-CODE-MISPRINT). The runner shows it under its id and title, so a failing check is visible by name. Packs and
/// documents are loaded, and each document checked with the whole pack, once per test run; a case takes its own check's
/// part of that result.
/// </summary>
public sealed class RuleCase : IXunitSerializable
{
    private static readonly ConcurrentDictionary<string, RulePack> Packs = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Disclosure> Documents = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string Rules, string Document), DocumentFindings> Results = new();

    /// <summary>For the xunit serializer only.</summary>
    [Obsolete("For xunit's serializer only.")]
    public RuleCase()
    {
        Rules = RuleId = DocumentPath = string.Empty;
    }

    internal RuleCase(string rules, string ruleId, string documentPath)
    {
        Rules = rules;
        RuleId = ruleId;
        DocumentPath = documentPath;
    }

    /// <summary>The rule file, folder or embedded standard pack name the check comes from.</summary>
    public string Rules { get; private set; }

    /// <summary>The check's id: a rule's id, or a built-in check's (NA-GROWTH, PUB-TABLES, …).</summary>
    public string RuleId { get; private set; }

    /// <summary>The document's path.</summary>
    public string DocumentPath { get; private set; }

    /// <summary>The check's title.</summary>
    public string Title => PackCheck.Title;

    /// <summary>
    /// Whether the check is built into the pack rather than a rule of its files. A test that lets the built-in
    /// narrative checks find nothing to examine says so: <c>rule.AssertHolds(Severity.Error, mayNotApply: rule.IsBuiltIn)</c>.
    /// </summary>
    public bool IsBuiltIn => PackCheck.IsBuiltIn;

    /// <summary>The document.</summary>
    public Disclosure Document => Load(DocumentPath);

    /// <summary>
    /// What the check gives on the document (its findings, or that it does not apply): its part of what
    /// <see cref="RulePack.Check(Disclosure)"/> gives with the whole pack.
    /// </summary>
    public DocumentFindings Check()
    {
        var all = Results.GetOrAdd((Rules, DocumentPath), key => Pack(key.Rules).Check(Load(key.Document)));
        return all with
        {
            Findings = [.. all.Findings.Where(f => f.RuleId == RuleId)],
            NotApplicable = [.. all.NotApplicable.Where(id => id == RuleId)],
            Passed = [.. all.Passed.Where(id => id == RuleId)],
            NotApplicableReasons = [.. all.NotApplicableReasons.Where(r => r.Rule == RuleId)],
        };
    }

    /// <summary>
    /// Runs the check and fails the test, listing the findings, when it gives one at or above <paramref name="failOn"/>,
    /// or when the check does not apply to the document (a table, row, column or phrase it reads is absent, or, for a
    /// built-in narrative check, the narrative states nothing of its kind: it checked nothing), with the reason. Use
    /// <see cref="AssertHolds(Severity, bool)"/> to let it not apply. A rule whose own <c>where</c> holds for nothing in
    /// the document (<see cref="NotApplicableReason.WhereFalse"/>: NR-OPERATING-UNITS where the 名词解释 gives no
    /// definition) holds: its author said when it applies, and this document is not such a case.
    /// </summary>
    public void AssertHolds(Severity failOn = Severity.Error) => AssertHolds(failOn, mayNotApply: false);

    /// <summary>
    /// As <see cref="AssertHolds(Severity)"/>; with <paramref name="mayNotApply"/> a check that does not apply passes (say
    /// why in the test: a document that legitimately lacks the table a rule reads, or <c>mayNotApply: rule.IsBuiltIn</c>
    /// for narrative checks that may find no statement of their kind).
    /// </summary>
    public void AssertHolds(Severity failOn, bool mayNotApply)
    {
        var result = Check();
        if (!mayNotApply && !result.NotApplicableReasons.Any(r => r.Reason == NotApplicableReason.WhereFalse))
        {
            GovBudgetAssertionExtensions.Should(result).HaveApplied(RuleId);
        }

        GovBudgetAssertionExtensions.Should(result).NotContainAtOrAbove(failOn);
    }

    /// <summary>"BE-CLASS 基本支出表：类等于其款之和（每列） · sample.txt".</summary>
    public override string ToString() => $"{RuleId} {Title} · {Path.GetFileName(DocumentPath)}";

    /// <inheritdoc/>
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        Rules = info.GetValue<string>(nameof(Rules));
        RuleId = info.GetValue<string>(nameof(RuleId));
        DocumentPath = info.GetValue<string>(nameof(DocumentPath));
    }

    /// <inheritdoc/>
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue(nameof(Rules), Rules);
        info.AddValue(nameof(RuleId), RuleId);
        info.AddValue(nameof(DocumentPath), DocumentPath);
    }

    /// <summary>The check this case runs.</summary>
    private PackCheck PackCheck => Pack(Rules).Checks.First(c => c.Id == RuleId);

    /// <summary>A rule pack by file, folder or embedded standard pack name (standard-budget, standard-final).</summary>
    internal static RulePack Pack(string rules) => Packs.GetOrAdd(rules, r =>
        File.Exists(r) || Directory.Exists(r) ? RulePack.Load(r)
        : RulePack.StandardPackNames.Contains(r, StringComparer.Ordinal) ? RulePack.LoadEmbedded(r)
        : throw new FileNotFoundException($"no rule file, folder or standard pack '{r}'", r));

    /// <summary>A document read as the govbudget tool reads it: text, PDF or GovBudget JSON, by its name or else its content.</summary>
    private static Disclosure Load(string path) => Documents.GetOrAdd(path, p => DisclosureFile.Read(p).Document);
}
