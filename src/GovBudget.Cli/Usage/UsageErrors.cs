using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Runtime.CompilerServices;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Usage;

/// <summary>
/// The command line's usage errors in the run's language: a missing argument or option, a missing or repeated value, a
/// value not allowed or not a number, an unknown option or argument.
/// </summary>
/// <remarks>
/// System.CommandLine words these from its satellite assemblies, which InvariantGlobalization makes unreachable (they
/// would stay English), and its message table is internal. So each check the library would make is made here instead,
/// through its public hooks: command validators, custom parsers, and unmatched tokens left for the caller to report.
/// </remarks>
internal static class UsageErrors
{
    // Options made optional for the parser but required by a validator here: help still marks them [required].
    private static readonly ConditionalWeakTable<Option, object> RequiredOptions = [];

    // The values an option accepts (OneOf), checked by its parser.
    private static readonly ConditionalWeakTable<Option, string[]> AllowedValues = [];

    /// <summary>Makes <paramref name="option"/> accept only <paramref name="values"/> (instead of the library's AcceptOnlyFromAmong).</summary>
    public static Option<string> OneOf(Option<string> option, params string[] values)
    {
        AllowedValues.AddOrUpdate(option, values);
        return option;
    }

    /// <summary>Makes <paramref name="version"/> refuse other arguments beside it in the run's language.</summary>
    public static VersionOption VersionAlone(VersionOption version)
    {
        version.Validators.Clear();
        version.Validators.Add(result =>
        {
            if (result.Parent is CommandResult parent && parent.Children.Any(c => !ReferenceEquals(c, result) && c is not OptionResult { Implicit: true }))
            {
                result.AddError(T("Usage.VersionAlone", version.Name));
            }
        });
        return version;
    }

    /// <summary>Whether help marks <paramref name="option"/> as required.</summary>
    public static bool IsRequired(Option option) => option.Required || RequiredOptions.TryGetValue(option, out _);

    /// <summary>Replaces the library's checks of <paramref name="root"/> and every command under it with these.</summary>
    public static void Apply(Command root)
    {
        root.TreatUnmatchedTokensAsErrors = false; // reported by Unmatched, in the run's language
        foreach (var argument in root.Arguments)
        {
            Check(root, argument);
        }

        foreach (var option in root.Options)
        {
            Check(root, option);
        }

        foreach (var command in root.Subcommands)
        {
            Apply(command);
        }
    }

    /// <summary>
    /// One message per token no command, option or argument took: an unknown option (with the nearest one the command
    /// has) or an argument too many.
    /// </summary>
    public static IEnumerable<string> Unmatched(ParseResult parse) =>
        parse.UnmatchedTokens.Select(token => token.StartsWith('-') ? UnknownOption(parse.CommandResult.Command, token) : T("Usage.UnexpectedArgument", token));

    private static string UnknownOption(Command command, string token)
    {
        var known = command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive)))
            .SelectMany(o => o.Aliases.Append(o.Name));
        return Suggestions.Nearest(token, known) is { } nearest
            ? T("Usage.UnknownOptionSuggest", token, nearest)
            : T("Usage.UnknownOption", token);
    }

    private static void Check(Command command, Argument argument)
    {
        var arity = argument.Arity;
        if (arity.MinimumNumberOfValues > 0)
        {
            argument.Arity = new ArgumentArity(0, arity.MaximumNumberOfValues);
            command.Validators.Add(result =>
            {
                if ((result.GetResult(argument)?.Tokens.Count ?? 0) == 0)
                {
                    result.AddError(T("Usage.MissingArgument", command.Name, argument.Name));
                }
            });
        }

        // An option the command does not have is taken as a file by a file argument: report it as what it is.
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal) && !Path.Exists(t.Value)))
            {
                result.AddError(UnknownOption(command, token.Value));
            }
        });
    }

    private static void Check(Command command, Option option)
    {
        if (option.Required)
        {
            option.Required = false;
            RequiredOptions.AddOrUpdate(option, option);
            command.Validators.Add(result =>
            {
                if (result.GetResult(option) is null)
                {
                    result.AddError(T("Usage.MissingOption", command.Name, option.Name));
                }
            });
        }

        switch (option)
        {
            case Option<string> text:
                Single(text, (value, result) => AllowedValues.TryGetValue(text, out var values) && !values.Contains(value, StringComparer.Ordinal)
                    ? Fail<string>(result, T("Usage.NotAmong", text.Name, value, string.Join(T("Usage.Separator"), values)))
                    : value);
                break;
            case Option<int> whole:
                Single(whole, (value, result) => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                    ? n : Fail<int>(result, T("Usage.NotInteger", whole.Name, value)));
                break;
            case Option<int?> whole:
                Single(whole, (value, result) => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                    ? n : Fail<int?>(result, T("Usage.NotInteger", whole.Name, value)));
                break;
            case Option<double> number:
                Single(number, (value, result) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                    ? n : Fail<double>(result, T("Usage.NotNumber", number.Name, value)));
                break;
            case Option<string[]> many:
                many.Arity = ArgumentArity.ZeroOrMore;
                many.CustomParser = result => result.Tokens.Count == 0
                    ? Fail<string[]>(result, T("Usage.MissingValue", many.Name))
                    : [.. result.Tokens.Select(t => t.Value)];
                break;
            default:
                break; // switches (--as-one), --help, --version: the library takes no value for them
        }
    }

    // One value: given once, not left out; zero or several tokens are this run's messages, not the library's.
    private static void Single<TValue>(Option<TValue> option, Func<string, ArgumentResult, TValue> convert)
    {
        option.Arity = ArgumentArity.ZeroOrMore;
        option.AllowMultipleArgumentsPerToken = false;
        option.CustomParser = result => result.Tokens.Count switch
        {
            0 => Fail<TValue>(result, T("Usage.MissingValue", option.Name)),
            1 => convert(result.Tokens[0].Value, result),
            var n => Fail<TValue>(result, T("Usage.OneValue", option.Name, n)),
        };
    }

    private static TValue Fail<TValue>(ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
