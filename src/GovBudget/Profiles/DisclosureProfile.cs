using System.Collections.Immutable;
using GovBudget.Documents;

namespace GovBudget.Profiles;

/// <summary>
/// What a 部门预算 or 部门决算 disclosure of a region must publish: its mandated tables, with the titles and form
/// numbers the region's documents print, the years the profile was seen to hold for, and where it comes from.
/// </summary>
/// <remarks>Immutable. Profiles are data: <see cref="DisclosureProfiles.Standard"/> loads the built-in ones once.</remarks>
public sealed class DisclosureProfile
{
    internal DisclosureProfile(
        string name, string title, DisclosureKind kind, int firstYear, int lastYear, string region,
        ImmutableArray<string> departmentPrefixes, ImmutableArray<string> negations, int statementWindow,
        ImmutableArray<MandatedTable> tables, ImmutableArray<string> provenance, string source)
    {
        Name = name;
        Title = title;
        Kind = kind;
        FirstYear = firstYear;
        LastYear = lastYear;
        Region = region;
        DepartmentPrefixes = departmentPrefixes;
        Negations = negations;
        StatementWindow = statementWindow;
        Tables = tables;
        Provenance = provenance;
        Source = source;
    }

    /// <summary>The profile's name, as given to <c>--profile</c> (jiangsu-budget).</summary>
    public string Name { get; }

    /// <summary>A readable title (江苏省省级部门预算公开（公开01–12表）).</summary>
    public string Title { get; }

    /// <summary>预算 or 决算.</summary>
    public DisclosureKind Kind { get; }

    /// <summary>The first 预算年度 the profile is known to hold for.</summary>
    internal int FirstYear { get; }

    /// <summary>The last 预算年度 the profile is known to hold for.</summary>
    internal int LastYear { get; }

    /// <summary>The region (江苏省).</summary>
    internal string Region { get; }

    /// <summary>The wording a department of the region starts its name with (江苏省, 中共江苏省).</summary>
    internal ImmutableArray<string> DepartmentPrefixes { get; }

    /// <summary>
    /// Groups of wordings that name the same body inside a department's name (中国共产党江苏省委员会 / 中共江苏省委 /
    /// 江苏省委): the last of each group is the short form. Two files of one disclosure may print either.
    /// </summary>
    internal ImmutableArray<ImmutableArray<string>> DepartmentNameForms { get; init; } = [];

    /// <summary>
    /// The sections the 情况说明 must have (format version 2), in printed order; empty for a profile that lists none
    /// (a version 1 file), which NC-SECTIONS then does not judge.
    /// </summary>
    internal ImmutableArray<RequiredSection> Sections { get; init; } = [];

    /// <summary>The mandated tables, in the order the documents print them.</summary>
    public ImmutableArray<MandatedTable> Tables { get; }

    /// <summary>Where the profile comes from: per document, its source and what it shows.</summary>
    internal ImmutableArray<string> Provenance { get; }

    /// <summary>The data file the profile was read from (profiles/jiangsu-budget.json).</summary>
    internal string Source { get; }

    /// <summary>Words that deny what follows them in a statement that replaces a table (无, 没有).</summary>
    internal ImmutableArray<string> Negations { get; }

    /// <summary>How many letters a negation may stand before the subject it denies.</summary>
    internal int StatementWindow { get; }

    /// <summary>Whether <paramref name="year"/> is one of the years the profile holds for.</summary>
    internal bool Covers(FiscalYear year) => year.Year >= FirstYear && year.Year <= LastYear;

    /// <summary>Whether <paramref name="department"/>'s name places it in the profile's region.</summary>
    internal bool IsOfRegion(Department department)
    {
        ArgumentNullException.ThrowIfNull(department);
        var name = NameNormalizer.Basic(department.Name);
        return DepartmentPrefixes.Any(p => name.StartsWith(NameNormalizer.Basic(p), StringComparison.Ordinal));
    }

    /// <summary>The mandated table of <paramref name="kind"/>, or null.</summary>
    public MandatedTable? Table(TableKind kind) => Tables.FirstOrDefault(t => t.Kind == kind);

    /// <summary>"jiangsu-budget".</summary>
    public override string ToString() => Name;
}
