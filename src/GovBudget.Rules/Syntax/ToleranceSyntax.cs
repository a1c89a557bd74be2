namespace GovBudget.Rules.Syntax;

/// <summary>How exactly comparisons must hold.</summary>
/// <param name="Mode">Exact, absolute or rounding-aware.</param>
/// <param name="Amount">For <see cref="ToleranceMode.Absolute"/>: the largest accepted difference, in the rule table's unit.</param>
internal sealed record ToleranceSyntax(ToleranceMode Mode, decimal Amount)
{
    /// <summary>Exact comparison (the default).</summary>
    public static ToleranceSyntax Exact { get; } = new(ToleranceMode.Exact, 0m);

    /// <summary>"exact", "rounding" or "0.01".</summary>
    public override string ToString() => Mode switch
    {
        ToleranceMode.Rounding => "rounding",
        ToleranceMode.Absolute => Amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "exact",
    };
}

/// <summary>Tolerance modes.</summary>
internal enum ToleranceMode
{
    /// <summary>Equal means equal.</summary>
    Exact,

    /// <summary>A difference up to a fixed amount passes.</summary>
    Absolute,

    /// <summary>
    /// A difference that rounding each figure to its printed precision can explain is a warning (舍位平衡 not
    /// applied); a larger one breaks the rule; zero passes.
    /// </summary>
    Rounding,
}
