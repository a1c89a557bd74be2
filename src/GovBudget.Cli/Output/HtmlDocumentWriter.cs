using GovBudget.Cli.Commands;
using GovBudget.Rules.Syntax;
using GovBudget.Rules.Waivers;
using static GovBudget.Cli.Output.Html;

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
            w.WriteLine($"<h2>{E(r.Source)}</h2><p class=\"finding error\"><span class=\"sev\">无法读取</span></p></section>");
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
                w.WriteLine("<h3>表格</h3>");
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
        w.WriteLine($"<li class=\"{(c.Errors > 0 ? "error" : string.Empty)}\" data-count=\"errors\">错误<b>{c.Errors}</b></li>");
        w.WriteLine($"<li class=\"{(c.Warnings > 0 ? "warning" : string.Empty)}\" data-count=\"warnings\">警告<b>{c.Warnings}</b></li>");
        w.WriteLine($"<li class=\"{(c.Infos > 0 ? "info" : string.Empty)}\" data-count=\"infos\">提示<b>{c.Infos}</b></li>");
        w.WriteLine($"<li data-count=\"uncertain\">待核实<b>{c.OpenUncertain}</b></li>");
        w.WriteLine($"<li data-count=\"accepted\">已接受<b>{c.Accepted}</b></li>");
        w.WriteLine($"<li data-count=\"passed\">通过<b>{c.Passed}</b></li>");
        w.WriteLine($"<li data-count=\"notApplicable\">不适用<b>{c.NotApplicable}</b></li>");
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
            w.WriteLine("<p>没有发现问题。</p>");
            return;
        }

        w.WriteLine("<h3>发现</h3>");
        foreach (var group in shown.Select((f, i) => (f, i)).GroupBy(x => x.f.Finding.TableTitle ?? "（跨表）"))
        {
            w.WriteLine($"<h4>{E(ReportLabels.Group(group.First().f.Finding))}</h4>");
            foreach (var ((f, waiver), i) in group)
            {
                w.WriteLine($"<div class=\"finding {Class(f.Severity)}\" id=\"{id}-f{i}\" data-rule=\"{E(f.RuleId)}\">");
                w.WriteLine($"<span class=\"sev\">{ReportLabels.Severity(f.Severity)}</span>{(waiver is null ? string.Empty : " <span class=\"accepted\">[已接受]</span>")} <code>{E(f.RuleId)}</code> {E(f.Message)}");
                w.WriteLine("<ul>");
                foreach (var c in f.Cells)
                {
                    w.WriteLine($"<li>{E(ReportLabels.Cell(c))}<span class=\"place\">{E(Place(c))}</span></li>");
                }

                w.WriteLine("</ul>");
                var tables = marks.ByTable.Where(t => t.Value.Contains(i)).Select(t => $"<a href=\"#{id}-t{t.Key}\">在表中查看</a>").ToList();
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

        w.WriteLine("<h3>情况说明引文</h3>");
        foreach (var (section, sentence, page, findings) in marks.Quotes)
        {
            var links = string.Join(" ", findings.Select(i => $"<a href=\"#{id}-f{i}\">{E(marks.Findings[i].Finding.RuleId)}</a>"));
            w.WriteLine($"<blockquote {MarkAttributes([.. findings.Select(i => marks.Findings[i].Finding)], page, 0)}>{E(sentence)}"
                + $"<cite>{E(section)}{(page > 0 ? $"（第 {page} 页）" : string.Empty)} {links}</cite></blockquote>");
        }
    }

    private static void WriteNotApplicable(TextWriter w, CheckedDocument r)
    {
        if (r.NotApplicableReasons.Count == 0)
        {
            return;
        }

        // An auditor must never read 不适用 as "checked and fine": each check says why it did not apply.
        w.WriteLine("<h3>不适用的检查</h3>");
        foreach (var group in ReportLabels.NotApplicableGroups(r))
        {
            w.WriteLine($"<details open><summary>不适用（{E(ReportLabels.Reason(group.Key))}，{group.Count()} 条）</summary><ul class=\"not-applicable\">");
            foreach (var why in group)
            {
                w.WriteLine($"<li data-rule=\"{E(why.Rule)}\"><code>{E(why.Rule)}</code>：{E(why.Detail)}</li>");
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
            w.WriteLine($"<p class=\"meta\">（另有读取说明 {r.Notices.Count} 条未显示：--severity info 显示）</p>");
            return;
        }

        w.WriteLine("<h3>读取说明</h3><ul class=\"notices\">");
        foreach (var n in r.Notices)
        {
            w.WriteLine($"<li>{E(n.ToString())}</li>");
        }

        w.WriteLine("</ul>");
    }
}
