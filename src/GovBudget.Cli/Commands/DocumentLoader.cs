using GovBudget.Import;
using GovBudget.Serialization;

namespace GovBudget.Cli.Commands;

/// <summary>Reads an input file by its extension: our JSON, a PDF, or disclosure text.</summary>
internal static class DocumentLoader
{
    /// <summary>Reads <paramref name="path"/>; on failure returns null and writes the reason to <paramref name="stderr"/>.</summary>
    public static ImportResult? TryLoad(string path, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine($"govbudget: {path}: no such file");
            return null;
        }

        try
        {
            if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                return new ImportResult(DisclosureJson.Deserialize(File.ReadAllText(path)), []);
            }

            if (path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                return PdfDisclosureReader.ReadFile(path);
            }

            return DisclosureTextReader.ReadFile(path);
        }
        catch (DisclosureFormatException e)
        {
            stderr.WriteLine($"govbudget: {e.Message}");
        }
        catch (System.Text.Json.JsonException e)
        {
            stderr.WriteLine($"govbudget: {Path.GetFileName(path)}: not a GovBudget JSON document: {e.Message}");
        }
        catch (FormatException e)
        {
            stderr.WriteLine($"govbudget: {Path.GetFileName(path)}: {e.Message}");
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"govbudget: {Path.GetFileName(path)}: {e.Message}");
        }

        return null;
    }
}
