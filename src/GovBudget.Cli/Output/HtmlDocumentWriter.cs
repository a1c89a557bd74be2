using GovBudget.Cli.Commands;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Waivers;
using static GovBudget.Cli.Output.Html;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Output;

/// <summary>
/// One document of the HTML report: its summary (counts, profile), its findings grouped by table as the text report
/// groups them, its tables with the cells the findings read marked, the narrative sentences they quote, the checks that
/// did not apply with their reasons, and the reader's notices.
/// </summary>
internal static class HtmlDocumentWriter
{
    /// <summary>
    /// Writes <paramref name="r"/> as the section <paramref name="id"/>. A dataset's department (no <paramref name="producedBy"/>:
    /// the dataset names it once) is brief: only its marked tables, no not-applicable list.
    /// </summary>
    public static void Write(TextWriter w, CheckedDocument r, string id, Severity threshold, ProducedBy? producedBy)
    {
        w.WriteLine($"<section class=\"document\" id=\"{id}\">");
        if (r.Error is not null)
        {
            w.WriteLine($"<h2>{E(r.Source)}</h2><p class=\"finding error\"><span class=\"sev\">{E(T("Html.Unreadable"))}</span></p></section>");
            return;
        }

        w.WriteLine($"<h2>{E(ReportLabels.Heading(r))} <span class=\"meta\">{E(r.Source)}</span></h2>");
        var brief = producedBy is null;
        WriteSummary(w, r);
        if (producedBy is not null)
        {
            w.WriteLine($"<p class=\"produced-by\">{E(producedBy.Line([r]))}</p>");
        }

        var shown = r.Findings.Where(f => f.Finding.Severity >= threshold).ToList();
        var document = r.Document?.Invoke();
        var marks = CellMarks.Of(document, shown);
        WriteFindings(w, marks, id);
        if (document is not null)
        {
            var tables = Enumerable.Range(0, document.Tables.Length).Where(t => !brief || marks.ByTable.ContainsKey(t)).ToList();
            if (tables.Count > 0)
            {
                w.WriteLine($"<h3>{E(T("Html.Tables"))}</h3>");
            }

            foreach (var t in tables)
            {
                HtmlTableWriter.Write(w, document.Tables[t], t, marks, id);
            }
        }

        WriteQuotes(w, marks, id);
        if (!brief)
        {
            WriteNotApplicable(w, r);
        }

        WriteNotices(w, r, threshold);
        w.WriteLine("</section>");
    }

    private static void WriteSummary(TextWriter w, CheckedDocument r)
    {
        var c = FindingCounts.Of(r);
        w.WriteLine("<ul class=\"counts\">");
        w.WriteLine($"<li class=\"{(c.Errors > 0 ? "error" : string.Empty)}\" data-count=\"errors\">{E(T("Html.Count.Errors"))}<b>{c.Errors}</b></li>");
        w.WriteLine($"<li class=\"{(c.Warnings > 0 ? "warning" : string.Empty)}\" data-count=\"warnings\">{E(T("Html.Count.Warnings"))}<b>{c.Warnings}</b></li>");
        w.WriteLine($"<li class=\"{(c.Infos > 0 ? "info" : string.Empty)}\" data-count=\"infos\">{E(T("Html.Count.Infos"))}<b>{c.Infos}</b></li>");
        w.WriteLine($"<li data-count=\"uncertain\">{E(T("Html.Count.Uncertain"))}<b>{c.OpenUncertain}</b></li>");
        w.WriteLine($"<li data-count=\"accepted\">{E(T("Html.Count.Accepted"))}<b>{c.Accepted}</b></li>");
        w.WriteLine($"<li data-count=\"passed\">{E(T("Html.Count.Passed"))}<b>{c.Passed}</b></li>");
        w.WriteLine($"<li data-count=\"notApplicable\">{E(T("Html.Count.NotApplicable"))}<b>{c.NotApplicable}</b></li>");
        w.WriteLine("</ul>");
        w.WriteLine($"<p class=\"summary\">{E(ReportLabels.Summary(r))}</p>");
        if (ReportLabels.Profile(r) is { } profile)
        {
            w.WriteLine($"<p class=\"profile\">{E(profile)}</p>");
        }
    }

    private static void WriteFindings(TextWriter w, CellMarks marks, string id)
    {
        var shown = marks.Findings;
        if (shown.Count == 0)
        {
            w.WriteLine($"<p>{E(T("Html.NoFindings"))}</p>");
            return;
        }

        w.WriteLine($"<h3>{E(T("Html.Findings"))}</h3>");
        foreach (var group in shown.Select((f, i) => (f, i)).GroupBy(x => x.f.Finding.TableTitle ?? ReportLabels.CrossTable))
        {
            w.WriteLine($"<h4>{E(ReportLabels.Group(group.First().f.Finding))}</h4>");
            foreach (var ((f, waiver), i) in group)
            {
                w.WriteLine($"<div class=\"finding {Class(f.Severity)}\" id=\"{id}-f{i}\" data-rule=\"{E(f.RuleId)}\">");
                w.WriteLine($"<span class=\"sev\">{ReportLabels.Severity(f.Severity)}</span>{(waiver is null ? string.Empty : $" <span class=\"accepted\">{E(T("Html.AcceptedMark"))}</span>")} <code>{E(f.RuleId)}</code> {E(f.Message)}");
                w.WriteLine("<ul>");
                foreach (var c in f.Cells)
                {
                    w.WriteLine($"<li>{E(ReportLabels.Cell(c))}<span class=\"place\">{E(Place(c))}</span></li>");
                }

                w.WriteLine("</ul>");
                var tables = marks.ByTable.Where(t => t.Value.Contains(i)).Select(t => $"<a href=\"#{id}-t{t.Key}\">{E(T("Html.SeeInTable"))}</a>").ToList();
                if (tables.Count > 0)
                {
                    w.WriteLine($"<p class=\"detail\">{string.Join(" ", tables)}</p>");
                }

                foreach (var line in ReportLabels.Details(f, waiver))
                {
                    w.WriteLine($"<p class=\"detail\">{E(line)}</p>");
                }

                w.WriteLine("</div>");
            }
        }
    }

    private static void WriteQuotes(TextWriter w, CellMarks marks, string id)
    {
        if (marks.Quotes.Count == 0)
        {
            return;
        }

        w.WriteLine($"<h3>{E(T("Html.Quotes"))}</h3>");
        foreach (var (section, sentence, page, findings) in marks.Quotes)
        {
            var links = string.Join(" ", findings.Select(i => $"<a href=\"#{id}-f{i}\">{E(marks.Findings[i].Finding.RuleId)}</a>"));
            w.WriteLine($"<blockquote {MarkAttributes([.. findings.Select(i => marks.Findings[i].Finding)], page, 0)}>{E(sentence)}"
                + $"<cite>{E(section)}{(page > 0 ? E(T("Report.Page", page)) : string.Empty)} {links}</cite></blockquote>");
        }
    }

    private static void WriteNotApplicable(TextWriter w, CheckedDocument r)
    {
        if (r.NotApplicableReasons.Count == 0)
        {
            return;
        }

        // An auditor must never read 不适用 as "checked and fine": each check says why it did not apply.
        w.WriteLine($"<h3>{E(T("Html.NotApplicable"))}</h3>");
        foreach (var group in ReportLabels.NotApplicableGroups(r))
        {
            w.WriteLine($"<details open><summary>{E(T("Html.NotApplicableGroup", ReportLabels.Reason(group.Key), group.Count()))}</summary><ul class=\"not-applicable\">");
            foreach (var why in group)
            {
                w.WriteLine($"<li data-rule=\"{E(why.Rule)}\">{T("Report.RuleAndText", $"<code>{E(why.Rule)}</code>", E(why.Detail))}</li>");
            }

            w.WriteLine("</ul></details>");
        }
    }

    private static void WriteNotices(TextWriter w, CheckedDocument r, Severity threshold)
    {
        if (r.Notices.Count == 0)
        {
            return;
        }

        if (threshold != Severity.Info)
        {
            w.WriteLine($"<p class=\"meta\">{E(T("Report.NoticesHidden", r.Notices.Count))}</p>");
            return;
        }

        w.WriteLine($"<h3>{E(T("Html.Notices"))}</h3><ul class=\"notices\">");
        foreach (var n in r.Notices)
        {
            w.WriteLine($"<li>{E(n.ToString())}</li>");
        }

        w.WriteLine("</ul>");
    }
}
