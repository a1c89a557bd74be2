using GovBudget.Documents;
using GovBudget.Serialization;

namespace GovBudget.Import;

/// <summary>
/// Reads a disclosure file with the reader its name calls for, as the <c>govbudget</c> tool does: GovBudget JSON
/// (<c>.json</c>), a PDF (<c>.pdf</c>, <see cref="PdfDisclosureReader"/>), or else disclosure text
/// (<see cref="DisclosureTextReader"/>).
/// </summary>
public static class DisclosureFile
{
    /// <summary>Reads <paramref name="path"/> with the built-in names.</summary>
    /// <exception cref="DisclosureFormatException">The file is missing, refused, or cannot be read as a disclosure.</exception>
    public static ImportResult Read(string path) => Read(path, DisclosureNames.Default);

    /// <summary>
    /// Reads <paramref name="path"/>; a PDF or text is read with <paramref name="names"/>, while GovBudget JSON holds
    /// canonical names already (and has no reader notices).
    /// </summary>
    /// <exception cref="DisclosureFormatException">The file is missing, refused, or cannot be read as a disclosure.</exception>
    public static ImportResult Read(string path, DisclosureNames names)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(names);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return new ImportResult(DisclosureJson.ReadFile(path), []);
        }

        return path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
            ? PdfDisclosureReader.ReadFile(path, names)
            : DisclosureTextReader.ReadFile(path, names);
    }
}
