namespace GovBudget.Cli;

/// <summary>The tool's exit codes; scripts depend on them.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read (and, for check, no error finding).</summary>
    public const int Success = 0;

    /// <summary>check: at least one error finding.</summary>
    public const int ErrorFindings = 1;

    /// <summary>An input or rule file was unusable, or the command line was wrong.</summary>
    public const int Unusable = 2;

    /// <summary>The tool itself failed (an internal fault in a rule, a check or a reader): please report it.</summary>
    public const int InternalFault = 3;
}
