namespace GovBudget.Documents;

/// <summary>Whether a disclosure publishes a budget or a final account.</summary>
public enum DisclosureKind
{
    /// <summary>部门预算: the plan for the year.</summary>
    Budget = 1,

    /// <summary>部门决算: the final account of the year.</summary>
    FinalAccount = 2,
}

/// <summary>Facts about <see cref="DisclosureKind"/>.</summary>
public static class DisclosureKinds
{
    /// <summary>The Chinese name: 预算 or 决算.</summary>
    public static string ChineseName(this DisclosureKind kind) => kind == DisclosureKind.FinalAccount ? "决算" : "预算";

    /// <summary>Reads 预算 / 决算.</summary>
    internal static bool TryParse(string? text, out DisclosureKind kind)
    {
        (var ok, kind) = text?.Trim() switch
        {
            "预算" => (true, DisclosureKind.Budget),
            "决算" => (true, DisclosureKind.FinalAccount),
            _ => (false, DisclosureKind.Budget),
        };
        return ok;
    }
}
