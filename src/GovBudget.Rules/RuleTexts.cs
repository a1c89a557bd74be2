using GovBudget.Localization;

namespace GovBudget.Rules;

/// <summary>The messages the rule engine builds itself (findings of built-in checks, not-applicable details): <c>Resources/Texts*.resx</c>.</summary>
internal static class RuleTexts
{
    /// <summary>This assembly's messages.</summary>
    public static TextResources Resources { get; } = new(typeof(RuleTexts).Assembly, "GovBudget.Rules", "Texts", "Errors");

    /// <summary>The message <paramref name="key"/> in the current language, its placeholders filled.</summary>
    public static string T(string key, params object?[] args) => Resources.Format(key, args);
}
