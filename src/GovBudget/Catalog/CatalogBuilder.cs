using GovBudget.Classification;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Catalog;

/// <summary>Collects the rows of one or more catalog files and checks what needs them all: no code twice, every
/// parent present (a parent may come after its child, or in another file of the same load).</summary>
internal sealed class CatalogBuilder
{
    private readonly List<(CatalogEntry Entry, string Source, int Line)> rows = [];
    private readonly Dictionary<ClassificationCode, int> index = [];

    /// <summary>Reads one file.</summary>
    /// <exception cref="CatalogFormatException">A row is malformed or repeats a code already read.</exception>
    public void Add(TextReader reader, string sourceName)
    {
        foreach (var (entry, line) in CatalogCsvReader.Read(reader, sourceName))
        {
            if (index.TryGetValue(entry.Code, out var i))
            {
                var first = rows[i];
                var where = first.Source == sourceName ? T("Catalog.OnLine", first.Line) : $"{first.Source}:{first.Line}";
                throw new CatalogFormatException(sourceName, line, T("Catalog.Twice", entry.Code, where));
            }

            index.Add(entry.Code, rows.Count);
            rows.Add((entry, sourceName, line));
        }
    }

    /// <summary>Checks the parents and makes the catalog.</summary>
    /// <exception cref="CatalogFormatException">A parent is missing.</exception>
    public ClassificationCatalog Build(int? edition, bool isPartial)
    {
        // Rows are in reading order, so the first missing parent reported is the first a person would meet.
        foreach (var (entry, source, line) in rows)
        {
            if (entry.Parent is { } parent && !index.ContainsKey(parent))
            {
                throw new CatalogFormatException(source, line, T("Catalog.ParentAbsent", entry.Code, parent));
            }
        }

        return new ClassificationCatalog(edition, isPartial, rows.Select(r => r.Entry));
    }
}
