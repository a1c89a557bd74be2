using GovBudget.Documents;
using GovBudget.Rules.Packs;
using GovBudget.Rules.Parsing;

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

    /// <summary>The pack for a document of <paramref name="kind"/>.</summary>
    /// <exception cref="RuleLoadException">The user's rules reuse a standard rule's id.</exception>
    public RulePack For(DisclosureKind kind)
    {
        if (!standard)
        {
            return custom!;
        }

        var builtIn = RulePack.Standard(standardKind ?? kind);
        return custom is null ? builtIn : RulePack.Combine(builtIn, custom);
    }

    /// <summary>The packs any document may be checked with (for the waivers' rule ids).</summary>
    public IEnumerable<RulePack> Candidates() =>
        !standard ? [custom!]
        : standardKind is { } k ? [For(k)]
        : [For(DisclosureKind.Budget), For(DisclosureKind.FinalAccount)];
}
