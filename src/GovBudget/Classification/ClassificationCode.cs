using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GovBudget.Classification;

/// <summary>
/// A code of the 政府收支分类科目: a functional code (支出功能分类, 类/款/项 = 3/5/7 digits, first digit 2),
/// a departmental economic code (部门预算支出经济分类, 类/款 = 3/5 digits, first digit 3) or a government
/// economic code (政府预算支出经济分类, 类/款 = 3/5 digits, first digit 5).
/// </summary>
/// <remarks>
/// <para>The scheme is read from the first digit, so a code is self-describing: <c>2010301</c> is functional,
/// <c>30101</c> departmental economic, <c>50101</c> government economic.</para>
/// <para>Two codes are equal when they have the same scheme and the same digits. Codes order by scheme, then in
/// the catalog's printed order (a parent before its children, siblings by number): 201, 20101, 2010101, 20102, 202.</para>
/// <para>The default value is not a valid code; <see cref="IsDefault"/> tells it apart.</para>
/// </remarks>
public readonly struct ClassificationCode : IEquatable<ClassificationCode>, IComparable<ClassificationCode>
{
    // The digits padded to 7 (201 → 2010000) and the real length: padding makes ordinal order the pre-order of the tree.
    private readonly int padded;
    private readonly byte length;

    private ClassificationCode(int padded, byte length)
    {
        this.padded = padded;
        this.length = length;
    }

    /// <summary>Whether this is <c>default(ClassificationCode)</c>, which is no code at all.</summary>
    internal bool IsDefault => length == 0;

    /// <summary>The number of digits: 3, 5 or 7.</summary>
    internal int Length => length;

    /// <summary>The classification this code belongs to.</summary>
    public ClassificationScheme Scheme => (padded / 1_000_000) switch
    {
        2 => ClassificationScheme.Functional,
        3 => ClassificationScheme.DepartmentEconomic,
        5 => ClassificationScheme.GovernmentEconomic,
        _ => throw new InvalidOperationException("default(ClassificationCode) has no scheme."),
    };

    /// <summary>The level: 类 (3 digits), 款 (5) or 项 (7).</summary>
    public CodeLevel Level => length switch
    {
        3 => CodeLevel.Class,
        5 => CodeLevel.Section,
        7 => CodeLevel.Item,
        _ => throw new InvalidOperationException("default(ClassificationCode) has no level."),
    };

    /// <summary>The code as a number (2010301).</summary>
    public int Value => length == 0 ? 0 : padded / Pow10(7 - length);

    /// <summary>The parent (2010301 → 20103 → 201), or null for a 类.</summary>
    public ClassificationCode? Parent => length <= 3
        ? null
        : new ClassificationCode(padded / Pow10(9 - length) * Pow10(9 - length), (byte)(length - 2));

    /// <summary>The ancestors from the 类 down, excluding this code (2010301 → 201, 20103).</summary>
    public IReadOnlyList<ClassificationCode> Ancestors
    {
        get
        {
            var result = new List<ClassificationCode>(2);
            for (var p = Parent; p is { } code; p = code.Parent)
            {
                result.Insert(0, code);
            }

            return result;
        }
    }

    /// <summary>Whether <paramref name="other"/> is this code or one of its descendants.</summary>
    public bool Contains(ClassificationCode other) =>
        !IsDefault && other.length >= length && other.padded / Pow10(7 - length) == padded / Pow10(7 - length);

    /// <summary>Whether this code is a direct child of <paramref name="parent"/>.</summary>
    public bool IsChildOf(ClassificationCode parent) => Parent is { } p && p == parent;

    /// <summary>Parses a code, inferring its scheme from the first digit.</summary>
    /// <exception cref="FormatException">The text is not a 3-, 5- or 7-digit code of a known scheme.</exception>
    public static ClassificationCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>Parses a code of the given scheme.</summary>
    /// <exception cref="FormatException">The text is not a code of that scheme.</exception>
    public static ClassificationCode Parse(string text, ClassificationScheme scheme) =>
        TryParse(text, scheme, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>Tries to parse a code, inferring its scheme from the first digit.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ClassificationCode code) =>
        TryParse(text, out code, out _);

    /// <summary>Tries to parse a code, inferring its scheme; on failure <paramref name="error"/> says why.</summary>
    internal static bool TryParse(
        [NotNullWhen(true)] string? text, out ClassificationCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (!CheckDigits(text, out error))
        {
            return false;
        }

        var scheme = text![0] switch
        {
            '2' => ClassificationScheme.Functional,
            '3' => ClassificationScheme.DepartmentEconomic,
            '5' => ClassificationScheme.GovernmentEconomic,
            _ => (ClassificationScheme?)null,
        };
        if (scheme is null)
        {
            error = Localization.CoreTexts.T("Code.Scheme", text);
            return false;
        }

        return TryParse(text, scheme.Value, out code, out error);
    }

    /// <summary>Tries to parse a code of the given scheme; on failure <paramref name="error"/> says why.</summary>
    internal static bool TryParse(
        [NotNullWhen(true)] string? text,
        ClassificationScheme scheme,
        out ClassificationCode code,
        [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (!CheckDigits(text, out error))
        {
            return false;
        }

        // Worded only for an error: a code parsed well looks nothing up.
        var (nameKey, lengthsKey, lead) = scheme switch
        {
            ClassificationScheme.Functional => ("Code.Functional", "Code.Lengths7", '2'),
            ClassificationScheme.DepartmentEconomic => ("Code.DepartmentEconomic", "Code.Lengths5", '3'),
            _ => ("Code.GovernmentEconomic", "Code.Lengths5", '5'),
        };
        var allowed = text!.Length is 3 or 5 || (text.Length == 7 && scheme == ClassificationScheme.Functional);
        if (!allowed)
        {
            error = Localization.CoreTexts.T("Code.Length", text, Localization.CoreTexts.T(nameKey), text.Length, Localization.CoreTexts.T(lengthsKey));
            return false;
        }

        if (text[0] != lead)
        {
            error = Localization.CoreTexts.T("Code.Lead", text, Localization.CoreTexts.T(nameKey), lead);
            return false;
        }

        var value = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        code = new ClassificationCode(value * Pow10(7 - text.Length), (byte)text.Length);
        return true;
    }

    private static bool CheckDigits([NotNullWhen(true)] string? text, [NotNullWhen(false)] out string? error)
    {
        if (string.IsNullOrEmpty(text))
        {
            error = Localization.CoreTexts.T("Code.Empty");
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                error = Localization.CoreTexts.T("Code.Digits", text);
                return false;
            }
        }

        if (text.Length > 7)
        {
            error = Localization.CoreTexts.T("Code.AnyLength", text, text.Length);
            return false;
        }

        error = null;
        return true;
    }

    private static int Pow10(int n) => n switch
    {
        0 => 1,
        1 => 10,
        2 => 100,
        3 => 1_000,
        4 => 10_000,
        5 => 100_000,
        6 => 1_000_000,
        7 => 10_000_000,
        _ => 100_000_000,
    };

    /// <inheritdoc/>
    public bool Equals(ClassificationCode other) => padded == other.padded && length == other.length;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ClassificationCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(padded, length);

    /// <summary>Orders by scheme, then parent before children, siblings by number.</summary>
    public int CompareTo(ClassificationCode other)
    {
        var c = padded.CompareTo(other.padded);
        return c != 0 ? c : length.CompareTo(other.length);
    }

    /// <summary>The digits (2010301), or an empty string for the default value.</summary>
    public override string ToString() =>
        length == 0 ? string.Empty : Value.ToString(CultureInfo.InvariantCulture).PadLeft(length, '0');

    /// <summary>Equality.</summary>
    public static bool operator ==(ClassificationCode left, ClassificationCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ClassificationCode left, ClassificationCode right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(ClassificationCode left, ClassificationCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(ClassificationCode left, ClassificationCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(ClassificationCode left, ClassificationCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(ClassificationCode left, ClassificationCode right) => left.CompareTo(right) >= 0;
}
