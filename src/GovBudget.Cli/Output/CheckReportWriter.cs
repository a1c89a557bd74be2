using System.Globalization;
using GovBudget.Cli.Commands;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Waivers;
using Spectre.Console;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Output;

/// <summary>
/// The text report of <c>check</c>: per document, findings grouped by table in the document's Chinese labels; for a
/// dataset, a summary (departments, findings by rule, time) and the departments that have findings. Findings a
/// waiver accepts are shown, marked [已接受] with the waiver's reason, author and expiry; waivers that matched
/// nothing are listed at the end. A finding resting on an uncertain reading says 待核实, what looked wrong and the pages
/// to check.
/// </summary>
internal sealed class CheckReportWriter(TextWriter w, Severity threshold, ProducedBy producedBy) : ReportSink
{
    // Written as it comes: a dataset's departments are never all held.
    public override void Add(CheckedDocument r)
    {
        if (r.Error is not null)
        {
            w.WriteLine(T("Report.Unusable", r.Source));
            w.WriteLine();
            return;
        }

        var shown = r.Findings.Where(f => f.Finding.Severity >= threshold).ToList();
        if (r.InDataset && shown.Count == 0)
        {
            return; // a dataset lists only the departments with findings
        }

        WriteDocument(w, r, shown, brief: r.InDataset, notices: threshold == Severity.Info);
    }

    public override void Finish(RunTally run, IReadOnlyList<DatasetSummary> datasets, WaiverReport? waivers)
    {
        if (run.Files.Count > 1)
        {
            WriteOverall(w, run.Files);
        }

        if (waivers is not null)
        {
            WriteWaivers(w, waivers, threshold);
        }

        foreach (var d in datasets)
        {
            WriteSummary(w, d);
        }

        w.WriteLine(producedBy.Line(run.Representatives));
    }

    // Several files in one run: what they found together, and which files have errors (counted as each file's summary).
    private static void WriteOverall(TextWriter w, IReadOnlyList<CheckedDocument> files)
    {
        w.WriteLine(ReportLabels.Overall(files));
        w.WriteLine();
    }

    private static void WriteDocument(TextWriter w, CheckedDocument r, List<CheckedFinding> shown, bool brief, bool notices = true)
    {
        w.WriteLine($"{ReportLabels.Heading(r)} · {r.Source}");
        w.WriteLine(ReportLabels.Summary(r));
        if (ReportLabels.Profile(r) is { } profile)
        {
            w.WriteLine(profile);
        }

        foreach (var group in shown.GroupBy(f => f.Finding.TableTitle ?? ReportLabels.CrossTable))
        {
            w.WriteLine();
            w.WriteLine(ReportLabels.Group(group.First().Finding));
            foreach (var (f, waiver) in group)
            {
                w.WriteLine($"  [{ReportLabels.Severity(f.Severity)}]{(waiver is null ? string.Empty : T("Report.AcceptedMark"))} {f.RuleId} {f.Message}");
                foreach (var c in f.Cells.Take(brief ? 4 : 12))
                {
                    w.WriteLine($"      {ReportLabels.Cell(c)}{ReportLabels.Page(c)}");
                }

                if (f.Cells.Count > (brief ? 4 : 12))
                {
                    w.WriteLine($"      {T("Report.MoreCells", f.Cells.Count)}");
                }

                foreach (var line in ReportLabels.Details(f, waiver))
                {
                    w.WriteLine($"      {line}");
                }
            }
        }

        if (!brief && r.NotApplicable.Count > 0)
        {
            // An auditor must never read 不适用 as "checked and fine": each check says why it did not apply.
            foreach (var group in ReportLabels.NotApplicableGroups(r))
            {
                w.WriteLine();
                w.WriteLine(T("Report.NotApplicableGroup", ReportLabels.Reason(group.Key), group.Count()));
                foreach (var why in group)
                {
                    w.WriteLine($"  {T("Report.RuleAndText", why.Rule, why.Detail)}");
                }
            }
        }

        if (notices)
        {
            foreach (var n in r.Notices)
            {
                w.WriteLine(T("Report.Notice", n));
            }
        }
        else if (r.Notices.Count > 0)
        {
            // --severity above info hides the reader's notices too, but says that there are some.
            w.WriteLine(T("Report.NoticesHidden", r.Notices.Count));
        }

        w.WriteLine();
    }

    private static void WriteWaivers(TextWriter w, WaiverReport waivers, Severity threshold)
    {
        w.WriteLine(ReportLabels.Waivers(waivers));
        foreach (var f in waivers.Problems.Where(f => f.Severity >= threshold))
        {
            w.WriteLine($"  [{ReportLabels.Severity(f.Severity)}] {f.RuleId} {f.Message}");
        }

        w.WriteLine();
    }

    private static void WriteSummary(TextWriter w, DatasetSummary d)
    {
        w.WriteLine(ReportLabels.Dataset(d));
        w.WriteLine($"  {ReportLabels.DatasetOutcome(d)}");
        if (d.ByRule.Count == 0)
        {
            w.WriteLine($"  {T("Report.NoFindings")}");
        }
        else
        {
            var table = new Table().Border(TableBorder.Square)
                .AddColumn(T("Report.Column.Rule")).AddColumn(T("Report.Column.Severity")).AddColumn(new TableColumn(T("Report.Column.Findings")).RightAligned())
                .AddColumn(new TableColumn(T("Report.Column.Departments")).RightAligned());
            foreach (var (rule, severity, count, departments) in d.ByRule)
            {
                table.AddRow(Markup.Escape(rule), ReportLabels.Severity(severity), Count(count), Count(departments));
            }

            Plain(w).Write(new Padder(table, new Padding(2, 0, 0, 0)));
        }

        if (d.NotApplicableSets.Count > 0)
        {
            w.WriteLine($"  {T("Report.NotApplicableSets", d.NotApplicableSets.Count, string.Join(T("List.Clauses"), d.NotApplicableSets.Select(s => T("Report.NotApplicableSet", s.Rules.Count, s.Departments.Count))))}");
        }

        w.WriteLine();
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    // The report is text in a file or a pipe as often as on a terminal: no colour, no control codes, a fixed width.
    private static IAnsiConsole Plain(TextWriter w)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(w),
        });
        console.Profile.Width = ReportWidth;
        return console;
    }

    // Wide enough for a rule id, a severity and two counts; the table is as narrow as its cells.
    private const int ReportWidth = 100;
}
