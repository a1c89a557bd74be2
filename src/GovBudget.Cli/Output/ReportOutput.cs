using System.Text;
using GovBudget.Cli.Commands;
using GovBudget.Rules.Findings;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Output;

/// <summary>What the HTML report is given at the end: the checked documents, the datasets' summaries, the waivers, the lowest level shown and what produced it.</summary>
internal sealed record CheckReport(
    IReadOnlyList<CheckedDocument> Entries, IReadOnlyList<DatasetSummary> Datasets, WaiverReport? Waivers, Severity Threshold, ProducedBy ProducedBy);

/// <summary>
/// The report of <c>check</c> in the chosen format, on standard output or in <c>--output FILE</c>, written while the
/// run goes (text and JSON; HTML, one page with its summary first, is written at the end). A write that fails is
/// reported once, at the end, and the rest of the report is not written.
/// </summary>
internal sealed class ReportOutput : IDisposable
{
    /// <summary>The values <c>--format</c> accepts.</summary>
    public static readonly string[] Formats = ["text", "json", "html"];

    private readonly StreamWriter? file;
    private readonly ReportSink sink;
    private readonly string target;
    private string? failure;

    private ReportOutput(StreamWriter? file, ReportSink sink, string target)
    {
        this.file = file;
        this.sink = sink;
        this.target = target;
    }

    /// <summary>
    /// Null (the reason on <paramref name="stderr"/>) when the output file cannot be created. With
    /// <paramref name="hold"/> the entries are held and written at the end (a report on the terminal that shows a live
    /// progress display would be overdrawn by it).
    /// </summary>
    public static ReportOutput? Open(string? path, string format, TextWriter stdout, TextWriter stderr, Severity threshold, ProducedBy producedBy, bool hold)
    {
        StreamWriter? file = null;
        if (path is not null)
        {
            try
            {
                file = new StreamWriter(path, append: false, new UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(T("Err.InFile", $"--output {path}", e.Message));
                return null;
            }
        }

        TextWriter w = file ?? stdout;
        ReportSink sink = format switch
        {
            "json" => new CheckJsonWriter(w, threshold, producedBy),
            "html" => new HtmlReport(w, threshold, producedBy),
            _ => new CheckReportWriter(w, threshold, producedBy),
        };
        return new ReportOutput(file, hold && format != "html" ? new HeldReport(sink) : sink, path is null ? "stdout" : $"--output {path}");
    }

    public void Add(CheckedDocument entry) => Guard(() => sink.Add(entry));

    /// <summary>False (the reason on <paramref name="stderr"/>) when the report could not be written.</summary>
    public bool Finish(RunTally run, IReadOnlyList<DatasetSummary> datasets, WaiverReport? waivers, TextWriter stderr)
    {
        Guard(() =>
        {
            sink.Finish(run, datasets, waivers);
            file?.Flush();
        });
        if (failure is not null)
        {
            stderr.WriteLine(T("Err.InFile", target, failure));
            return false;
        }

        return true;
    }

    public void Dispose()
    {
        (sink as IDisposable)?.Dispose();
        try
        {
            file?.Dispose();
        }
        catch (IOException)
        {
            // already reported by Finish: the last flush failed
        }
    }

    // A full disk stops the report, not the run: the failure is said once, at the end.
    private void Guard(Action write)
    {
        if (failure is not null)
        {
            return;
        }

        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = e.Message;
        }
    }

    // The HTML page starts with what only the end knows: it is written from the entries held.
    private sealed class HtmlReport(TextWriter w, Severity threshold, ProducedBy producedBy) : ReportSink
    {
        private readonly List<CheckedDocument> entries = [];

        public override void Add(CheckedDocument entry) => entries.Add(entry);

        public override void Finish(RunTally run, IReadOnlyList<DatasetSummary> datasets, WaiverReport? waivers) =>
            CheckHtmlWriter.Write(w, new CheckReport(entries, datasets, waivers, threshold, producedBy));
    }

    private sealed class HeldReport(ReportSink inner) : ReportSink
    {
        private readonly List<CheckedDocument> entries = [];

        public override void Add(CheckedDocument entry) => entries.Add(entry);

        public override void Finish(RunTally run, IReadOnlyList<DatasetSummary> datasets, WaiverReport? waivers)
        {
            foreach (var e in entries)
            {
                inner.Add(e);
            }

            inner.Finish(run, datasets, waivers);
        }
    }
}
