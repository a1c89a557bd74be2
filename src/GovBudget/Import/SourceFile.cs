namespace GovBudget.Import;

/// <summary>Reads an input file whole, refusing one larger than the reader accepts, with located errors.</summary>
internal static class SourceFile
{
    /// <summary>The file's name (for messages) and its bytes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    /// <param name="limitText">What the limit is of, for the message ("a disclosure's text is").</param>
    /// <exception cref="DisclosureFormatException">The file is too large or cannot be read.</exception>
    public static (string Name, byte[] Bytes) Read(string path, long maxBytes, string limitText)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > maxBytes)
            {
                throw new DisclosureFormatException(name, 0, null, $"the file is {info.Length:N0} bytes; {limitText} at most {maxBytes:N0} bytes");
            }

            return (name, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DisclosureFormatException(name, 0, null, $"cannot read the file: {e.Message}", e);
        }
    }
}
