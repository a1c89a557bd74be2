using System.Collections.Immutable;

namespace GovBudget.Documents;

/// <summary>The names of one or more names files, as read: the lists in file order, before any lookup is built.</summary>
internal sealed record NameData(
    ImmutableArray<string> Sources,
    ImmutableDictionary<TableKind, ImmutableArray<string>> Titles,
    ImmutableArray<(string Canonical, ImmutableArray<string> Variants)> Columns,
    ImmutableArray<(string Canonical, ImmutableArray<string> Variants)> Rows,
    ImmutableArray<string> ThreePublicItems,
    ImmutableArray<ImmutableArray<string>> DepartmentNameForms)
{
    public static NameData Empty { get; } = new([], ImmutableDictionary<TableKind, ImmutableArray<string>>.Empty, [], [], [], []);

    /// <summary>The words of the headings the readers recognise (情况说明, 目录, 部分), by role (formatVersion 2).</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Headings { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>The words a table's header prints over its label, code and number columns, by role (formatVersion 2).</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> HeaderWords { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>These names followed by <paramref name="other"/>'s: a name of both keeps its place and gains the other's variants.</summary>
    public NameData Merge(NameData other)
    {
        var titles = Titles;
        foreach (var (kind, list) in other.Titles)
        {
            titles = titles.SetItem(kind, titles.TryGetValue(kind, out var mine) ? [.. mine.Concat(list).Distinct()] : list);
        }

        return new NameData(
            Sources.AddRange(other.Sources),
            titles,
            MergeLists(Columns, other.Columns),
            MergeLists(Rows, other.Rows),
            [.. ThreePublicItems.Concat(other.ThreePublicItems).Distinct()],
            DepartmentNameForms.AddRange(other.DepartmentNameForms))
        {
            Headings = MergeRoles(Headings, other.Headings),
            HeaderWords = MergeRoles(HeaderWords, other.HeaderWords),
        };
    }

    private static ImmutableDictionary<string, ImmutableArray<string>> MergeRoles(
        ImmutableDictionary<string, ImmutableArray<string>> mine, ImmutableDictionary<string, ImmutableArray<string>> theirs)
    {
        foreach (var (role, words) in theirs)
        {
            mine = mine.SetItem(role, mine.TryGetValue(role, out var known) ? [.. known.Concat(words).Distinct()] : words);
        }

        return mine;
    }

    private static ImmutableArray<(string, ImmutableArray<string>)> MergeLists(
        ImmutableArray<(string Canonical, ImmutableArray<string> Variants)> mine,
        ImmutableArray<(string Canonical, ImmutableArray<string> Variants)> theirs)
    {
        // A printed name the other names map to a canonical name leaves any other canonical name it was a variant of.
        var remapped = theirs.SelectMany(t => t.Variants.Select(v => (Name: NameNormalizer.Label(v), t.Canonical))).ToList();
        var result = mine.Select(m => (m.Canonical, Variants: m.Variants.RemoveAll(v =>
            remapped.Any(r => r.Canonical != m.Canonical && r.Name == NameNormalizer.Label(v))))).ToList();
        foreach (var (canonical, variants) in theirs)
        {
            var at = result.FindIndex(e => e.Canonical == canonical);
            if (at < 0)
            {
                result.Add((canonical, variants));
            }
            else
            {
                result[at] = (canonical, [.. result[at].Variants.Concat(variants).Distinct()]);
            }
        }

        return [.. result];
    }
}
