namespace GovBudget.Localization;

/// <summary>The messages of the GovBudget library (readers, loaders): <c>Resources/Texts*.resx</c>.</summary>
internal static class CoreTexts
{
    /// <summary>This assembly's messages.</summary>
    public static TextResources Resources { get; } = new(typeof(CoreTexts).Assembly, "GovBudget", "Texts", "Errors", "JsonErrors");

    /// <summary>The message <paramref name="key"/> in the current language, its placeholders filled.</summary>
    public static string T(string key, params object?[] args) => Resources.Format(key, args);
}
