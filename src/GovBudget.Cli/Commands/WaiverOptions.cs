using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Waivers;
using NodaTime;
using NodaTime.Text;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Commands;

/// <summary>
/// The waivers of a <c>check</c> run: the files given with <c>--waivers</c>, and a <c>waivers.csv</c> beside each
/// rule file (or in each rule folder) given with <c>--rules</c>.
/// </summary>
internal sealed class WaiverOptions
{
    private readonly WaiverSet set;

    private WaiverOptions(WaiverSet set, WaiverRun run, LocalDate today)
    {
        this.set = set;
        Run = run;
        JudgedOn = set.Waivers.Count == 0 ? null : today;
    }

    /// <summary>The run every document's findings go through (a run of no waivers when there are none).</summary>
    public WaiverRun Run { get; }

    /// <summary>The day waiver expiry is judged on, or null when there are no waivers (the reports name it).</summary>
    public LocalDate? JudgedOn { get; }

    /// <summary>Loads the waivers and starts the run, or writes why not to stderr and returns null (exit 2).</summary>
    public static WaiverOptions? Start(CheckOptions options, PackChoice packs, TextWriter stderr)
    {
        var today = Today(options.Today, stderr);
        if (today is null)
        {
            return null;
        }

        // A standard pack's name (--rules standard) is no folder: nothing lies beside it.
        var paths = options.RulePaths.Where(p => File.Exists(p) || Directory.Exists(p)).Select(Beside).Where(File.Exists).Concat(options.WaiverPaths);
        WaiverSet set;
        try
        {
            set = WaiverSet.Load(paths);
        }
        catch (WaiverFormatException e)
        {
            stderr.WriteLine(T("Err.Line", e.Message));
            return null;
        }
        catch (FileNotFoundException e)
        {
            stderr.WriteLine(T("Err.NoWaiverFile", e.FileName));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(T("Err.Line", e.Message));
            return null;
        }

        // Which rules exist and which are errors: without --rules, either standard pack may check a document.
        IEnumerable<RulePack> candidates = set.Waivers.Count == 0 ? [] : packs.Candidates();
        return new WaiverOptions(set, set.Start(candidates, today.Value), today.Value);
    }

    /// <summary>What the report shows about the waivers after the last document (<paramref name="accepted"/>: the findings they accepted), or null when there were none.</summary>
    public WaiverReport? Report(int accepted) =>
        set.Waivers.Count == 0
            ? null
            : new WaiverReport(set.Sources, set.Waivers.Count, accepted, Run.Finish());

    private static string Beside(string rulePath) =>
        Directory.Exists(rulePath)
            ? Path.Combine(rulePath, WaiverSet.DefaultFileName)
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(rulePath)) ?? ".", WaiverSet.DefaultFileName);

    private static LocalDate? Today(string? text, TextWriter stderr)
    {
        if (text is null)
        {
            // The user's calendar day: a waiver that expires on the 31st is valid until midnight where they are.
            return SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Bcl.GetSystemDefault()).Date;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        stderr.WriteLine(T("Err.Today", text));
        return null;
    }
}

/// <summary>What <c>check</c> reports about its waivers as a whole.</summary>
/// <param name="Sources">The waiver files read.</param>
/// <param name="Count">How many waivers they hold.</param>
/// <param name="Accepted">How many findings they accepted, across the run.</param>
/// <param name="Problems">The waivers that matched nothing (unused, expired, of an unknown or error rule).</param>
internal sealed record WaiverReport(IReadOnlyList<string> Sources, int Count, int Accepted, IReadOnlyList<Finding> Problems);
