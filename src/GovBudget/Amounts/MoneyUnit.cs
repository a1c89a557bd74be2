namespace GovBudget.Amounts;

/// <summary>The unit a table or a sentence prints its amounts in.</summary>
public enum MoneyUnit
{
    /// <summary>元.</summary>
    Yuan = 1,

    /// <summary>万元 (10,000 元).</summary>
    TenThousandYuan = 2,

    /// <summary>亿元 (100,000,000 元).</summary>
    HundredMillionYuan = 3,
}

/// <summary>Facts about <see cref="MoneyUnit"/>.</summary>
public static class MoneyUnits
{
    /// <summary>How many 元 one unit is.</summary>
    internal static long InYuan(this MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => 1,
        MoneyUnit.TenThousandYuan => 10_000,
        MoneyUnit.HundredMillionYuan => 100_000_000,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "not a money unit"),
    };

    /// <summary>The unit as printed: 元, 万元, 亿元.</summary>
    public static string Symbol(this MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => "元",
        MoneyUnit.TenThousandYuan => "万元",
        MoneyUnit.HundredMillionYuan => "亿元",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "not a money unit"),
    };

    /// <summary>Reads a printed unit (元, 万元, 亿元; spaces and “单位：” are ignored).</summary>
    internal static bool TryParse(string? text, out MoneyUnit unit)
    {
        var t = (text ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("单位：", string.Empty, StringComparison.Ordinal)
            .Replace("单位:", string.Empty, StringComparison.Ordinal)
            .Replace("金额", string.Empty, StringComparison.Ordinal);
        (var ok, unit) = t switch
        {
            "元" => (true, MoneyUnit.Yuan),
            "万元" => (true, MoneyUnit.TenThousandYuan),
            "亿元" => (true, MoneyUnit.HundredMillionYuan),
            _ => (false, default),
        };
        return ok;
    }
}
