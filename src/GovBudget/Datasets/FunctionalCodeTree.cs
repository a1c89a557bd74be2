using System.Globalization;
using GovBudget.Catalog;
using GovBudget.Classification;

namespace GovBudget.Datasets;

/// <summary>
/// The code trees generated departments draw from: a full-size functional tree (the shapes in
/// <see cref="FunctionalCodeShapes"/> plus the functional codes of the built-in 2023 catalog) and the departmental
/// economic codes of the built-in catalogs. Names come from the built-in catalog of the dataset's year, then through
/// the crosswalk between editions (<see cref="ClassificationCatalog.BuiltInName"/>), else a neutral label
/// (功能科目2010301, 经济科目31002): the old tree's own names are never used.
/// </summary>
internal sealed class FunctionalCodeTree
{
    private static readonly Lazy<FunctionalCodeTree> Shared = new(() => new FunctionalCodeTree());

    private readonly Dictionary<ClassificationCode, ClassificationCode[]> children;
    private readonly Dictionary<ClassificationCode, string> names = [];
    private readonly ClassificationCatalog catalog;

    private FunctionalCodeTree()
    {
        catalog = ClassificationCatalog.BuiltIn(DatasetGenerator.Year)
            ?? throw new InvalidOperationException($"the built-in {DatasetGenerator.Year} catalog is missing");
        var codes = new SortedSet<ClassificationCode>();
        foreach (var entry in FunctionalCodeShapes.Sections)
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            var section = ClassificationCode.Parse(entry[..colon]);
            codes.Add(section.Parent!.Value);
            codes.Add(section);
            foreach (var item in entry[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                codes.Add(ClassificationCode.Parse(entry[..colon] + item));
            }
        }

        foreach (var entry in catalog.Entries)
        {
            if (entry.Code.Scheme == ClassificationScheme.Functional)
            {
                codes.Add(entry.Code);
            }
        }

        children = codes.Where(c => c.Parent is not null)
            .GroupBy(c => c.Parent!.Value)
            .ToDictionary(g => g.Key, g => g.ToArray());
        Classes = [.. codes.Where(c => c.Level == CodeLevel.Class)];

        // 310 (资本性支出) is not in the 2023 catalog: its 款 codes come from the 2024 one (codes only).
        var capital = ClassificationCode.Parse("310");
        EconomicClasses =
        [
            .. new[] { "301", "302", "303" }.Select(c => (ClassificationCode.Parse(c), catalog.Children(ClassificationCode.Parse(c)).Select(e => e.Code).ToArray())),
            (capital, ClassificationCatalog.BuiltIn(2024)?.Children(capital).Select(e => e.Code).ToArray() ?? []),
        ];
    }

    /// <summary>The shared instance.</summary>
    public static FunctionalCodeTree Instance => Shared.Value;

    /// <summary>The functional 类 in code order.</summary>
    public ClassificationCode[] Classes { get; }

    /// <summary>The departmental economic 类 a 基本支出表 uses (301, 302, 303, 310) with their 款.</summary>
    public (ClassificationCode Class, ClassificationCode[] Sections)[] EconomicClasses { get; }

    /// <summary>The children of a code in code order (empty for a leaf).</summary>
    public ClassificationCode[] Children(ClassificationCode code) => children.GetValueOrDefault(code, []);

    /// <summary>The name generated data gives a code.</summary>
    public string Name(ClassificationCode code)
    {
        lock (names)
        {
            if (!names.TryGetValue(code, out var name))
            {
                name = ClassificationCatalog.BuiltInName(code, DatasetGenerator.Year)
                    ?? string.Create(CultureInfo.InvariantCulture, $"{(code.Scheme == ClassificationScheme.Functional ? "功能科目" : "经济科目")}{code}");
                names.Add(code, name);
            }

            return name;
        }
    }
}
