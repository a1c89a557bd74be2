using System.CommandLine;
using GovBudget.Cli.Output;
using GovBudget.Cli.Usage;
using GovBudget.Import;
using GovBudget.Serialization;

using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Commands;

/// <summary><c>govbudget import &lt;file&gt; [--format text|json] [--names &lt;file&gt;]...</c>: read a disclosure and show what was read, and how much of it the standard checks see.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = T("Help.Import.File") };
        var format = new Option<string>("--format")
        {
            Description = T("Help.Import.Format"),
            DefaultValueFactory = _ => "text",
        };
        UsageErrors.OneOf(format, "text", "json");
        var names = NamesOption.Create();
        var command = new Command("import", T("Help.Import")) { file, format, names };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(format)!, parse.GetValue(names) ?? [], stdout, stderr));
        return command;
    }

    private static int Run(string path, string format, string[] namePaths, TextWriter stdout, TextWriter stderr)
    {
        if (NamesOption.Load(namePaths, stderr) is not { } names)
        {
            return ExitCodes.Unusable;
        }

        // The same reading as check: disclosure text, a PDF, or GovBudget JSON (DisclosureFile).
        var result = DocumentLoader.TryLoad(path, stderr, out var failure, names);
        if (result is null)
        {
            return failure;
        }

        var coverage = ImportCoverage.Of(result);
        if (format == "json")
        {
            stdout.WriteLine(DisclosureJson.Serialize(result, coverage.WriteJson));
        }
        else
        {
            ImportSummaryWriter.Write(stdout, result, coverage);
        }

        return ExitCodes.Success;
    }
}
