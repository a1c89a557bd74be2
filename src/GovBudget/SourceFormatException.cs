namespace GovBudget;

/// <summary>
/// An input that cannot be read, located in its source: the message is <c>file:line[:column]: problem</c>, or
/// <c>file: problem</c> when the problem is the whole file. Catch this type to handle every GovBudget input error
/// (documents, catalogs, datasets, waivers) in one place.
/// </summary>
public abstract class SourceFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file (or other source) read.</param>
    /// <param name="line">The 1-based line of the problem, or 0 when the problem is the whole file.</param>
    /// <param name="column">The 1-based character column, when known.</param>
    /// <param name="problem">What is wrong, without the location.</param>
    /// <param name="inner">The cause, if any.</param>
    protected SourceFormatException(string source, int line, int? column, string problem, Exception? inner = null)
        : base(Format(source, line, column, problem), inner)
    {
        SourceName = source;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The file (or other source) read.</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line of the problem, or 0 when the problem is the whole file.</summary>
    public int Line { get; }

    /// <summary>The 1-based character column, when known.</summary>
    public int? Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Format(string source, int line, int? column, string problem) =>
        line <= 0 ? $"{source}: {problem}"
        : column is null ? $"{source}:{line}: {problem}"
        : $"{source}:{line}:{column}: {problem}";
}
