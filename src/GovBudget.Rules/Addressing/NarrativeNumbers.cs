using System.Globalization;

namespace GovBudget.Rules.Addressing;

/// <summary>
/// A figure as the narrative prints it (65559.38, 3,121.42): its value, and the precision it is printed at. The
/// language's narrative figures and the narrative checks read figures alike.
/// </summary>
internal static class NarrativeNumbers
{
    // decimal rounds to at most 28 places, and messages round to two places more than the text prints: a figure
    // printed with more decimals than that (no budget figure is) is taken at this precision.
    internal const int MaxDecimals = 26;

    /// <summary>The printed figure's value (thousands commas dropped).</summary>
    internal static decimal Number(string text) => decimal.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    /// <summary>How many decimals <paramref name="text"/> prints, at most <see cref="MaxDecimals"/>.</summary>
    internal static int Decimals(string text) =>
        Math.Min(MaxDecimals, text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0);

    /// <summary>Half a step of the last printed digit: how far the printed figure may be from the one it rounds.</summary>
    internal static decimal Half(string text)
    {
        var h = 0.5m;
        for (var i = 0; i < Decimals(text); i++)
        {
            h /= 10m;
        }

        return h;
    }
}
