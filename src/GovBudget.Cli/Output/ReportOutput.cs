using System.Text;
using GovBudget.Cli.Commands;
using GovBudget.Rules.Syntax;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Output;

/// <summary>What <c>check</c> reports: the checked documents, the datasets' summaries, the waivers, the lowest level shown and what produced it.</summary>
internal sealed record CheckReport(
    IReadOnlyList<CheckedDocument> Entries, IReadOnlyList<DatasetSummary> Datasets, WaiverReport? Waivers, Severity Threshold, ProducedBy ProducedBy);

/// <summary>Writes a <see cref="CheckReport"/> in the chosen format to standard output or to <c>--output FILE</c>.</summary>
internal static class ReportOutput
{
    /// <summary>The values <c>--format</c> accepts.</summary>
    public static readonly string[] Formats = ["text", "json", "html"];

    /// <summary>False (the reason on <paramref name="stderr"/>) when the output file cannot be written.</summary>
    public static bool Write(string? path, string format, TextWriter stdout, TextWriter stderr, CheckReport report)
    {
        if (path is null)
        {
            Write(stdout, format, report);
            return true;
        }

        try
        {
            using var file = new StreamWriter(path, append: false, new UTF8Encoding(false));
            Write(file, format, report);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(T("Err.InFile", $"--output {path}", e.Message));
            return false;
        }
    }

    private static void Write(TextWriter w, string format, CheckReport r)
    {
        switch (format)
        {
            case "json":
                CheckJsonWriter.Write(w, r.Entries, r.Datasets, r.Waivers, r.Threshold, r.ProducedBy);
                break;
            case "html":
                CheckHtmlWriter.Write(w, r);
                break;
            default:
                CheckReportWriter.Write(w, r.Entries, r.Datasets, r.Waivers, r.Threshold, r.ProducedBy);
                break;
        }
    }
}
