using System.Net;
using GovBudget.Rules.Findings;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Output;

/// <summary>Escaping and the small pieces of markup the HTML report repeats.</summary>
internal static class Html
{
    /// <summary>Text escaped for an element or a quoted attribute: everything from a document or a rule goes through it.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>The CSS class of a severity: error, warning or info.</summary>
    public static string Class(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Where a cell is printed: （第 7 页） for a PDF, （第 12 行） for a text file, else empty.</summary>
    public static string Place(FindingCell c) =>
        c.Page > 0 ? T("Report.Page", c.Page) : c.Line > 0 ? T("Report.LinePlace", c.Line) : string.Empty;

    /// <summary>The attributes of a marked element: severity class, the rules that read it, its page or line.</summary>
    public static string MarkAttributes(IReadOnlyList<Finding> findings, int page, int line, string classes = "")
    {
        var worst = findings.Max(f => f.Severity);
        var rules = string.Join(' ', findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal));
        var where = page > 0 ? $" data-page=\"{page}\"" : line > 0 ? $" data-line=\"{line}\"" : string.Empty;
        var title = string.Join("\n", findings.Select(f => T("Report.RuleAndText", f.RuleId, f.Message)).Distinct(StringComparer.Ordinal));
        return $"class=\"{classes}mark {Class(worst)}\" data-rule=\"{E(rules)}\"{where} title=\"{E(title)}\"";
    }
}
