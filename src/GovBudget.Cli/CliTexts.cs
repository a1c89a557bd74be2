using GovBudget.Localization;

namespace GovBudget.Cli;

/// <summary>The messages of the command-line tool (reports, stderr): <c>Resources/Texts*.resx</c>.</summary>
internal static class CliTexts
{
    /// <summary>This assembly's messages.</summary>
    public static TextResources Resources { get; } = new(typeof(CliTexts).Assembly, "GovBudget.Cli");

    /// <summary>The message <paramref name="key"/> in the current language, its placeholders filled.</summary>
    public static string T(string key, params object?[] args) => Resources.Format(key, args);
}
