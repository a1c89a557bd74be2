namespace GovBudget.Import;

/// <summary>A file that cannot be read as a disclosure: the message names the file, line, column and what was expected.</summary>
public sealed class DisclosureFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public DisclosureFormatException(string source, int line, int? column, string problem)
        : base(Format(source, line, column, problem))
    {
        SourceName = source;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    public DisclosureFormatException(string source, int line, int? column, string problem, Exception inner)
        : base(Format(source, line, column, problem), inner)
    {
        SourceName = source;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The file (or other source) read.</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line, or 0 when the problem is the whole file.</summary>
    public int Line { get; }

    /// <summary>The 1-based character column, when known.</summary>
    public int? Column { get; }

    /// <summary>The problem without the location.</summary>
    public string Problem { get; }

    private static string Format(string source, int line, int? column, string problem) =>
        line <= 0 ? $"{source}: {problem}"
        : column is null ? $"{source}:{line}: {problem}"
        : $"{source}:{line}:{column}: {problem}";
}
