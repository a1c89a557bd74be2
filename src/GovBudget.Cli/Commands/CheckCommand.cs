using System.CommandLine;
using GovBudget.Cli.Output;
using GovBudget.Cli.Usage;
using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Profiles;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Waivers;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Commands;

/// <summary>
/// <c>govbudget check &lt;file&gt;... [--rules &lt;file|dir&gt;]... [--waivers &lt;file&gt;]... [--today yyyy-MM-dd]
/// [--format text|json|html] [--output FILE] [--severity error|warning|info] [--names &lt;file&gt;]...</c>.
/// Exit 3 when a rule, a check or a reader failed (an internal fault), else 2 when any input, rule or waiver file was
/// unusable, else 1 when there is an error finding, else 0: accepted findings and waiver problems are never errors.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("file") { Description = T("Help.Check.Files"), Arity = ArgumentArity.OneOrMore };
        var rules = new Option<string[]>("--rules")
        {
            Description = T("Help.Check.Rules"),
            AllowMultipleArgumentsPerToken = false,
        };
        var format = new Option<string>("--format") { Description = T("Help.Check.Format"), DefaultValueFactory = _ => "text" };
        UsageErrors.OneOf(format, [.. ReportOutput.Formats]);
        var output = new Option<string?>("--output") { Description = T("Help.Check.Output") };
        var severity = new Option<string>("--severity") { Description = T("Help.Check.Severity"), DefaultValueFactory = _ => "info" };
        UsageErrors.OneOf(severity, "error", "warning", "info");
        var noCompile = new Option<bool>("--no-compile") { Description = T("Help.Check.NoCompile") };
        var waivers = new Option<string[]>("--waivers")
        {
            Description = T("Help.Check.Waivers", WaiverSet.Header, WaiverSet.DefaultFileName),
            AllowMultipleArgumentsPerToken = false,
        };
        var today = new Option<string?>("--today") { Description = T("Help.Check.Today") };
        var profile = new Option<string?>("--profile")
        {
            Description = T("Help.Check.Profile", string.Join(", ", DisclosureProfiles.Names)),
        };
        var asOne = new Option<bool>("--as-one")
        {
            Description = T("Help.Check.AsOne"),
        };
        var names = NamesOption.Create();
        var command = new Command("check", T("Help.Check"))
        {
            files, rules, format, severity, noCompile, waivers, today, profile, asOne, names, output,
        };
        command.SetAction(parse => Run(
            new CheckOptions(parse.GetValue(files)!, parse.GetValue(rules) ?? [], parse.GetValue(waivers) ?? [], parse.GetValue(today),
                parse.GetValue(format)!, parse.GetValue(severity)!, parse.GetValue(noCompile), parse.GetValue(profile), parse.GetValue(asOne))
            {
                NamePaths = parse.GetValue(names) ?? [], Output = parse.GetValue(output),
            },
            stdout, stderr));
        return command;
    }

    private static int Run(CheckOptions options, TextWriter stdout, TextWriter stderr)
    {
        var (files, rulePaths, _, _, format, severityName, noCompile, profileName, _) = options;
        var threshold = severityName switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            _ => Severity.Info,
        };
        var packs = PackChoice.Default;
        if (rulePaths.Length > 0)
        {
            try
            {
                packs = PackChoice.Load(rulePaths);
                _ = packs.Candidates().ToList(); // the user's ids must not repeat a standard rule's: report it now
            }
            catch (RuleLoadException e)
            {
                foreach (var d in e.Diagnostics)
                {
                    stderr.WriteLine(T("Err.Line", d));
                }

                return ExitCodes.Unusable; // no document can be checked against a broken pack
            }
        }

        DisclosureProfile? profile = null;
        if (profileName is not null && (profile = DisclosureProfiles.Find(profileName)) is null)
        {
            stderr.WriteLine(T("Err.NoProfile", profileName, string.Join(", ", DisclosureProfiles.Names)));
            return ExitCodes.Unusable;
        }

        if (NamesOption.Load(options.NamePaths, stderr) is not { } names)
        {
            return ExitCodes.Unusable; // a region's titles unknown would misread every document of it
        }

        var waivers = WaiverOptions.Start(options, packs, stderr);
        if (waivers is null)
        {
            return ExitCodes.Unusable; // accepting the wrong findings, or none, would misreport every document
        }

        // Held only where a live progress display on the same terminal would overdraw it.
        var hold = options.Output is null && ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        using var report = ReportOutput.Open(options.Output, format, stdout, stderr, threshold, new ProducedBy(packs, waivers.JudgedOn), hold);
        if (report is null)
        {
            return ExitCodes.Unusable;
        }

        var run = new RunTally();
        void Emit(CheckedDocument entry)
        {
            run.Add(entry);
            report.Add(entry);
        }

        var summaries = new List<DatasetSummary>();
        var worst = ExitCodes.Success; // over several files the worst wins: 3 over 2 over 1 over 0
        foreach (var file in options.AsOne ? [] : files)
        {
            if (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                // The departments go to the report as they are checked; only the summary comes back.
                var summary = DatasetCheck.Run(file, packs, !noCompile, waivers.Run, stderr, Emit, out var datasetFailure);
                if (summary is null)
                {
                    worst = Worse(worst, datasetFailure);
                    Emit(CheckedDocument.Unusable(file));
                    continue;
                }

                summaries.Add(summary);
                continue;
            }

            var imported = DocumentLoader.TryLoad(file, stderr, out var failure, names);
            if (imported is null)
            {
                worst = Worse(worst, failure);
                Emit(CheckedDocument.Unusable(file));
                continue;
            }

            DocumentFindings findings;
            try
            {
                findings = packs.Check(imported.Document, profile, !noCompile);
            }
            catch (RuleLimitException e)
            {
                stderr.WriteLine(T("Err.InFile", file, e.Diagnostic));
                worst = Worse(worst, ExitCodes.Unusable);
                Emit(CheckedDocument.Unusable(file));
                continue;
            }

            Emit(CheckedDocument.From(file, imported.Document, waivers.Run.Apply(findings), imported.Notices));
        }

        if (options.AsOne)
        {
            var one = AsOne.Check(files, packs, profile, noCompile, waivers.Run, names, stderr, out var failure);
            worst = Worse(worst, failure);
            Emit(one ?? CheckedDocument.Unusable(string.Join(" + ", files)));
        }

        // Unused waivers are a property of the whole run: reported once, after every document.
        if (!report.Finish(run, summaries, waivers.Report(run.Accepted), stderr))
        {
            return ExitCodes.Unusable;
        }

        return Worse(worst, run.Exit);
    }

    private static int Worse(int a, int b) => Math.Max(a, b);
}

/// <summary>The values of <c>check</c>'s arguments and options.</summary>
internal sealed record CheckOptions(
    string[] Files, string[] RulePaths, string[] WaiverPaths, string? Today, string Format, string Severity, bool NoCompile,
    string? Profile = null, bool AsOne = false)
{
    /// <summary>The names files given with <c>--names</c>.</summary>
    public string[] NamePaths { get; init; } = [];

    /// <summary>The file <c>--output</c> names, or null for standard output.</summary>
    public string? Output { get; init; }
}

/// <summary>One checked input (a document, or a department of a dataset): its findings, or why it could not be read.</summary>
internal sealed record CheckedDocument(
    string Source,
    Department? Department,
    FiscalYear? Year,
    DisclosureKind? Kind,
    IReadOnlyList<CheckedFinding> Findings,
    IReadOnlyList<NotApplicableCheck> NotApplicableReasons,
    int Passed,
    IReadOnlyList<ImportNotice> Notices,
    string? Error,
    ProfileChoice? Profile = null)
{
    /// <summary>The files of a disclosure checked as one (<c>--as-one</c>), in order; empty otherwise.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>
    /// The checked document's tables and narrative, for a report that prints them (HTML); null when unreadable. Built on
    /// demand: a dataset keeps its departments dense and a report shows only a few of them.
    /// </summary>
    public Func<Disclosure>? Document { get; init; }

    /// <summary>A department of a dataset (listed in the report only when it has findings), not a file of its own.</summary>
    public bool InDataset { get; init; }

    /// <summary>The ids of the checks that did not apply, in order.</summary>
    public IReadOnlyList<string> NotApplicable { get; } = [.. NotApplicableReasons.Select(r => r.Rule)];

    public static CheckedDocument Unusable(string source) => new(source, null, null, null, [], [], 0, [], "unusable input (see stderr)");

    public static CheckedDocument From(string source, Disclosure document, WaivedFindings findings, IReadOnlyList<ImportNotice> notices) =>
        new(source, document.Department, document.Year, document.Kind, findings.Findings, findings.Checked.NotApplicableReasons,
            findings.Checked.Passed.Count, notices, null, findings.Checked.Profile) { Document = () => document };
}
