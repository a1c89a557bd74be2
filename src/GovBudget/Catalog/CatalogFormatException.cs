namespace GovBudget.Catalog;

/// <summary>A catalog file that cannot be read: the message names the file, the line and what was expected.</summary>
/// <remarks>The message reads <c>functional.csv:12: 2010 is not a functional code: it has 4 digits; 类/款/项 have 3/5/7</c>.</remarks>
public sealed class CatalogFormatException : SourceFormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file (or other source) read.</param>
    /// <param name="line">The 1-based line of the problem, or 0 when the problem is the whole file.</param>
    /// <param name="problem">What is wrong, without the location.</param>
    internal CatalogFormatException(string source, int line, string problem)
        : base(source, line, null, problem)
    {
    }
}
