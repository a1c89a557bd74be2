namespace GovBudget.Documents;

/// <summary>A names file that cannot be read: the message names the file, line and column and what was expected there.</summary>
public sealed class NamesFormatException : SourceFormatException
{
    /// <summary>Creates the exception.</summary>
    internal NamesFormatException(string source, int line, int? column, string problem)
        : base(source, line, column, problem)
    {
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    internal NamesFormatException(string source, int line, int? column, string problem, Exception inner)
        : base(source, line, column, problem, inner)
    {
    }
}
