using GovBudget.Import;

namespace GovBudget.TestSupport;

/// <summary>The bundled sample disclosure, read once.</summary>
internal static class Sample
{
    public const string FileName = "shijiazhuang-data-bureau-2023-budget.txt";

    private static readonly Lazy<ImportResult> Result = new(() => DisclosureTextReader.ReadFile(Path));

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "samples", FileName);

    public static ImportResult Import => Result.Value;

    public static string Text => File.ReadAllText(Path);

    public static string[] Lines => Text.Split('\n');
}
