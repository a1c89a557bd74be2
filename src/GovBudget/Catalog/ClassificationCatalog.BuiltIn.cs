using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using GovBudget.Classification;

namespace GovBudget.Catalog;

/// <content>The catalogs shipped with the library.</content>
public sealed partial class ClassificationCatalog
{
    private const string ResourcePrefix = "GovBudget.Catalog.edition-";
    private const string ResourceSuffix = ".csv";

    // Each edition is parsed on first use only: most callers need one edition, many need none.
    private static readonly Dictionary<int, Lazy<ClassificationCatalog>> BuiltIns = typeof(ClassificationCatalog).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
        .Select(n => (Resource: n, Edition: int.Parse(
            n.AsSpan(ResourcePrefix.Length, n.Length - ResourcePrefix.Length - ResourceSuffix.Length),
            NumberStyles.None,
            CultureInfo.InvariantCulture)))
        .ToDictionary(r => r.Edition, r => new Lazy<ClassificationCatalog>(() => LoadResource(r.Resource, r.Edition)));

    /// <summary>The editions that have a built-in catalog, in ascending order.</summary>
    public static IReadOnlyList<int> BuiltInEditions { get; } = new ReadOnlyCollection<int>([.. BuiltIns.Keys.Order()]);

    /// <summary>The built-in catalog of an edition, or null when there is none.</summary>
    /// <remarks>
    /// <para>No machine-readable copy of the official 《政府收支分类科目》 was available, so the built-in catalogs
    /// hold only the code/name pairs printed in the tables of real published budget documents of that year; every
    /// entry's <see cref="CatalogEntry.Source"/> names its document. They are therefore
    /// <see cref="IsPartial">partial</see>: a code missing from them may still be valid. Load the full official
    /// edition from a file with <see cref="Load(string, int?)"/> when you have it.</para>
    /// <para>Only codes whose whole chain of ancestors the document printed are included, so that the rule "every
    /// parent is in the catalog" holds for built-in catalogs too. (Every document used prints its 类 and 款 rows, so
    /// no printed code was left out.)</para>
    /// <para>Where a document names a code two ways, the entry takes the name its tables agree on; a name split over
    /// a page break or a line is joined.</para>
    /// </remarks>
    public static ClassificationCatalog? BuiltIn(int edition) =>
        BuiltIns.TryGetValue(edition, out var lazy) ? lazy.Value : null;

    /// <summary>
    /// The name of <paramref name="code"/> in <paramref name="edition"/> as far as the built-in data knows it: the
    /// built-in catalog of that edition, then the crosswalk between editions (207 is 文化旅游体育与传媒支出 from 2019),
    /// then another built-in edition, the nearest first, when the crosswalk records no change of the code between the
    /// two. Null when none knows it. For generated data: a checker judges names by the document's own edition only.
    /// </summary>
    internal static string? BuiltInName(ClassificationCode code, int edition)
    {
        if (BuiltIn(edition) is { } own && own.TryGetName(code, out var name))
        {
            return name;
        }

        var crosswalk = CodeCrosswalk.BuiltIn;
        if (crosswalk.NameIn(code, edition) is { } renamed)
        {
            return renamed;
        }

        foreach (var other in BuiltInEditions.OrderBy(e => Math.Abs(e - edition)).ThenByDescending(e => e))
        {
            if (BuiltIn(other)!.TryGetName(code, out var carried) && !crosswalk.ChangesBetween(code, Math.Min(other, edition), Math.Max(other, edition)))
            {
                return carried;
            }
        }

        return null;
    }

    private static ClassificationCatalog LoadResource(string resource, int edition)
    {
        using var stream = typeof(ClassificationCatalog).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the built-in catalog {resource} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var builder = new CatalogBuilder();
        builder.Add(reader, $"edition-{edition}.csv");
        return builder.Build(edition, isPartial: true);
    }
}
