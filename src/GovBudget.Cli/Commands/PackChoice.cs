using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.Profiles;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;

namespace GovBudget.Cli.Commands;

/// <summary>
/// Which rules <c>check</c> runs on a document: the standard pack of its kind (no <c>--rules</c>), the user's rules, or
/// both when <c>--rules standard</c> (or <c>standard-budget</c> / <c>standard-final</c>) is given beside the user's.
/// </summary>
internal sealed class PackChoice
{
    /// <summary>The names <c>--rules</c> takes for the standard packs (a file or folder of that name comes first).</summary>
    public static readonly IReadOnlyList<string> StandardNames = ["standard", "standard-budget", "standard-final"];

    private readonly RulePack? custom;
    private readonly DisclosureKind? standardKind;
    private readonly bool standard;
    private readonly Dictionary<DisclosureKind, RulePack> packs = [];
    private readonly Dictionary<(DisclosureKind?, string?), CompiledPack> compiledPacks = [];

    private PackChoice(RulePack? custom, bool standard, DisclosureKind? standardKind)
    {
        this.custom = custom;
        this.standard = standard;
        this.standardKind = standardKind;
    }

    /// <summary>The standard pack of each document's kind.</summary>
    public static PackChoice Default { get; } = new(null, true, null);

    /// <summary>The user's rules (null when only standard packs are named), for the waivers' rule ids.</summary>
    public RulePack? Custom => custom;

    /// <summary>Whether a standard pack runs too.</summary>
    public bool WithStandard => standard;

    /// <summary>Reads <c>--rules</c>: files and folders, and the standard packs' names.</summary>
    /// <exception cref="RuleLoadException">A rule file has problems.</exception>
    public static PackChoice Load(IReadOnlyList<string> paths)
    {
        bool Named(string p) => StandardNames.Contains(p, StringComparer.Ordinal) && !File.Exists(p) && !Directory.Exists(p);
        var files = paths.Where(p => !Named(p)).ToList();
        var names = paths.Where(Named).Distinct(StringComparer.Ordinal).ToList();
        var custom = files.Count == 0 ? null : RulePack.Load(files);
        // One kind's pack named alone runs on every document; otherwise each document gets its kind's.
        DisclosureKind? kind = names switch
        {
            ["standard-budget"] => DisclosureKind.Budget,
            ["standard-final"] => DisclosureKind.FinalAccount,
            _ => null,
        };
        return new PackChoice(custom, names.Count > 0, kind);
    }

    /// <summary>The pack for a document of <paramref name="kind"/>: loaded (parsed and bound) once per run and kind.</summary>
    /// <exception cref="RuleLoadException">The user's rules reuse a standard rule's id.</exception>
    public RulePack For(DisclosureKind kind)
    {
        if (!standard)
        {
            return custom!;
        }

        lock (packs)
        {
            var key = standardKind ?? kind;
            if (!packs.TryGetValue(key, out var pack))
            {
                var builtIn = RulePack.Standard(key);
                pack = custom is null ? builtIn : RulePack.Combine(builtIn, custom);
                packs.Add(key, pack);
            }

            return pack;
        }
    }

    /// <summary>
    /// Checks a document with the pack of its kind (and <paramref name="profile"/> when given), compiled unless
    /// <paramref name="compile"/> is false. The compiled pack is built once per run, kind and profile, not per file: a
    /// run over many files pays for parsing, binding and compiling once.
    /// </summary>
    /// <exception cref="Rules.Addressing.RuleLimitException">A rule has more bindings than the limit on this document.</exception>
    public DocumentFindings Check(Disclosure document, DisclosureProfile? profile, bool compile) =>
        compile ? Compiled(document.Kind, profile).Check(document) : Pack(document.Kind, profile).Check(document);

    /// <summary>Checks a disclosure published as several files (<c>--as-one</c>), as <see cref="Check(Disclosure, DisclosureProfile?, bool)"/>.</summary>
    /// <exception cref="Rules.Addressing.RuleLimitException">A rule has more bindings than the limit on this document.</exception>
    public DocumentFindings Check(CombinedDisclosure combined, DisclosureProfile? profile, bool compile) =>
        compile ? Compiled(combined.Document.Kind, profile).Check(combined) : Pack(combined.Document.Kind, profile).Check(combined);

    /// <summary>
    /// Checks departments as they come with the pack of the first one's kind, compiled once per run, handing each result
    /// over in input order (<see cref="DatasetChecker.CheckEach(IEnumerable{DenseDocument}, CompiledPack, Action{int}?)"/>).
    /// </summary>
    /// <exception cref="Rules.Addressing.RuleLimitException">A rule has more bindings than the limit on a department.</exception>
    public IEnumerable<DepartmentResult> CheckEach(IEnumerable<DenseDocument> departments, bool compile, Action<int>? progress)
    {
        using var each = departments.GetEnumerator();
        if (!each.MoveNext())
        {
            yield break;
        }

        var kind = each.Current.Kind;
        var all = FromCurrent(each);
        foreach (var result in compile ? DatasetChecker.CheckEach(all, Compiled(kind, null), progress) : DatasetChecker.CheckEach(all, For(kind), progress))
        {
            yield return result;
        }
    }

    private static IEnumerable<T> FromCurrent<T>(IEnumerator<T> each)
    {
        do
        {
            yield return each.Current;
        }
        while (each.MoveNext());
    }

    private RulePack Pack(DisclosureKind kind, DisclosureProfile? profile) => profile is null ? For(kind) : For(kind).WithProfile(profile);

    private CompiledPack Compiled(DisclosureKind kind, DisclosureProfile? profile)
    {
        // Keyed as For keys its packs (the user's rules alone are one pack for every kind), so that a pack is compiled,
        // and given its profile, once, when it is first needed.
        var key = (standard ? standardKind ?? kind : (DisclosureKind?)null, profile?.Name);
        lock (packs)
        {
            if (!compiledPacks.TryGetValue(key, out var compiled))
            {
                compiled = new CompiledPack(Pack(kind, profile));
                compiledPacks.Add(key, compiled);
            }

            return compiled;
        }
    }

    /// <summary>The packs any document may be checked with (for the waivers' rule ids).</summary>
    public IEnumerable<RulePack> Candidates() =>
        !standard ? [custom!]
        : standardKind is { } k ? [For(k)]
        : [For(DisclosureKind.Budget), For(DisclosureKind.FinalAccount)];
}
