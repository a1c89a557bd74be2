namespace GovBudget.Documents;

/// <summary>
/// Row names that regional templates print differently for one and the same row, so that a rule asking for the row by
/// one name finds it under another. Used only when a table prints no row of the asked name.
/// </summary>
internal static class RowNames
{
    // printed variant → canonical name (all normalised with NameNormalizer.Label)
    private static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        ["公务用车购置及运行维护费"] = "公务用车购置及运维费", // Jiangsu
        ["公务用车购置及运行费"] = "公务用车购置及运维费",     // Shanghai
        ["上年结转资金"] = "上年结转结余",                     // Jiangsu 收支预算总表
        ["结转下年资金"] = "年终结转结余",
        ["一般公共预算"] = "一般公共预算拨款",           // Jiangsu 收支预算总表 (1.一般公共预算), 财政拨款收支预算总表
        ["一般公共预算拨款收入"] = "一般公共预算拨款",   // the 收支总表's name of the 财政拨款收支总表's 一般公共预算拨款
    };

    private static readonly HashSet<string> CanonicalNames = [.. Variants.Values];

    /// <summary>
    /// The canonical name of a normalised row label, or null when it is not a known name. A known name followed by
    /// 小计 is that name too: a group's 小计 column read as a row (公务用车购置及运行维护费 / 小计).
    /// </summary>
    public static string? Canonical(string normalised)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        var name = normalised.EndsWith("小计", StringComparison.Ordinal) && IsKnown(normalised[..^2]) ? normalised[..^2] : normalised;
        return Variants.TryGetValue(name, out var canonical) ? canonical : CanonicalNames.Contains(name) ? name : null;
    }

    private static bool IsKnown(string name) => Variants.ContainsKey(name) || CanonicalNames.Contains(name);
}
