using GovBudget.Inputs;
using System.Text;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Catalog;

/// <content>Loading a catalog from CSV.</content>
public sealed partial class ClassificationCatalog
{
    /// <summary>Loads a catalog from a CSV file (UTF-8, with or without BOM) with the header
    /// <c>code,name,level,parent</c> and an optional <c>source</c> column.</summary>
    /// <remarks>
    /// <para>One row per code: <c>2010301,行政运行,3,20103</c>. The level is 1/2/3 (or 类/款/项) and must match the
    /// length of the code; the parent is empty for a 类 and otherwise must be the code's parent, which must be in the
    /// file (before or after the child). A code may appear once. Fields may be quoted; blank lines are skipped.</para>
    /// <para>The file's name (without its folder) is used in error messages: <c>functional.csv:12: …</c>.</para>
    /// </remarks>
    /// <param name="path">The CSV file.</param>
    /// <param name="edition">The fiscal year of the edition, or null when unknown.</param>
    /// <exception cref="CatalogFormatException">The file is not a valid catalog; the message names the line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ClassificationCatalog Load(string path, int? edition = null) => Load([path], edition);

    private const long MaxCatalogBytes = 64L * 1024 * 1024;

    private const int MaxCatalogLine = 1 << 20;

    /// <summary>Loads one catalog from several CSV files, for example one per scheme.</summary>
    /// <remarks>Each file has its own header. A code may appear in only one file; a parent may be in another file of
    /// the same call. See <see cref="Load(string, int?)"/> for the format.</remarks>
    /// <param name="paths">The CSV files.</param>
    /// <param name="edition">The fiscal year of the edition, or null when unknown.</param>
    /// <exception cref="CatalogFormatException">A file is not a valid catalog; the message names the file and line.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static ClassificationCatalog Load(IEnumerable<string> paths, int? edition = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        CheckEdition(edition);
        var builder = new CatalogBuilder();
        foreach (var path in paths)
        {
            ArgumentException.ThrowIfNullOrEmpty(path, nameof(paths));

            // A regular file of at most MaxCatalogBytes, lines of at most MaxCatalogLine (a device or FIFO is never
            // opened). StreamReader drops a UTF-8 BOM, and reads UTF-8 when there is none.
            var name = Path.GetFileName(path);
            using var reader = new StreamReader(InputFile.OpenRead(path, MaxCatalogBytes, T("Input.Limit.Catalog")), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            using var limited = new CsvLineLimiter(reader, MaxCatalogLine, line => new CatalogFormatException(name, line, T("Catalog.TooLong", MaxCatalogLine)));
            builder.Add(limited, name);
        }

        return builder.Build(edition, isPartial: false);
    }

    /// <summary>Loads a catalog from CSV text.</summary>
    /// <remarks>See <see cref="Load(string, int?)"/> for the format. The reader is not closed.</remarks>
    /// <param name="reader">The CSV text.</param>
    /// <param name="sourceName">The name used in error messages (a file name).</param>
    /// <param name="edition">The fiscal year of the edition, or null when unknown.</param>
    /// <exception cref="CatalogFormatException">The text is not a valid catalog; the message names the line.</exception>
    internal static ClassificationCatalog Load(TextReader reader, string sourceName, int? edition = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        CheckEdition(edition);
        var builder = new CatalogBuilder();
        builder.Add(reader, sourceName);
        return builder.Build(edition, isPartial: false);
    }

    private static void CheckEdition(int? edition)
    {
        if (edition is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(edition), edition, "an edition is a fiscal year such as 2023");
        }
    }
}
