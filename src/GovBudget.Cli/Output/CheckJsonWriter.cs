using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovBudget.Cli.Commands;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Syntax;
using GovBudget.Serialization;

namespace GovBudget.Cli.Output;

/// <summary>
/// The JSON of <c>check --format json</c>: <c>{"documents":[{"source", "findings":[{"rule","severity","message",
/// "cells":[{"table","title","row","label","column","value"}],"expected","actual","difference"}],
/// "notApplicable":[…], "notices":[…]}]}</c>, plus extra fields.
/// </summary>
internal static class CheckJsonWriter
{
    public static void Write(TextWriter output, IReadOnlyList<CheckedDocument> results, Severity threshold)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("documents");
            foreach (var r in results)
            {
                WriteDocument(w, r, threshold);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteDocument(Utf8JsonWriter w, CheckedDocument r, Severity threshold)
    {
        w.WriteStartObject();
        w.WriteString("source", r.Source);
        if (r.Document is { } d)
        {
            w.WriteString("department", d.Department.Code);
            w.WriteString("departmentName", d.Department.Name);
            w.WriteNumber("year", d.Year.Year);
            w.WriteString("kind", d.Kind == Documents.DisclosureKind.FinalAccount ? "决算" : "预算");
        }

        if (r.Error is not null)
        {
            w.WriteString("error", r.Error);
        }

        w.WriteStartArray("findings");
        foreach (var f in r.Findings?.Findings.Where(f => f.Severity >= threshold) ?? [])
        {
            WriteFinding(w, f);
        }

        w.WriteEndArray();
        w.WriteStartArray("notApplicable");
        foreach (var id in r.Findings?.NotApplicable ?? [])
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
        w.WritePropertyName("notices");
        DisclosureJson.WriteNotices(w, r.Import?.Notices ?? []);
        w.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("rule", f.RuleId);
        w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
        w.WriteString("title", f.Title);
        w.WriteString("message", f.Message);
        w.WriteString("table", f.Table);
        w.WriteString("tableTitle", f.TableTitle);
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
        }

        w.WriteBoolean("explainedByRounding", f.ExplainedByRounding);
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
