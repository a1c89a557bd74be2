namespace GovBudget.Rules.Functions;

/// <summary>
/// A value during interpretation. Money is held in 元 as an exact decimal with the rounding uncertainty of the figures
/// it came from (half a unit of each figure's last printed digit); plain numbers carry no unit.
/// </summary>
internal readonly record struct Value(ValueKind Kind, decimal Number, decimal Uncertainty, bool IsMoney, bool Boolean, string? Text)
{
    /// <summary>The most decimals any figure the value came from was printed with (for display only).</summary>
    public int Scale { get; init; }

    /// <summary>Why a name may differ from a printed one, for the message (旧科目名称（自 2019 年起为“卫生健康支出”）); null: nothing to add.</summary>
    public string? Note { get; init; }

    /// <summary>The smallest and largest half-step of the printed figures the value came from, in 元 (null: none).</summary>
    public (decimal Min, decimal Max)? Steps { get; init; }

    /// <summary>The steps of a value combined from two others by addition.</summary>
    public static (decimal Min, decimal Max)? Combine((decimal Min, decimal Max)? a, (decimal Min, decimal Max)? b) =>
        a is { } x ? (b is { } y ? (Math.Min(x.Min, y.Min), Math.Max(x.Max, y.Max)) : x) : b;

    /// <summary>This value plus <paramref name="other"/> (both in one unit): uncertainties add, the most decimals and both steps are kept.</summary>
    public Value Plus(Value other) => this with
    {
        Number = Number + other.Number,
        Uncertainty = Uncertainty + other.Uncertainty,
        IsMoney = IsMoney || other.IsMoney,
        Scale = Math.Max(Scale, other.Scale),
        Steps = Combine(Steps, other.Steps),
    };

    /// <summary>Ten to the power <paramref name="exponent"/>, exactly (a figure's half-step is 0.5 × 10^-decimals).</summary>
    public static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent < 0 ? result / 10m : result * 10m;
        }

        return result;
    }

    public static Value Money(decimal yuan, decimal uncertainty, int scale = 0) =>
        new(ValueKind.Number, yuan, uncertainty, true, false, null) { Scale = scale };

    public static Value Plain(decimal number, decimal uncertainty = 0m, int scale = 0) =>
        new(ValueKind.Number, number, uncertainty, false, false, null) { Scale = scale };

    public static Value Of(bool value) => new(ValueKind.Boolean, 0m, 0m, false, value, null);

    public static Value Of(string text) => new(ValueKind.Text, 0m, 0m, false, false, text);
}

/// <summary>The kind of an interpreted value.</summary>
internal enum ValueKind
{
    Number,
    Boolean,
    Text,
}
