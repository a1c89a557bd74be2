using static GovBudget.Cli.Output.Html;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Output;

/// <summary>
/// The HTML of <c>check --format html</c>: one self-contained page (inline stylesheet, no script, nothing fetched) with
/// every document of the run, then the waivers, then each dataset's summary and the departments with findings.
/// </summary>
internal static class CheckHtmlWriter
{
    public static void Write(TextWriter w, CheckReport report)
    {
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine($"<html lang=\"{T("Html.Lang")}\"><head><meta charset=\"utf-8\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.WriteLine($"<title>{E(T("Html.Title"))}</title>");
        w.WriteLine($"<style>{HtmlStyle.Css}</style>");
        w.WriteLine("</head><body>");
        w.WriteLine($"<h1>{E(T("Html.Title"))}</h1>");
        var files = report.Entries.Where(r => !r.InDataset).ToList();
        if (files.Count > 1)
        {
            w.WriteLine($"<p class=\"overall\">{E(ReportLabels.Overall(files))}</p>");
            w.WriteLine("<nav><ol>");
            for (var i = 0; i < files.Count; i++)
            {
                w.WriteLine($"<li><a href=\"#doc{i}\">{E(files[i].Source)}</a></li>");
            }

            w.WriteLine("</ol></nav>");
        }

        for (var i = 0; i < files.Count; i++)
        {
            HtmlDocumentWriter.Write(w, files[i], $"doc{i}", report.Threshold, report.ProducedBy);
        }

        if (report.Waivers is { } waivers)
        {
            w.WriteLine($"<section class=\"waivers\"><h2>{E(ReportLabels.Waivers(waivers))}</h2><ul>");
            foreach (var f in waivers.Problems.Where(f => f.Severity >= report.Threshold))
            {
                w.WriteLine($"<li class=\"{Class(f.Severity)}\"><span class=\"sev\">{ReportLabels.Severity(f.Severity)}</span> <code>{E(f.RuleId)}</code> {E(f.Message)}</li>");
            }

            w.WriteLine("</ul></section>");
        }

        for (var i = 0; i < report.Datasets.Count; i++)
        {
            var d = report.Datasets[i];
            HtmlDatasetWriter.Write(w, d, [.. report.Entries.Where(r => r.InDataset && r.Source == d.Source)], $"ds{i}", report.Threshold, report.ProducedBy);
        }

        w.WriteLine("</body></html>");
    }
}
