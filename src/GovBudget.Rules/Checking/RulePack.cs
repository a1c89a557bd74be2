using GovBudget.Documents;
using GovBudget.Profiles;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Binding;
using GovBudget.Rules.BuiltIn;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Evaluation;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Packs;

namespace GovBudget.Rules.Checking;

/// <summary>
/// A set of checked rules loaded from rule files (with their includes), ready to check any number of documents.
/// Immutable and thread-safe: load once, check many.
/// </summary>
public sealed class RulePack
{
    /// <summary>The extension of rule files.</summary>
    public const string Extension = RuleFileLoader.Extension;

    private const string ResourcePrefix = "GovBudget.Rules.Standard.";

    internal RulePack(IReadOnlyList<BoundRule> rules, IReadOnlyList<string> sources, bool narrativeArithmetic = false,
        bool publishedTables = false, DisclosureProfile? profile = null)
    {
        Rules = rules;
        Sources = sources;
        ChecksNarrativeArithmetic = narrativeArithmetic;
        ChecksPublishedTables = publishedTables;
        Profile = profile;
    }

    /// <summary>
    /// Whether checking also verifies the arithmetic the narrative states in its own sentences (NA-GROWTH: 增长 D%
    /// against 增加 C and the amount; NA-SHARE: 占 P% against a stated total; NA-COMPLETION: 完成预算的 P% against the
    /// budget it names; NA-PARTS: a 其中 list against its total; NA-ITEM: 项 figures against the tables; NA-REPEAT: one 项 stated twice; NA-EMPTY-NOTE: the
    /// note of an empty fund table). The standard packs do.
    /// </summary>
    public bool ChecksNarrativeArithmetic { get; }

    /// <summary>This pack with the narrative arithmetic checks on or off.</summary>
    public RulePack WithNarrativeArithmetic(bool enabled = true) => new(Rules, Sources, enabled, ChecksPublishedTables, Profile) { SourceHashes = SourceHashes };

    /// <summary>
    /// Whether checking also verifies that the document publishes every table of its profile and of its contents
    /// list (PUB-TABLES; see <see cref="DisclosureProfiles"/>). The standard packs do.
    /// </summary>
    public bool ChecksPublishedTables { get; }

    /// <summary>The profile PUB-TABLES checks every document against; null: each document's own (<see cref="DisclosureProfiles.Choose"/>).</summary>
    public DisclosureProfile? Profile { get; }

    /// <summary>
    /// This pack checking the published tables against <paramref name="profile"/> (certain: a missing table is an
    /// error), or against each document's chosen profile when null.
    /// </summary>
    public RulePack WithProfile(DisclosureProfile? profile) => new(Rules, Sources, ChecksNarrativeArithmetic, true, profile) { SourceHashes = SourceHashes };

    /// <summary>The rules, in file order (includes first, in the order included).</summary>
    internal IReadOnlyList<BoundRule> Rules { get; }

    /// <summary>
    /// Every check <see cref="Check(Disclosure)"/> runs, each once: the rules in file order, then the built-in checks
    /// (the narrative checks and PUB-TABLES when the pack has them on, then ROW-REPEAT and NM-CODE-MISPRINT, which every
    /// pack runs).
    /// </summary>
    public IReadOnlyList<PackCheck> Checks =>
    [
        .. Rules.Select(r => new PackCheck(r.Id, r.Title, false)),
        .. BuiltInChecks.Run(ChecksNarrativeArithmetic, ChecksPublishedTables).Select(id => new PackCheck(id, BuiltInChecks.Title(id), true)),
    ];

    /// <summary>The files the rules came from.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>
    /// The SHA-256 (lowercase hex) of each source's text as read (UTF-8, without a byte-order mark), by source: what a
    /// report names so that an audit can be reproduced with the same rules.
    /// </summary>
    public IReadOnlyDictionary<string, string> SourceHashes { get; internal init; } = new Dictionary<string, string>();

    /// <summary>The names of the standard packs embedded in this library (standard-budget, standard-final).</summary>
    public static IEnumerable<string> StandardPackNames =>
        typeof(RulePack).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^Extension.Length]);

    /// <summary>The standard pack for a kind of disclosure: every identity a 部门预算 (or 决算) disclosure must satisfy.</summary>
    public static RulePack Standard(DisclosureKind kind) =>
        LoadEmbedded(kind == DisclosureKind.FinalAccount ? "standard-final" : "standard-budget");

    /// <summary>Loads an embedded standard pack by name.</summary>
    /// <exception cref="ArgumentException">There is no such pack.</exception>
    public static RulePack LoadEmbedded(string name)
    {
        var loader = new RuleFileLoader(EmbeddedText);
        loader.Add(name + Extension, null);
        var pack = Built(loader);
        return name.StartsWith("standard-", StringComparison.Ordinal) ? pack.WithNarrativeArithmetic().WithProfile(null) : pack;
    }

    /// <summary>Loads rule files and directories (every *.rules file in a directory, in name order), with their includes.</summary>
    /// <exception cref="RuleLoadException">A file is missing or has problems; every problem is listed with file, line and column.</exception>
    public static RulePack Load(params IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = paths.ToList();
        var loader = RuleFileLoader.ForFolders(list);
        foreach (var path in list)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in RuleFileLoader.FolderFiles(path))
                {
                    loader.Add(Path.GetFullPath(file), null);
                }
            }
            else
            {
                loader.Add(Path.GetFullPath(path), null);
            }
        }

        return Built(loader);
    }

    /// <summary>Loads rules from text (includes are not allowed: there is no directory to resolve them against).</summary>
    /// <exception cref="RuleLoadException">The text has problems.</exception>
    public static RulePack Parse(string text, string name = "rules")
    {
        ArgumentNullException.ThrowIfNull(text);
        var loader = new RuleFileLoader(n => n == name ? text : null);
        loader.Add(name, null);
        return Built(loader);
    }

    private static RulePack Built(RuleFileLoader loader)
    {
        var (rules, sources, hashes) = loader.Build();
        return new RulePack(rules, sources) { SourceHashes = hashes };
    }

    /// <summary>Combines packs (for --rules given several times).</summary>
    /// <exception cref="RuleLoadException">Two packs define the same rule id.</exception>
    public static RulePack Combine(params IEnumerable<RulePack> packs)
    {
        var list = packs.ToList();
        var rules = list.SelectMany(p => p.Rules).ToList();
        var duplicate = rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var second = duplicate.Skip(1).First();
            throw new RuleLoadException([new RuleDiagnostic(second.Syntax.Span,
                RuleTexts.T("Pack.DuplicateId", duplicate.Key, duplicate.First().Syntax.Span))]);
        }

        return new RulePack(rules, [.. list.SelectMany(p => p.Sources).Distinct()], list.Any(p => p.ChecksNarrativeArithmetic),
            list.Any(p => p.ChecksPublishedTables), list.Select(p => p.Profile).FirstOrDefault(p => p is not null))
        {
            SourceHashes = list.SelectMany(p => p.SourceHashes).DistinctBy(h => h.Key).ToDictionary(h => h.Key, h => h.Value),
        };
    }

    /// <summary>The pack restricted to the rules with the given ids, in the pack's order.</summary>
    /// <exception cref="ArgumentException">An id is not a rule of this pack.</exception>
    public RulePack Subset(params IEnumerable<string> ruleIds)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        var wanted = ruleIds.ToHashSet(StringComparer.Ordinal);
        var unknown = wanted.Where(id => Rules.All(r => r.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"no rule {string.Join(", ", unknown)} in this pack", nameof(ruleIds));
        }

        return new RulePack([.. Rules.Where(r => wanted.Contains(r.Id))], Sources) { SourceHashes = SourceHashes };
    }

    /// <summary>Checks a document: every rule runs independently, so one rule's failure never stops the others.</summary>
    public DocumentFindings Check(Disclosure document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var checkedDocument = ThreePublicItems.ForRules(document);
        var index = new DocumentIndex(checkedDocument);
        var collector = new FindingsCollector();
        foreach (var rule in Rules)
        {
            collector.Interpret(rule, checkedDocument, index);
        }

        if (ChecksNarrativeArithmetic)
        {
            collector.CheckNarrativeArithmetic(checkedDocument, Profile);
        }

        if (ChecksPublishedTables)
        {
            collector.CheckPublishedTables(document, Profile);
        }

        return RepeatedTables.CheckLater(collector.Build(document), checkedDocument, Rules);
    }

    /// <summary>
    /// Checks a disclosure published as several files as one (<see cref="CombinedDisclosure.Combine"/>): tables from one
    /// file, narrative from another. Every cell of a finding names its file (<see cref="FindingCell.File"/>), and a table
    /// that two files both print is compared (FILES-TABLE, an error when their figures differ).
    /// </summary>
    public DocumentFindings Check(CombinedDisclosure combined)
    {
        ArgumentNullException.ThrowIfNull(combined);
        return CombinedFindings.Complete(Check(combined.Document), combined);
    }

    /// <summary>
    /// Every cell that the checks of this pack's error rules read in <paramref name="document"/>: the amounts some
    /// mandatory identity depends on. A cell outside this set can change without any error being reported.
    /// </summary>
    public IReadOnlySet<FindingCell> ErrorDependencies(Disclosure document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document = ThreePublicItems.ForRules(document);
        var index = new DocumentIndex(document);
        var cells = new HashSet<FindingCell>();
        foreach (var rule in Rules.Where(r => r.Severity == Severity.Error))
        {
            if (RuleBindings.Applies(rule, document, out var table))
            {
                new RuleEvaluation(index, rule, table) { Dependencies = cells }.Run(out _);
            }
        }

        return cells;
    }

    internal static string? EmbeddedText(string name)
    {
        using var stream = typeof(RulePack).Assembly.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
