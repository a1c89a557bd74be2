namespace GovBudget.Documents;

/// <summary>Files given as one disclosure that name different departments, years or kinds.</summary>
public sealed class DisclosureMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DisclosureMismatchException()
    {
    }

    /// <summary>Creates the exception with a message naming both files and what differs.</summary>
    public DisclosureMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public DisclosureMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
