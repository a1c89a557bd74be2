using System.Globalization;
using GovBudget.Cli.Commands;
using GovBudget.Rules.Findings;
using static GovBudget.Cli.Output.Html;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Output;

/// <summary>
/// A dataset in the HTML report: its summary, a bar chart of the findings by rule, and the departments with findings
/// linking to their marked tables, at most <see cref="Limit"/> of them, then the count of the rest.
/// </summary>
internal static class HtmlDatasetWriter
{
    /// <summary>
    /// The departments listed with their tables. A department's marked tables take a few kilobytes, so 200 keep the
    /// page under a few megabytes whatever the dataset's size (100,000 departments, 1% failing, would be 1,000).
    /// </summary>
    public const int Limit = 200;

    public static void Write(TextWriter w, DatasetSummary d, IReadOnlyList<CheckedDocument> departments, string id, Severity threshold, ProducedBy producedBy)
    {
        w.WriteLine($"<section class=\"dataset\" id=\"{id}\">");
        w.WriteLine($"<h2>{E(ReportLabels.Dataset(d))}</h2>");
        w.WriteLine($"<p class=\"produced-by\">{E(producedBy.Line(departments))}</p>");
        w.WriteLine($"<p class=\"outcome\">{E(ReportLabels.DatasetOutcome(d))}</p>");
        WriteChart(w, d);
        var failed = 0;
        var listed = new List<CheckedDocument>();
        foreach (var r in departments)
        {
            if (r.Findings.Any(f => f.Finding.Severity >= threshold))
            {
                failed++;
                if (listed.Count < Limit)
                {
                    listed.Add(r);
                }
            }
        }

        w.WriteLine($"<h3>{E(T("Html.FailedDepartments", failed))}</h3>");
        if (listed.Count > 0)
        {
            w.WriteLine("<ol class=\"departments\">");
            for (var i = 0; i < listed.Count; i++)
            {
                var c = FindingCounts.Of(listed[i]);
                w.WriteLine($"<li><a href=\"#{id}-d{i}\">{E(listed[i].Department?.ToString())}</a> {E(T("Html.DepartmentCounts", c.Errors, c.Warnings, c.Infos))}</li>");
            }

            w.WriteLine("</ol>");
        }

        if (failed > listed.Count)
        {
            w.WriteLine($"<p class=\"rest\">{E(T("Html.Rest", failed - listed.Count, Limit))}</p>");
        }

        for (var i = 0; i < listed.Count; i++)
        {
            HtmlDocumentWriter.Write(w, listed[i], $"{id}-d{i}", threshold, producedBy: null);
        }

        w.WriteLine("</section>");
    }

    // CSS bars, widths relative to the rule with the most findings: no script, no image.
    private static void WriteChart(TextWriter w, DatasetSummary d)
    {
        w.WriteLine($"<h3>{E(T("Html.ByRule"))}</h3>");
        if (d.ByRule.Count == 0)
        {
            w.WriteLine($"<p>{E(T("Report.NoFindings"))}</p>");
            return;
        }

        var most = d.ByRule.Max(c => c.Findings);
        w.WriteLine("<div class=\"chart\">");
        foreach (var (rule, severity, count, departments) in d.ByRule)
        {
            var width = (count * 100m / most).ToString("0.#", CultureInfo.InvariantCulture);
            w.WriteLine($"<div class=\"bar-row\" data-rule=\"{E(rule)}\"><span class=\"rule\">{E(rule)}</span>"
                + $"<span class=\"bar {Class(severity)}\" style=\"width: calc({width}% * .6)\"></span>"
                + $"<span class=\"count\">{E(T("Html.BarCount", ReportLabels.Severity(severity), count, departments))}</span></div>");
        }

        w.WriteLine("</div>");
    }
}
