using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GovBudget.Amounts;

/// <summary>
/// An exact amount as printed in a table: an int64 count of ten-thousandths of the table's unit, with the number of
/// decimals it was printed with (6.2 has scale 1, 63994.00 scale 2).
/// </summary>
/// <remarks>
/// <para>Fixed point keeps sums exact and fast: no binary floating point ever touches an amount. Up to
/// <see cref="MaxScale"/> decimals are exact; the range is about ±9.2 × 10^14 units, beyond any budget.</para>
/// <para>Equality and ordering are numeric: 6.2 equals 6.20. The scale only says how the amount was printed and
/// is kept so that output prints it the same way. Sums take the larger scale of their operands.</para>
/// <para>The default value is zero with scale 0.</para>
/// </remarks>
public readonly struct Amount : IEquatable<Amount>, IComparable<Amount>
{
    /// <summary>The most decimals an amount can carry exactly.</summary>
    internal const int MaxScale = 4;

    /// <summary>How many raw units make one unit of the table (10^<see cref="MaxScale"/>).</summary>
    internal const long UnitsPerWhole = 10_000;

    private static readonly long[] Powers = [1, 10, 100, 1_000, 10_000];

    private Amount(long raw, byte scale)
    {
        Raw = raw;
        Scale = scale;
    }

    /// <summary>Zero.</summary>
    public static Amount Zero => default;

    /// <summary>The value in ten-thousandths of the unit (65559.38 → 655593800).</summary>
    internal long Raw { get; }

    /// <summary>The number of decimals the amount was printed with (0–4).</summary>
    public int Scale { get; }

    /// <summary>Creates an amount from ten-thousandths of the unit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The scale is not 0–4, or the value has more decimals than the scale.</exception>
    internal static Amount FromRaw(long raw, int scale)
    {
        if (scale is < 0 or > MaxScale)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, $"an amount has 0 to {MaxScale} decimals");
        }

        if (raw % Powers[MaxScale - scale] != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(raw), raw, $"the value has more than {scale} decimals");
        }

        return new Amount(raw, (byte)scale);
    }

    /// <summary>Creates an amount from a decimal, keeping its scale (decimal keeps trailing zeros: 63994.00m has scale 2).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value has more than four decimals or is out of range.</exception>
    public static Amount FromDecimal(decimal value)
    {
        var scale = value.Scale;
        if (scale > MaxScale)
        {
            var trimmed = value / 1.000000000000000000000000000000000m; // removes trailing zeros
            if (trimmed.Scale > MaxScale)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"an amount has at most {MaxScale} decimals");
            }

            value = trimmed;
            scale = trimmed.Scale;
        }

        try
        {
            return new Amount(decimal.ToInt64(value * UnitsPerWhole), (byte)scale);
        }
        catch (OverflowException e)
        {
            throw new ArgumentOutOfRangeException($"{value} is too large for an amount", e);
        }
    }

    /// <summary>Parses a printed amount: digits with an optional sign, thousands separators and up to four decimals
    /// ("65559.38", "873,617.00", "-0.05", "6.2").</summary>
    /// <exception cref="FormatException">The text is not an amount.</exception>
    public static Amount Parse(string text) =>
        TryParse(text, out var amount, out var error) ? amount : throw new FormatException(error);

    private static string MisplacedSeparator(ReadOnlySpan<char> original) =>
        Localization.CoreTexts.T("Amount.Separators", original.ToString());

    /// <summary>Tries to parse a printed amount.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Amount amount) => TryParse(text, out amount, out _);

    /// <summary>Tries to parse a printed amount; on failure <paramref name="error"/> says what was expected.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out Amount amount, [NotNullWhen(false)] out string? error)
    {
        amount = default;
        var s = text.Trim();
        var original = s;
        if (s.IsEmpty)
        {
            error = Localization.CoreTexts.T("Amount.Nothing");
            return false;
        }

        var negative = false;
        if (s[0] is '-' or '−' or '－')
        {
            negative = true;
            s = s[1..];
        }

        long whole = 0;
        var digits = 0;
        var i = 0;
        var separators = 0;
        var group = 0; // digits since the last thousands separator
        try
        {
            for (; i < s.Length && s[i] != '.'; i++)
            {
                var c = s[i];
                if (c == ',' && digits > 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
                {
                    // 12,65 is not 1265: a separator must close a group of three digits (the first group one to three).
                    if (separators++ == 0 ? group > 3 : group != 3)
                    {
                        error = MisplacedSeparator(original);
                        return false;
                    }

                    group = 0;
                    continue;
                }

                if (!char.IsAsciiDigit(c))
                {
                    error = Localization.CoreTexts.T("Amount.NotAmount", original.ToString());
                    return false;
                }

                whole = checked((whole * 10) + (c - '0'));
                digits++;
                group++;
            }

            if (separators > 0 && group != 3)
            {
                error = MisplacedSeparator(original);
                return false;
            }

            if (digits == 0)
            {
                error = Localization.CoreTexts.T("Amount.NotAmount", original.ToString());
                return false;
            }

            long fraction = 0;
            var scale = 0;
            if (i < s.Length)
            {
                for (i++; i < s.Length; i++)
                {
                    var c = s[i];
                    if (!char.IsAsciiDigit(c))
                    {
                        error = Localization.CoreTexts.T("Amount.NotAmount", original.ToString());
                        return false;
                    }

                    if (++scale > MaxScale)
                    {
                        error = Localization.CoreTexts.T("Amount.Decimals", original.ToString(), MaxScale);
                        return false;
                    }

                    fraction = (fraction * 10) + (c - '0');
                }

                if (scale == 0)
                {
                    error = Localization.CoreTexts.T("Amount.NoFraction", original.ToString());
                    return false;
                }
            }

            var raw = checked((whole * UnitsPerWhole) + (fraction * Powers[MaxScale - scale]));
            amount = new Amount(negative ? -raw : raw, (byte)scale);
            error = null;
            return true;
        }
        catch (OverflowException)
        {
            error = Localization.CoreTexts.T("Amount.TooLarge", original.ToString(), long.MaxValue / UnitsPerWhole, long.MaxValue % UnitsPerWhole);
            return false;
        }
    }

    /// <summary>The exact value as a decimal, with the printed scale.</summary>
    public decimal ToDecimal()
    {
        var units = Raw / Powers[MaxScale - Scale];
        var magnitude = units < 0 ? (ulong)-units : (ulong)units;
        return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, units < 0, (byte)Scale);
    }

    /// <summary>This amount expressed in another unit. Converting to a smaller unit (万元 → 元) is always exact;
    /// converting to a larger one is exact only when no more than four decimals result.</summary>
    /// <exception cref="ArgumentException">The result would need more than four decimals, or is out of range.</exception>
    public Amount Convert(MoneyUnit from, MoneyUnit to) =>
        TryConvert(from, to, out var result)
            ? result
            : throw new ArgumentException(from.InYuan() >= to.InYuan()
                ? $"{this} {from.Symbol()} is too large to express in {to.Symbol()}"
                : $"{this} {from.Symbol()} is not exactly representable in {to.Symbol()} with {MaxScale} decimals");

    /// <summary>Tries to express this amount in another unit exactly; false when the result would need more than
    /// four decimals or is out of range.</summary>
    public bool TryConvert(MoneyUnit from, MoneyUnit to, out Amount result)
    {
        var f = from.InYuan();
        var t = to.InYuan();
        if (f >= t)
        {
            var factor = f / t;
            var shift = (int)Math.Round(Math.Log10(factor));

            // A Try method must not throw: take the product in 128 bits and check its range.
            var product = (Int128)Raw * factor;
            if (product < long.MinValue || product > long.MaxValue)
            {
                result = default;
                return false;
            }

            result = new Amount((long)product, (byte)Math.Max(0, Scale - shift));
            return true;
        }

        var divisor = t / f;
        if (Raw % divisor != 0)
        {
            result = default;
            return false;
        }

        var raw = Raw / divisor;
        var newScale = Math.Min(MaxScale, Scale + (int)Math.Round(Math.Log10(divisor)));
        result = new Amount(raw, (byte)newScale);
        return true;
    }

    /// <summary>Rounds to <paramref name="decimals"/> places, halves away from zero (四舍五入).</summary>
    public Amount Round(int decimals)
    {
        if (decimals is < 0 or > MaxScale)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"0 to {MaxScale} decimals");
        }

        var step = Powers[MaxScale - decimals];
        var remainder = Raw % step;
        var rounded = Raw - remainder;
        if (Math.Abs(remainder) * 2 >= step)
        {
            rounded += Math.Sign(remainder) * step;
        }

        return new Amount(rounded, (byte)decimals);
    }

    /// <summary>The amount as printed, with its scale (63994.00, 6.2).</summary>
    public override string ToString() => ToDecimal().ToString(CultureInfo.InvariantCulture);

    /// <summary>Sum; the result keeps the larger scale.</summary>
    public static Amount operator +(Amount left, Amount right) =>
        new(checked(left.Raw + right.Raw), (byte)Math.Max(left.Scale, right.Scale));

    /// <summary>Difference; the result keeps the larger scale.</summary>
    public static Amount operator -(Amount left, Amount right) =>
        new(checked(left.Raw - right.Raw), (byte)Math.Max(left.Scale, right.Scale));

    /// <summary>Negation.</summary>
    public static Amount operator -(Amount value) => new(checked(-value.Raw), (byte)value.Scale);

    /// <summary>Absolute value.</summary>
    public Amount Abs() => Raw < 0 ? -this : this;

    /// <inheritdoc/>
    public bool Equals(Amount other) => Raw == other.Raw;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Amount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Raw.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Amount other) => Raw.CompareTo(other.Raw);

    /// <summary>Numeric equality.</summary>
    public static bool operator ==(Amount left, Amount right) => left.Raw == right.Raw;

    /// <summary>Numeric inequality.</summary>
    public static bool operator !=(Amount left, Amount right) => left.Raw != right.Raw;

    /// <summary>Ordering.</summary>
    public static bool operator <(Amount left, Amount right) => left.Raw < right.Raw;

    /// <summary>Ordering.</summary>
    public static bool operator >(Amount left, Amount right) => left.Raw > right.Raw;

    /// <summary>Ordering.</summary>
    public static bool operator <=(Amount left, Amount right) => left.Raw <= right.Raw;

    /// <summary>Ordering.</summary>
    public static bool operator >=(Amount left, Amount right) => left.Raw >= right.Raw;
}
