using GovBudget.Classification;

namespace GovBudget.Catalog;

/// <summary>One line of a classification catalog: a code and its name in one edition.</summary>
/// <remarks>
/// <para>Entries are made by <see cref="ClassificationCatalog"/> when it loads a catalog; the level and the parent
/// follow from the code, and the loader has checked that the file said the same.</para>
/// <para>Two entries are equal when their code, name and source are equal.</para>
/// </remarks>
public sealed record CatalogEntry
{
    internal CatalogEntry(ClassificationCode code, string name, string? source)
    {
        Code = code;
        Name = name;
        Source = source;
    }

    /// <summary>The code (2010301).</summary>
    public ClassificationCode Code { get; }

    /// <summary>The name in this edition (行政运行).</summary>
    public string Name { get; }

    /// <summary>The level: 类, 款 or 项.</summary>
    public CodeLevel Level => Code.Level;

    /// <summary>The parent code (2010301 → 20103), or null for a 类.</summary>
    public ClassificationCode? Parent => Code.Parent;

    /// <summary>Where the pair was printed (for the built-in catalogs, the document it was read from), or null when
    /// the catalog file did not say.</summary>
    public string? Source { get; }

    /// <summary>The code and the name: <c>2010301 行政运行</c>.</summary>
    public override string ToString() => $"{Code} {Name}";
}
