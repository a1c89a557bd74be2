using GovBudget.Import;

namespace GovBudget.TestSupport;

/// <summary>The bundled sample disclosure, read once.</summary>
internal static class Sample
{
    public const string FileName = "shijiazhuang-data-bureau-2023-budget.txt";

    // Read in the default language (Chinese notices), whichever test asks first.
    private static readonly Lazy<ImportResult> Result = new(() =>
    {
        using var chinese = Localization.MessageLanguages.Use(Localization.MessageLanguage.Chinese);
        return DisclosureTextReader.ReadFile(Path);
    });

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "samples", FileName);

    public static ImportResult Import => Result.Value;

    public static string Text => File.ReadAllText(Path);

    public static string[] Lines => Text.Split('\n');
}
