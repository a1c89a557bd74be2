using GovBudget.Documents;
using GovBudget.Inputs;
using GovBudget.Serialization;

namespace GovBudget.Import;

/// <summary>
/// The one entry point for reading a disclosure file, as the <c>govbudget</c> tool reads one. A name ending in
/// <c>.pdf</c> or <c>.json</c> is taken at its word, so that a damaged file is reported as what it claims to be;
/// any other file is read by its content: a PDF (<c>%PDF-</c> in its first 1024 bytes, <see cref="PdfDisclosureReader"/>),
/// GovBudget JSON (<c>{</c> first), or else disclosure text (<see cref="DisclosureTextReader"/>).
/// </summary>
public static class DisclosureFile
{
    // The PDF format lets the header start anywhere in the first 1024 bytes; PdfDisclosureReader looks as far.
    private const int HeadBytes = 1024;

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
        return KindOf(path) switch
        {
            ContentKind.Json => new ImportResult(DisclosureJson.ReadFile(path), []),
            ContentKind.Pdf => PdfDisclosureReader.ReadFile(path, names),
            _ => DisclosureTextReader.ReadFile(path, names),
        };
    }

    private enum ContentKind
    {
        Text,
        Pdf,
        Json,
    }

    private static ContentKind KindOf(string path)
    {
        if (path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return ContentKind.Pdf;
        }

        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return ContentKind.Json;
        }

        var head = Head(path);
        if (head.AsSpan().IndexOf("%PDF-"u8) >= 0)
        {
            return ContentKind.Pdf;
        }

        return head.AsSpan().TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8) is [(byte)'{', ..] ? ContentKind.Json : ContentKind.Text;
    }

    // The first bytes, opened as every reader opens its input (no device, no FIFO); none when the file cannot be
    // opened, so that the text reader reports why.
    private static byte[] Head(string path)
    {
        try
        {
            using var stream = InputFile.OpenRead(path, long.MaxValue, string.Empty);
            var head = new byte[HeadBytes];
            var read = stream.ReadAtLeast(head, HeadBytes, throwOnEndOfStream: false);
            return head[..read];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
