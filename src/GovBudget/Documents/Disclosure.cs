using System.Collections.Immutable;

namespace GovBudget.Documents;

/// <summary>A published 部门预算/决算公开 disclosure: who, which year, its tables and its narrative.</summary>
/// <remarks>Immutable.</remarks>
public sealed class Disclosure
{
    /// <summary>Creates a disclosure.</summary>
    public Disclosure(
        Department department,
        FiscalYear year,
        DisclosureKind kind,
        IEnumerable<BudgetTable> tables,
        IEnumerable<NarrativeSection> narrative,
        string? source = null)
    {
        ArgumentNullException.ThrowIfNull(department);
        Department = department;
        Year = year;
        Kind = kind;
        Tables = [.. tables];
        Narrative = [.. narrative];
        Source = source;
    }

    /// <summary>The department.</summary>
    public Department Department { get; }

    /// <summary>The 预算年度.</summary>
    public FiscalYear Year { get; }

    /// <summary>预算 or 决算.</summary>
    public DisclosureKind Kind { get; }

    /// <summary>The tables in printed order.</summary>
    public ImmutableArray<BudgetTable> Tables { get; }

    /// <summary>The narrative (情况说明) by top-level section.</summary>
    public ImmutableArray<NarrativeSection> Narrative { get; }

    /// <summary>Where the document was read from (a file name), or null.</summary>
    public string? Source { get; }

    /// <summary>
    /// The files a disclosure published as several files was read from, in order (<see cref="CombinedDisclosure"/>);
    /// empty for a disclosure read from one file.
    /// </summary>
    public ImmutableArray<string> Sources { get; init; } = [];

    /// <summary>The entries of its contents list (目录) in printed order; empty when it prints none (or it was not read).</summary>
    public ImmutableArray<ContentsEntry> Contents { get; init; } = [];

    /// <summary>Blocks printed like tables of figures that the reader did not read as tables (titles it did not recognise).</summary>
    public ImmutableArray<UnreadTable> UnreadTables { get; init; } = [];

    /// <summary>
    /// The names the document was read with (<see cref="DisclosureNames.Default"/> unless the reader was given others):
    /// the rules find a row printed under a variant of its name by them.
    /// </summary>
    internal DisclosureNames Names { get; init; } = DisclosureNames.Default;

    /// <summary>A copy with other tables; the department, year, kind, narrative, source, contents and unread blocks are kept.</summary>
    public Disclosure WithTables(IEnumerable<BudgetTable> tables) =>
        new(Department, Year, Kind, tables, Narrative, Source) { Contents = Contents, UnreadTables = UnreadTables, Sources = Sources, Names = Names };

    /// <summary>The first table of <paramref name="kind"/>, or null.</summary>
    public BudgetTable? Table(TableKind kind) => Tables.FirstOrDefault(t => t.Kind == kind);

    /// <summary>
    /// The table a user names: a kind's canonical name, short name or alias, or the title as printed (exact after
    /// normalising). Null when there is none.
    /// </summary>
    public BudgetTable? FindTable(string name)
    {
        var n = NameNormalizer.Title(name);
        var byTitle = Tables.FirstOrDefault(t => NameNormalizer.Title(t.Title) == n);
        if (byTitle is not null)
        {
            return byTitle;
        }

        return TableKind.FromName(name) is { } kind ? Table(kind) : null;
    }

    /// <summary>"302 石家庄市数据资源管理局 2023 预算".</summary>
    public override string ToString() => $"{Department} {Year} {Kind.ChineseName()}";
}
