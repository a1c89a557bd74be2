using GovBudget.Inputs;

namespace GovBudget.Import;

/// <summary>Reads an input file whole, refusing one larger than the reader accepts or not a regular file, with located errors.</summary>
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
            return (name, InputFile.ReadAllBytes(path, maxBytes, limitText));
        }
        catch (InputFileException e)
        {
            throw new DisclosureFormatException(name, 0, null, e.Message, e);
        }
    }
}
