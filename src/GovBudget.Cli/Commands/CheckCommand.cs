using System.CommandLine;
using GovBudget.Cli.Output;
using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Packs;
using GovBudget.Rules.Parsing;
using GovBudget.Rules.Syntax;

namespace GovBudget.Cli.Commands;

/// <summary>
/// <c>govbudget check &lt;file&gt;... [--rules &lt;file|dir&gt;]... [--format text|json] [--severity error|warning|info]</c>.
/// Exit 2 when any input or rule file was unusable, else 1 when there is an error finding, else 0.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("file") { Description = "disclosures to check (text or GovBudget JSON)", Arity = ArgumentArity.OneOrMore };
        var rules = new Option<string[]>("--rules")
        {
            Description = "a rule file or a directory of *.rules files (repeatable); default: the standard pack for each document's kind",
            AllowMultipleArgumentsPerToken = false,
        };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var severity = new Option<string>("--severity") { Description = "show findings of this level and above", DefaultValueFactory = _ => "info" };
        severity.AcceptOnlyFromAmong("error", "warning", "info");
        var command = new Command("check", "check disclosures against rule packs") { files, rules, format, severity };
        command.SetAction(parse => Run(
            parse.GetValue(files)!, parse.GetValue(rules) ?? [], parse.GetValue(format)!, parse.GetValue(severity)!, stdout, stderr));
        return command;
    }

    private static int Run(string[] files, string[] rulePaths, string format, string severityName, TextWriter stdout, TextWriter stderr)
    {
        var threshold = severityName switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            _ => Severity.Info,
        };
        var unusable = false;
        RulePack? custom = null;
        if (rulePaths.Length > 0)
        {
            try
            {
                custom = RulePack.Load(rulePaths);
            }
            catch (RuleLoadException e)
            {
                foreach (var d in e.Diagnostics)
                {
                    stderr.WriteLine($"govbudget: {d}");
                }

                return ExitCodes.Unusable; // no document can be checked against a broken pack
            }
        }

        var results = new List<CheckedDocument>();
        foreach (var file in files)
        {
            var imported = DocumentLoader.TryLoad(file, stderr);
            if (imported is null)
            {
                unusable = true;
                results.Add(new CheckedDocument(file, null, null, "unusable input (see stderr)"));
                continue;
            }

            var pack = custom ?? RulePack.Standard(imported.Document.Kind);
            results.Add(new CheckedDocument(file, imported, pack.Check(imported.Document), null));
        }

        if (format == "json")
        {
            CheckJsonWriter.Write(stdout, results, threshold);
        }
        else
        {
            CheckReportWriter.Write(stdout, results, threshold);
        }

        if (unusable)
        {
            return ExitCodes.Unusable;
        }

        return results.Any(r => r.Findings?.HasErrors == true) ? ExitCodes.ErrorFindings : ExitCodes.Success;
    }
}

/// <summary>One input of a check run: its findings, or why it could not be read.</summary>
internal sealed record CheckedDocument(string Source, ImportResult? Import, DocumentFindings? Findings, string? Error)
{
    public Disclosure? Document => Import?.Document;
}
