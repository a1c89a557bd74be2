
namespace GovBudget.Rules.Waivers;

/// <summary>A waiver file that cannot be read: the message names the file, the line and what was expected.</summary>
/// <remarks>
/// The message reads <c>waivers.csv:3: expires: expected a date as yyyy-MM-dd, found '2025/12/31'</c>; a problem
/// with the whole file has no line (<c>waivers.csv: the file is empty: …</c>).
/// </remarks>
public sealed class WaiverFormatException : SourceFormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file (or other source) read.</param>
    /// <param name="line">The 1-based line of the problem, or 0 when the problem is the whole file.</param>
    /// <param name="problem">What is wrong, without the location.</param>
    public WaiverFormatException(string source, int line, string problem)
        : base(source, line, null, problem)
    {
    }
}
