namespace GovBudget.Rules.Waivers;

/// <summary>The rule ids of the warnings that report problems with waivers themselves. They cannot be waived.</summary>
public static class WaiverRuleIds
{
    /// <summary>A waiver has expired: what it matches is open again (or it matched nothing and can go).</summary>
    public const string Expired = "WAIVER-EXPIRED";

    /// <summary>A waiver matched no finding of the run.</summary>
    public const string Unused = "WAIVER-UNUSED";

    /// <summary>A waiver names an error (强制性) rule or matches an error finding: errors cannot be waived.</summary>
    public const string Error = "WAIVER-ERROR";

    /// <summary>A waiver names a rule that no pack of the run has.</summary>
    public const string UnknownRule = "WAIVER-UNKNOWN-RULE";
}
