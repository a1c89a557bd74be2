using System.Text;
using GovBudget.Documents;

namespace GovBudget.Import;

/// <summary>
/// Reads a disclosure from the text extracted from its published PDF: markdown-style headings, tab-separated table
/// rows, &lt;b&gt;/&lt;p&gt; markup, tables split across pages with repeated headers (the format of the bundled
/// 石家庄市数据资源管理局 2023 sample).
/// </summary>
/// <remarks>
/// Every amount of every table is imported with the scale it was printed with. What the reader cannot place becomes an
/// <see cref="ImportNotice"/>; a source that cannot be read as a disclosure at all raises a
/// <see cref="DisclosureFormatException"/> naming the file, line and what was expected. A partial document is never
/// returned.
/// </remarks>
public static class DisclosureTextReader
{
    /// <summary>The largest file the reader accepts (64 MiB): a real disclosure's text is well under 1 MiB.</summary>
    internal const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads a file.</summary>
    /// <exception cref="DisclosureFormatException">The file cannot be read as a disclosure.</exception>
    internal static ImportResult ReadFile(string path) => ReadFile(path, DisclosureNames.Default);

    /// <summary>Reads a file, recognising titles, columns and rows by <paramref name="names"/> (the built-in names with a region's added: <c>DisclosureNames.Default.With(DisclosureNames.Load(file))</c>).</summary>
    /// <exception cref="DisclosureFormatException">The file cannot be read as a disclosure.</exception>
    internal static ImportResult ReadFile(string path, DisclosureNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var (name, bytes) = SourceFile.Read(path, MaxBytes, GovBudget.Localization.CoreTexts.T("Input.Limit.Text"));
        return DisclosureNames.ReadWith(names, () => Read(bytes, name));
    }

    /// <summary>Reads UTF-8 bytes.</summary>
    /// <exception cref="DisclosureFormatException">The bytes cannot be read as a disclosure.</exception>
    internal static ImportResult Read(ReadOnlySpan<byte> bytes, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        if (bytes.Length > MaxBytes)
        {
            throw new DisclosureFormatException(sourceName, 0, null,
                Localization.CoreTexts.T("Text.TooLarge", bytes.Length, MaxBytes));
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new DisclosureFormatException(sourceName, LineOf(bytes, nul), null,
                Localization.CoreTexts.T("Text.Binary"));
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? e.Index : 0;
            throw new DisclosureFormatException(sourceName, LineOf(bytes, Math.Min(at, bytes.Length - 1)), null,
                Localization.CoreTexts.T("Text.InvalidUtf8"), e);
        }

        return Read(text, sourceName);
    }

    /// <summary>Reads text.</summary>
    /// <exception cref="DisclosureFormatException">The text cannot be read as a disclosure.</exception>
    internal static ImportResult Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Read(reader.ReadToEnd(), sourceName);
    }

    /// <summary>Reads text, recognising titles, columns and rows by <paramref name="names"/>.</summary>
    /// <exception cref="DisclosureFormatException">The text cannot be read as a disclosure.</exception>
    public static ImportResult Read(string text, string sourceName, DisclosureNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return DisclosureNames.ReadWith(names, () => Read(text, sourceName));
    }

    /// <summary>Reads text.</summary>
    /// <exception cref="DisclosureFormatException">The text cannot be read as a disclosure.</exception>
    public static ImportResult Read(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        return ReaderFaultException.Run(sourceName, Localization.CoreTexts.T("Reader.Stage.Text"), () => new TextDisclosureParser(text, sourceName).Parse());
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int index) => bytes[..Math.Max(0, index)].Count((byte)'\n') + 1;
}
