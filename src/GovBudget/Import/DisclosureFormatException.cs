namespace GovBudget.Import;

/// <summary>A file that cannot be read as a disclosure: the message names the file, line, column and what was expected.</summary>
public sealed class DisclosureFormatException : SourceFormatException
{
    /// <summary>Creates the exception.</summary>
    internal DisclosureFormatException(string source, int line, int? column, string problem)
        : base(source, line, column, problem)
    {
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    internal DisclosureFormatException(string source, int line, int? column, string problem, Exception inner)
        : base(source, line, column, problem, inner)
    {
    }
}
