namespace GovBudget.Import;

/// <summary>Something the reader could not place or had to interpret; it never stops an import.</summary>
/// <param name="Source">The file (or other source name) read.</param>
/// <param name="Line">The 1-based line the notice is about.</param>
/// <param name="Message">What was found and what the reader did with it.</param>
public sealed record ImportNotice(string Source, int Line, string Message)
{
    /// <summary>"sample.txt:730: …".</summary>
    public override string ToString() => $"{Source}:{Line}: {Message}";
}
