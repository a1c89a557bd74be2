using System.Text.RegularExpressions;

namespace GovBudget.Rules.Addressing;

/// <summary>
/// The pieces every narrative pattern is built from, bounded so that no narrative makes a check superlinear: a
/// figure is at most 16 digits (10^15 亿元 is still exact in decimal arithmetic) and 26 decimals
/// (<see cref="NarrativeNumbers.MaxDecimals"/>); a longer run of digits is not a figure at all.
/// </summary>
internal static class NarrativePatterns
{
    /// <summary>
    /// How long one match of a narrative pattern may run. The patterns are linear, so only a document far larger than
    /// any disclosure reaches it; the check it stops is then not applicable, never a fault.
    /// </summary>
    public const int MatchTimeoutMilliseconds = 1000;

    /// <summary>
    /// A figure as printed (65559.38, 3,121.42): it starts where a run of digits starts (not after a digit, a decimal
    /// point or a thousands comma), so a run too long to be a figure is not read as its last digits. ASCII digits only
    /// (full width is folded before): <c>\d</c> would also take digits of other scripts, which decimal.Parse rejects.
    /// </summary>
    public const string Figure = @"(?<![0-9.]|[0-9],)[0-9](?:,?[0-9]){0,15}(?:\.[0-9]{1,26})?";

    /// <summary>A percentage's number, after the words that introduce it (增长 12.11%, 占 59.07%).</summary>
    public const string Percent = @"[0-9]{1,16}(?:\.[0-9]{1,26})?";

    /// <summary><see cref="MatchTimeoutMilliseconds"/> as a span, for patterns built at run time.</summary>
    public static TimeSpan MatchTimeout { get; } = TimeSpan.FromMilliseconds(MatchTimeoutMilliseconds);

    /// <summary>The not-applicable detail of a check whose pattern ran out of time on this document.</summary>
    public static string TimedOut(RegexMatchTimeoutException e) =>
        RuleTexts.T("NA.TimedOut", e.Input.Length, MatchTimeoutMilliseconds);
}
