using System.CommandLine;
using GovBudget.Localization;

namespace GovBudget.Cli.Commands;

/// <summary><c>--lang zh|en</c> (every command): the language of what GovBudget writes; what a file says stays as written.</summary>
internal static class LanguageOption
{
    /// <summary>The option's name.</summary>
    public const string Name = "--lang";

    /// <summary>The option, on the root command and so on every command (it is read by <see cref="Find"/>).</summary>
    public static Option<string> Create()
    {
        var option = new Option<string>(Name)
        {
            Description = CliTexts.T("Help.Lang"),
            DefaultValueFactory = _ => "zh",
            Recursive = true,
        };
        Usage.UsageErrors.OneOf(option, [.. MessageLanguages.Codes]);
        return option;
    }

    /// <summary>
    /// The language <paramref name="args"/> ask for (<c>--lang en</c> or <c>--lang=en</c>, the last one wins), Chinese
    /// otherwise: a value not listed is left for the parser to report.
    /// </summary>
    public static MessageLanguage Find(IReadOnlyList<string> args)
    {
        var found = MessageLanguage.Chinese;
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == Name && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith(Name + "=", StringComparison.Ordinal) ? args[i][(Name.Length + 1)..]
                : null;
            if (value is not null && MessageLanguages.TryParse(value, out var language))
            {
                found = language;
            }
        }

        return found;
    }
}
