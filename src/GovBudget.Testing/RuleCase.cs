using System.Collections.Concurrent;
using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Packs;
using GovBudget.Rules.Syntax;
using GovBudget.Serialization;
using Xunit.Abstractions;

namespace GovBudget.Testing;

/// <summary>
/// One rule checked against one document: a theory case of <see cref="RuleCasesAttribute"/>. The runner shows it
/// under the rule's id and title, so a failing rule is visible by name. Packs and documents are loaded once per test
/// run and shared by the cases.
/// </summary>
public sealed class RuleCase : IXunitSerializable
{
    private static readonly ConcurrentDictionary<string, RulePack> Packs = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Disclosure> Documents = new(StringComparer.Ordinal);

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

    /// <summary>The rule file, folder or embedded standard pack name the rule comes from.</summary>
    public string Rules { get; private set; }

    /// <summary>The rule's id.</summary>
    public string RuleId { get; private set; }

    /// <summary>The document's path.</summary>
    public string DocumentPath { get; private set; }

    /// <summary>The rule's title.</summary>
    public string Title => Pack(Rules).Rules.First(r => r.Id == RuleId).Title;

    /// <summary>The document.</summary>
    public Disclosure Document => Load(DocumentPath);

    /// <summary>What the rule gives on the document (its findings, or that it does not apply).</summary>
    public DocumentFindings Check() => Pack(Rules).Subset(RuleId).Check(Document);

    /// <summary>
    /// Checks the rule and fails the test, listing the findings, when it gives one at or above <paramref name="failOn"/>,
    /// or when the rule does not apply to the document (a table, row, column or phrase it reads is absent: it checked
    /// nothing), with the reason. Use <see cref="AssertHolds(Severity, bool)"/> to let it not apply.
    /// </summary>
    public void AssertHolds(Severity failOn = Severity.Error) => AssertHolds(failOn, mayNotApply: false);

    /// <summary>
    /// As <see cref="AssertHolds(Severity)"/>; with <paramref name="mayNotApply"/> a rule that does not apply passes (say
    /// why in the test: a document that legitimately lacks the table the rule reads).
    /// </summary>
    public void AssertHolds(Severity failOn, bool mayNotApply)
    {
        var result = Check();
        if (!mayNotApply)
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

    /// <summary>A rule pack by file, folder or embedded standard pack name (standard-budget, standard-final).</summary>
    internal static RulePack Pack(string rules) => Packs.GetOrAdd(rules, r =>
        File.Exists(r) || Directory.Exists(r) ? RulePack.Load(r)
        : RulePack.StandardPackNames.Contains(r, StringComparer.Ordinal) ? RulePack.LoadEmbedded(r)
        : throw new FileNotFoundException($"no rule file, folder or standard pack '{r}'", r));

    private static Disclosure Load(string path) => Documents.GetOrAdd(path, p =>
        p.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? DisclosureJson.Deserialize(File.ReadAllText(p))
            : DisclosureTextReader.ReadFile(p).Document);
}
