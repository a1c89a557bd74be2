namespace GovBudget.Datasets;

/// <summary>A dataset file that cannot be read: the message names the file, the line and what was expected.</summary>
/// <remarks>
/// The message reads <c>budget.csv:12: amount: expected an amount (digits, optionally with a decimal point), found
/// '12.3x'</c>; a problem with the whole file has no line (<c>budget.csv: the file is empty: …</c>).
/// </remarks>
public sealed class DatasetFormatException : SourceFormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file (or other source) read.</param>
    /// <param name="line">The 1-based line of the problem, or 0 when the problem is the whole file.</param>
    /// <param name="problem">What is wrong, without the location.</param>
    internal DatasetFormatException(string source, int line, string problem)
        : base(source, line, null, problem)
    {
    }
}
