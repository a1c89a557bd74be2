using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using GovBudget.Classification;

namespace GovBudget.Catalog;

/// <summary>
/// One edition of the 政府收支分类科目: the name of each code, and the tree the codes form.
/// </summary>
/// <remarks>
/// <para>A catalog is immutable once loaded, and safe to share between threads. Load one from a CSV file with
/// <see cref="Load(string, int?)"/>, or take a built-in one with <see cref="BuiltIn(int)"/>.</para>
/// <para>Every entry's parent is in the catalog: the loaders refuse a file where it is not. So
/// <see cref="Ancestors(ClassificationCode)"/> of an entry is its full chain up to the 类.</para>
/// <para>A catalog can hold several schemes at once (functional, departmental and government economic codes).
/// <see cref="Entries"/> and every list returned are in catalog order, the order of
/// <see cref="ClassificationCode"/>: by scheme, then a parent before its children, siblings by number (201, 20101,
/// 2010101, 20102, 202).</para>
/// <para>A <see cref="IsPartial">partial</see> catalog holds only some codes of its edition, so a code it lacks may
/// still be a valid code; a name it has is still the edition's name.</para>
/// </remarks>
public sealed partial class ClassificationCatalog
{
    private static readonly ReadOnlyCollection<CatalogEntry> None = ReadOnlyCollection<CatalogEntry>.Empty;

    private readonly Dictionary<ClassificationCode, CatalogEntry> byCode;
    private readonly Dictionary<ClassificationCode, ReadOnlyCollection<CatalogEntry>> children;
    private readonly Dictionary<ClassificationScheme, ReadOnlyCollection<CatalogEntry>> classes;

    // Counts per scheme and level, indexed by the enums' values (both start at 1).
    private readonly int[,] counts = new int[4, 4];

    internal ClassificationCatalog(int? edition, bool isPartial, IEnumerable<CatalogEntry> entries)
    {
        Edition = edition;
        IsPartial = isPartial;
        var sorted = entries.OrderBy(e => e.Code).ToArray();
        Entries = Array.AsReadOnly(sorted);
        byCode = sorted.ToDictionary(e => e.Code);
        children = sorted.Where(e => e.Parent is not null)
            .GroupBy(e => e.Parent!.Value)
            .ToDictionary(g => g.Key, g => Array.AsReadOnly(g.ToArray()));
        classes = sorted.Where(e => e.Level == CodeLevel.Class)
            .GroupBy(e => e.Code.Scheme)
            .ToDictionary(g => g.Key, g => Array.AsReadOnly(g.ToArray()));
        foreach (var e in sorted)
        {
            counts[(int)e.Code.Scheme, (int)e.Level]++;
        }
    }

    /// <summary>The fiscal year of the edition (2023), or null when unknown (a legacy catalog of uncertain date).</summary>
    public int? Edition { get; }

    /// <summary>Whether the catalog holds only some codes of its edition, as the built-in catalogs do: a code missing
    /// from a partial catalog may still be valid.</summary>
    internal bool IsPartial { get; }

    /// <summary>The number of entries.</summary>
    public int Count => Entries.Count;

    /// <summary>All entries in catalog order.</summary>
    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>The entry for a code, or null when the catalog does not have it.</summary>
    public CatalogEntry? Find(ClassificationCode code) => byCode.GetValueOrDefault(code);

    /// <summary>Whether the catalog has the code.</summary>
    public bool Contains(ClassificationCode code) => byCode.ContainsKey(code);

    /// <summary>Looks up the name of a code in this edition.</summary>
    /// <returns>Whether the catalog has the code.</returns>
    public bool TryGetName(ClassificationCode code, [NotNullWhen(true)] out string? name)
    {
        name = Find(code)?.Name;
        return name is not null;
    }

    /// <summary>The one 类 this edition names <paramref name="printed"/> (九、卫生健康支出 → 210), for the lines that print
    /// no code; null when none or several are named so.</summary>
    internal ClassificationCode? ClassNamed(string printed)
    {
        var name = Documents.NameNormalizer.Label(printed);
        var found = Entries.Where(e => e.Level == CodeLevel.Class && Documents.NameNormalizer.Label(e.Name) == name).Take(2).ToList();
        return found is [var only] ? only.Code : null;
    }

    /// <summary>The direct children of a code in catalog order (20103 → 2010301, 2010302 …); empty when the code has
    /// none here or is not in the catalog.</summary>
    public IReadOnlyList<CatalogEntry> Children(ClassificationCode code) => children.GetValueOrDefault(code, None);

    /// <summary>The 类 of a scheme in catalog order.</summary>
    internal IReadOnlyList<CatalogEntry> Classes(ClassificationScheme scheme) => classes.GetValueOrDefault(scheme, None);

    /// <summary>The entries of a code's ancestors, from the 类 down, without the code itself (2010301 → 201, 20103).</summary>
    /// <remarks>The code itself need not be in the catalog: the ancestors of an unknown 项 name its 类 and 款 when the
    /// catalog has them. Ancestors the catalog lacks are left out.</remarks>
    public IReadOnlyList<CatalogEntry> Ancestors(ClassificationCode code)
    {
        var result = new List<CatalogEntry>(2);
        foreach (var ancestor in code.Ancestors)
        {
            if (byCode.TryGetValue(ancestor, out var entry))
            {
                result.Add(entry);
            }
        }

        return result.AsReadOnly();
    }

    /// <summary>The number of entries of a scheme.</summary>
    internal int CountOf(ClassificationScheme scheme) =>
        CountOf(scheme, CodeLevel.Class) + CountOf(scheme, CodeLevel.Section) + CountOf(scheme, CodeLevel.Item);

    /// <summary>The number of entries of a scheme at a level (the 类, 款 or 项 count).</summary>
    internal int CountOf(ClassificationScheme scheme, CodeLevel level) =>
        (int)scheme is >= 1 and <= 3 && (int)level is >= 1 and <= 3 ? counts[(int)scheme, (int)level] : 0;

    /// <summary>A short description: the edition and the counts.</summary>
    public override string ToString() =>
        $"{(Edition is { } e ? $"{e} edition" : "edition unknown")}{(IsPartial ? " (partial)" : string.Empty)}: "
        + $"{CountOf(ClassificationScheme.Functional)} functional, {CountOf(ClassificationScheme.DepartmentEconomic)} "
        + $"departmental economic, {CountOf(ClassificationScheme.GovernmentEconomic)} government economic codes";
}
