using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli;

/// <summary>
/// The <c>--help</c> page in the run's language: headings, usage, defaults and the exit codes from the resources.
/// </summary>
/// <remarks>
/// System.CommandLine's own headings come from its satellite assemblies, which InvariantGlobalization makes unreachable
/// (they would stay English in a Chinese page), and its help builder's sections are not public: so the page is written here.
/// </remarks>
internal sealed class HelpLayout : SynchronousCommandLineAction
{
    /// <summary>Makes <paramref name="help"/> write the page in the current language.</summary>
    public static void Apply(HelpOption help) => help.Action = new HelpLayout();

    /// <summary>Help is asked for: a missing argument of the command is not an error (as with the built-in help).</summary>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var output = parseResult.InvocationConfiguration.Output;
        var sections = new List<string>();
        if (!string.IsNullOrWhiteSpace(command.Description))
        {
            sections.Add(T("Help.Heading.Description") + "\n  " + command.Description);
        }

        sections.Add(T("Help.Heading.Usage") + "\n  " + Usage(command));
        Add(sections, T("Help.Heading.Arguments"), [.. command.Arguments.Where(a => !a.Hidden).Select(a => (Label(a), Described(a.Description, a, false)))]);
        // The command's own options, then those its parents pass down (--lang, --help).
        var options = command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive)))
            .Where(o => !o.Hidden).Distinct();
        Add(sections, T("Help.Heading.Options"), [.. options.Select(o => (Label(o), Described(o.Description, o, GovBudget.Cli.Usage.UsageErrors.IsRequired(o))))]);
        Add(sections, T("Help.Heading.Commands"), [.. command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? string.Empty))]);
        Add(sections, T("Help.Heading.ExitCodes"), [.. Enumerable.Range(0, 4).Select(code => (code.ToString(System.Globalization.CultureInfo.InvariantCulture), T($"Help.ExitCode.{code}")))]);
        output.Write(string.Join("\n\n", sections).ReplaceLineEndings());
        output.WriteLine();
        output.WriteLine("  " + T("Help.ExitCode.Worst"));
        return 0;
    }

    private static string Usage(Command command)
    {
        var parts = new List<string>(command.Parents.OfType<Command>().Reverse().Select(c => c.Name)) { command.Name };
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(Label));
        if (command.Subcommands.Count > 0)
        {
            parts.Add(T("Help.Usage.Command"));
        }

        parts.Add(T("Help.Usage.Options"));
        return string.Join(' ', parts);
    }

    private static string Label(Argument argument) =>
        argument.Arity.MaximumNumberOfValues > 1 ? $"<{argument.Name}>..." : $"<{argument.Name}>";

    private static string Label(Option option)
    {
        var names = string.Join(", ", option.Aliases.Order(StringComparer.Ordinal).Append(option.Name));
        return Flag(option) ? names : $"{names} <{option.Name.TrimStart('-')}>";
    }

    // A switch (--as-one): no value to name, no default to show.
    private static bool Flag(Option option) => option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool);

    private static string Described(string? description, Symbol symbol, bool required)
    {
        var text = description ?? string.Empty;
        var fallback = symbol switch
        {
            Option { HasDefaultValue: true } o when !Flag(o) => o.GetDefaultValue(),
            Argument { HasDefaultValue: true } a => a.GetDefaultValue(),
            _ => null,
        };
        if (fallback is not null && Convert.ToString(fallback, System.Globalization.CultureInfo.InvariantCulture) is { Length: > 0 } shown)
        {
            text += T("Help.Default", shown);
        }

        return required ? text + T("Help.Required") : text;
    }

    // A heading, then one row per item: the labels padded to one column, as System.CommandLine lays them out.
    private static void Add(List<string> sections, string heading, IReadOnlyList<(string Label, string Text)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var width = rows.Max(r => r.Label.Length) + 2;
        sections.Add(heading + string.Concat(rows.Select(r => "\n  " + r.Label.PadRight(width) + r.Text)));
    }
}
