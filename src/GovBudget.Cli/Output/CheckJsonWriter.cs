using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovBudget.Cli.Commands;
using GovBudget.Documents;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Waivers;
using GovBudget.Serialization;

namespace GovBudget.Cli.Output;

/// <summary>
/// The JSON of <c>check --format json</c>: <c>{"documents":[{"source", "findings":[{"rule","severity","message",
/// "cells":[{"table","title","row","label","column","value"}],"expected","actual","difference","unit","page"}],
/// "notApplicable":[…], "notices":[…]}]}</c>, plus extra fields. A finding that rests on an uncertain reading (待核实)
/// has <c>"uncertain": true</c>, <c>"uncertainty"</c> (what looked wrong) and <c>"pagesToCheck"</c>; every document has
/// <c>"counts": {"errors", "warnings", "infos", "accepted", "passed", "notApplicable", "uncertain"}</c>. Every finding has <c>"accepted"</c>: the waiver that
/// accepts it (<c>{"reason","by","expires","location"}</c>) or null. With waivers, <c>"waivers":{"files","count",
/// "accepted","findings"}</c> lists the waivers that matched nothing as findings. <c>"producedBy": {"tool", "version",
/// "rules":[{"source","sha256"}], "today"}</c> says what produced the report, and each document (not a dataset's
/// department) has <c>"producedBy": {"rules", "catalogEdition", "profile"}</c>.
/// </summary>
internal sealed class CheckJsonWriter : ReportSink, IDisposable
{
    // Written in chunks as entries come: a dataset of 100,000 departments is one JSON object too large to hold.
    private readonly MemoryStream stream = new();
    private readonly Utf8JsonWriter w;
    private readonly TextWriter output;
    private readonly Severity threshold;
    private readonly ProducedBy producedBy;

    public CheckJsonWriter(TextWriter output, Severity threshold, ProducedBy producedBy)
    {
        this.output = output;
        this.threshold = threshold;
        this.producedBy = producedBy;
        w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteStartArray("documents");
    }

    public override void Add(CheckedDocument r)
    {
        // A dataset's departments share the run's producedBy: repeating it 100,000 times would say nothing more.
        WriteDocument(w, r, threshold, r.InDataset ? null : producedBy);
        // The writer holds what it has not flushed (BytesPending): the stream's length alone never grows.
        if (w.BytesPending + stream.Length > 1 << 20)
        {
            Drain(w, stream, output);
        }
    }

    public override void Finish(RunTally run, IReadOnlyList<DatasetSummary> datasets, WaiverReport? waivers)
    {
        w.WriteEndArray();
        if (waivers is not null)
        {
            WriteWaivers(w, waivers, threshold);
        }

        if (datasets.Count > 0)
        {
            w.WriteStartArray("datasets");
            foreach (var d in datasets)
            {
                WriteSummary(w, d);
            }

            w.WriteEndArray();
        }

        WriteProducedBy(w, producedBy, run.Representatives);
        w.WriteEndObject();
        Drain(w, stream, output);
        output.WriteLine();
    }

    public void Dispose()
    {
        w.Dispose();
        stream.Dispose();
    }

    private static void Drain(Utf8JsonWriter w, MemoryStream stream, TextWriter output)
    {
        w.Flush();
        output.Write(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        stream.SetLength(0);
    }

    private static void WriteWaivers(Utf8JsonWriter w, WaiverReport waivers, Severity threshold)
    {
        w.WriteStartObject("waivers");
        w.WriteStartArray("files");
        foreach (var source in waivers.Sources)
        {
            w.WriteStringValue(source);
        }

        w.WriteEndArray();
        w.WriteNumber("count", waivers.Count);
        w.WriteNumber("accepted", waivers.Accepted);
        w.WriteStartArray("findings");
        foreach (var f in waivers.Problems.Where(f => f.Severity >= threshold))
        {
            WriteFinding(w, new CheckedFinding(f, null));
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, DatasetSummary d)
    {
        w.WriteStartObject();
        w.WriteString("source", d.Source);
        w.WriteNumber("departments", d.Departments);
        w.WriteNumber("shapes", d.Shapes);
        w.WriteBoolean("compiled", d.Compiled);
        w.WriteNumber("loadSeconds", Math.Round(d.Load.TotalSeconds, 3));
        w.WriteNumber("checkSeconds", Math.Round(d.Check.TotalSeconds, 3));
        w.WriteNumber("failedDepartments", d.Result.WithErrors);
        w.WriteNumber("departmentsWithWarningsOnly", d.Result.WithWarningsOnly);
        w.WriteNumber("errors", d.Result.Errors);
        w.WriteNumber("warnings", d.Result.Warnings);
        w.WriteStartArray("findingsByRule");
        foreach (var (rule, severity, count, departments) in d.ByRule)
        {
            w.WriteStartObject();
            w.WriteString("rule", rule);
            w.WriteString("severity", severity.ToString().ToLowerInvariant());
            w.WriteNumber("count", count);
            w.WriteNumber("departments", departments);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        // Each distinct set of not-applicable checks once, with the departments that have it (a department's own
        // "notApplicable" stays, for a reader that looks at one department).
        w.WriteStartArray("notApplicableSets");
        foreach (var set in d.NotApplicableSets)
        {
            w.WriteStartObject();
            w.WriteStartArray("rules");
            foreach (var rule in set.Rules)
            {
                w.WriteStringValue(rule);
            }

            w.WriteEndArray();
            w.WriteNumber("count", set.Departments.Count);
            w.WriteStartArray("departments");
            foreach (var department in set.Departments)
            {
                w.WriteStringValue(department);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    // The run: the tool, every rule file with its SHA-256, the day waivers were judged on (null without waivers).
    private static void WriteProducedBy(Utf8JsonWriter w, ProducedBy producedBy, IReadOnlyList<CheckedDocument> results)
    {
        w.WriteStartObject("producedBy");
        w.WriteString("tool", "govbudget");
        w.WriteString("version", ProducedBy.Version);
        WriteRules(w, producedBy.Rules(results));
        if (producedBy.Today is { } today)
        {
            w.WriteString("today", NodaTime.Text.LocalDatePattern.Iso.Format(today));
        }
        else
        {
            w.WriteNull("today");
        }

        w.WriteEndObject();
    }

    private static void WriteRules(Utf8JsonWriter w, IReadOnlyList<(string Source, string Sha256)> rules)
    {
        w.WriteStartArray("rules");
        foreach (var (source, sha256) in rules)
        {
            w.WriteStartObject();
            w.WriteString("source", source);
            w.WriteString("sha256", sha256);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteDocument(Utf8JsonWriter w, CheckedDocument r, Severity threshold, ProducedBy? producedBy)
    {
        w.WriteStartObject();
        w.WriteString("source", r.Source);
        if (r.Sources.Count > 0)
        {
            // check --as-one: the files the one disclosure was read from
            w.WriteStartArray("sources");
            foreach (var file in r.Sources)
            {
                w.WriteStringValue(file);
            }

            w.WriteEndArray();
        }

        if (r.Department is { } department)
        {
            w.WriteString("department", department.Code);
            w.WriteString("departmentName", department.Name);
        }

        if (r.Year is { } year)
        {
            w.WriteNumber("year", year.Year);
        }

        if (r.Kind is { } kind)
        {
            w.WriteString("kind", kind.ChineseName());
        }

        if (r.Error is not null)
        {
            w.WriteString("error", r.Error);
        }

        if (r.Profile is { } profile)
        {
            w.WriteStartObject("profile");
            w.WriteString("name", profile.Profile.Name);
            w.WriteString("title", profile.Profile.Title);
            w.WriteBoolean("certain", profile.Certain);
            w.WriteString("reason", profile.Reason);
            w.WriteEndObject();
        }

        w.WriteStartArray("findings");
        foreach (var f in r.Findings.Where(f => f.Finding.Severity >= threshold))
        {
            WriteFinding(w, f);
        }

        w.WriteEndArray();
        // Over all the document's findings, whatever --severity shows: errors, warnings and infos still open (as the
        // text report counts them), those a waiver accepts, and the uncertain ones (accepted or not).
        var counts = FindingCounts.Of(r);
        w.WriteStartObject("counts");
        w.WriteNumber("errors", counts.Errors);
        w.WriteNumber("warnings", counts.Warnings);
        w.WriteNumber("infos", counts.Infos);
        w.WriteNumber("accepted", counts.Accepted);
        w.WriteNumber("passed", counts.Passed);
        w.WriteNumber("notApplicable", counts.NotApplicable);
        w.WriteNumber("uncertain", r.Findings.Count(f => f.Finding.Uncertain));
        w.WriteEndObject();
        w.WriteStartArray("notApplicable");
        foreach (var id in r.NotApplicable)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
        w.WriteStartArray("notApplicableReasons");
        foreach (var why in r.NotApplicableReasons)
        {
            w.WriteStartObject();
            w.WriteString("rule", why.Rule);
            w.WriteString("reason", why.ReasonName);
            w.WriteString("detail", why.Detail);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WritePropertyName("notices");
        DisclosureJson.WriteNotices(w, r.Notices);
        if (producedBy is not null && r.Error is null && r.Kind is { } checkedKind)
        {
            // This document's share of the run's producedBy: its rules, the catalog edition its year reads, its profile.
            w.WriteStartObject("producedBy");
            WriteRules(w, producedBy.Rules(checkedKind));
            if (ProducedBy.CatalogEdition(r) is { } edition)
            {
                w.WriteNumber("catalogEdition", edition);
            }
            else
            {
                w.WriteNull("catalogEdition");
            }

            w.WriteString("profile", r.Profile?.Profile.Name);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter w, CheckedFinding checkedFinding)
    {
        var (f, waiver) = checkedFinding;
        w.WriteStartObject();
        w.WriteString("rule", f.RuleId);
        w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
        w.WriteString("title", f.Title);
        w.WriteString("message", f.Message);
        w.WriteBoolean("uncertain", f.Uncertain);
        if (f.Uncertain)
        {
            w.WriteString("uncertainty", f.Uncertainty);
            w.WriteStartArray("pagesToCheck");
            foreach (var page in f.PagesToCheck)
            {
                w.WriteNumberValue(page);
            }

            w.WriteEndArray();
        }

        w.WriteString("table", f.Table);
        w.WriteString("tableTitle", f.TableTitle);
        w.WriteNumber("page", f.Page);
        if (f.Cells.FirstOrDefault(c => c.Table == ReportLabels.NarrativeTable) is { } quoted)
        {
            // A finding on the 情况说明: the section its sentence is in (location stays the rule's source span).
            w.WriteString("section", quoted.Title);
        }

        w.WriteStartArray("cells");
        foreach (var c in f.Cells)
        {
            w.WriteStartObject();
            w.WriteString("table", c.Table);
            w.WriteString("title", c.Title);
            w.WriteString("row", c.Row);
            w.WriteString("label", c.Label);
            w.WriteString("column", c.Column);
            WriteNumber(w, "value", c.Value);
            w.WriteString("unit", c.Unit);
            w.WriteNumber("line", c.Line);
            w.WriteNumber("page", c.Page);
            if (c.File is not null)
            {
                w.WriteString("file", c.File);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (f.ExpectedText is not null || f.ActualText is not null)
        {
            w.WriteString("expected", f.ExpectedText);
            w.WriteString("actual", f.ActualText);
            w.WriteNull("difference");
        }
        else
        {
            WriteNumber(w, "expected", f.Expected);
            WriteNumber(w, "actual", f.Actual);
            WriteNumber(w, "difference", f.Difference);
            if (f.Actual is not null && (f.Unit ?? f.Cells.FirstOrDefault(c => c.Unit is not null)?.Unit) is { } unit)
            {
                w.WriteString("unit", unit); // of expected, actual and difference
            }
        }

        w.WriteBoolean("explainedByRounding", f.ExplainedByRounding);
        if (f.IsInternalFault)
        {
            w.WriteBoolean("internalFault", true); // a fault of the checker, not of the document: exit code 3
        }

        w.WriteStartArray("missing");
        foreach (var m in f.Missing)
        {
            w.WriteStringValue(m);
        }

        w.WriteEndArray();
        w.WriteStartObject("bindings");
        foreach (var (k, v) in f.Bindings)
        {
            w.WriteString(k, v);
        }

        w.WriteEndObject();
        w.WriteString("location", f.Rule.ToString());
        if (waiver is null)
        {
            w.WriteNull("accepted");
        }
        else
        {
            w.WriteStartObject("accepted");
            w.WriteString("reason", waiver.Reason);
            w.WriteString("by", waiver.By);
            w.WriteString("expires", NodaTime.Text.LocalDatePattern.Iso.Format(waiver.Expires));
            w.WriteString("location", $"{waiver.Location.File}:{waiver.Location.Line}");
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v / 1.0000000000000000000000000000m); // drop trailing zeros of the arithmetic, keep the value exact
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
