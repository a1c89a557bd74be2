namespace GovBudget;

/// <summary>
/// The match timeout every pattern of GovBudget runs with. The patterns are written to be linear, so only input far
/// beyond any real document can reach it; a reader that meets it reports the file as unreadable, never hangs.
/// </summary>
internal static class RegexTimeout
{
    /// <summary>One second per match.</summary>
    public const int Milliseconds = 1000;
}
