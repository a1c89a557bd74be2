using System.CommandLine;
using GovBudget.Cli.Output;
using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Compilation;
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
        var noCompile = new Option<bool>("--no-compile") { Description = "evaluate with the reference interpreter instead of compiled rules" };
        var command = new Command("check", "check disclosures, or every department of a dataset (*.csv), against rule packs")
        {
            files, rules, format, severity, noCompile,
        };
        command.SetAction(parse => Run(
            parse.GetValue(files)!, parse.GetValue(rules) ?? [], parse.GetValue(format)!, parse.GetValue(severity)!,
            parse.GetValue(noCompile), stdout, stderr));
        return command;
    }

    private static int Run(
        string[] files, string[] rulePaths, string format, string severityName, bool noCompile, TextWriter stdout, TextWriter stderr)
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

        var entries = new List<CheckedDocument>();
        var summaries = new List<DatasetSummary>();
        foreach (var file in files)
        {
            if (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                var dataset = DatasetCheck.Run(file, custom, !noCompile, stderr);
                if (dataset is null)
                {
                    unusable = true;
                    entries.Add(CheckedDocument.Unusable(file));
                    continue;
                }

                entries.AddRange(dataset.Value.Entries);
                summaries.Add(dataset.Value.Summary);
                continue;
            }

            var imported = DocumentLoader.TryLoad(file, stderr);
            if (imported is null)
            {
                unusable = true;
                entries.Add(CheckedDocument.Unusable(file));
                continue;
            }

            var pack = custom ?? RulePack.Standard(imported.Document.Kind);
            var findings = noCompile ? pack.Check(imported.Document) : new CompiledPack(pack).Check(imported.Document);
            entries.Add(CheckedDocument.From(file, imported.Document, findings, imported.Notices));
        }

        if (format == "json")
        {
            CheckJsonWriter.Write(stdout, entries, summaries, threshold);
        }
        else
        {
            CheckReportWriter.Write(stdout, entries, summaries, threshold);
        }

        if (unusable)
        {
            return ExitCodes.Unusable;
        }

        return entries.Any(r => r.Findings.Any(f => f.Severity == Severity.Error)) ? ExitCodes.ErrorFindings : ExitCodes.Success;
    }
}

/// <summary>One checked input (a document, or a department of a dataset): its findings, or why it could not be read.</summary>
internal sealed record CheckedDocument(
    string Source,
    Department? Department,
    FiscalYear? Year,
    DisclosureKind? Kind,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> NotApplicable,
    int Passed,
    IReadOnlyList<ImportNotice> Notices,
    string? Error)
{
    public static CheckedDocument Unusable(string source) => new(source, null, null, null, [], [], 0, [], "unusable input (see stderr)");

    public static CheckedDocument From(string source, Disclosure document, DocumentFindings findings, IReadOnlyList<ImportNotice> notices) =>
        new(source, document.Department, document.Year, document.Kind, findings.Findings, findings.NotApplicable, findings.Passed.Count, notices, null);
}
