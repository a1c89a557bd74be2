using System.Globalization;
using System.Text.Json;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Corpus;

/// <summary>What <c>govbudget check FILE --format json</c> and the reader give on one real PDF, as approval lines.</summary>
internal sealed class CorpusReport
{
    private const int CellsShown = 4;

    private CorpusReport(string file, int exit, string stdout, string stderr)
    {
        File = file;
        Exit = exit;
        Stdout = stdout;
        Stderr = stderr;
    }

    public string File { get; }

    public int Exit { get; }

    public string Stdout { get; }

    public string Stderr { get; }

    /// <summary>The corpus PDFs, relative to TestData/real (the Jiangsu ones under jiangsu-more/).</summary>
    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(RealPdf.Folder, "*.pdf", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RealPdf.Folder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static string ApprovedPath(string file) =>
        Repository.Path("tests", "GovBudget.Rules.Tests", "Corpus", "Approved", Path.GetFileNameWithoutExtension(file) + ".approved.txt");

    public static CorpusReport Of(string file)
    {
        var (code, stdout, stderr) = GovBudget.TestSupport.Cli.Run("check", RealPdf.Path(file), "--format", "json");
        return new CorpusReport(file, code, stdout, stderr);
    }

    /// <summary>The report as lines, each finding with the verdict <paramref name="approved"/> gave it, or '?'.</summary>
    public List<CorpusLine> Lines(CorpusApproval approved)
    {
        var lines = new List<CorpusLine> { new("exit", [Exit.ToString(CultureInfo.InvariantCulture)]) };
        foreach (var table in RealPdf.Import(file: File).Document.Tables)
        {
            lines.Add(new CorpusLine("table", [Page(table.Page), table.Kind.CanonicalName, table.Title]));
        }

        if (Stdout.Length == 0)
        {
            return lines;
        }

        using var json = JsonDocument.Parse(Stdout);
        foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            foreach (var finding in document.GetProperty("findings").EnumerateArray())
            {
                var line = new CorpusLine("finding",
                [
                    Text(finding, "severity"),
                    Text(finding, "rule"),
                    Page(finding.TryGetProperty("page", out var p) ? p.GetInt32() : 0),
                    finding.TryGetProperty("uncertain", out var u) && u.ValueKind == JsonValueKind.True ? "待核实" : "-",
                    Cells(finding),
                    Text(finding, "message"),
                ]);
                var verdict = approved.VerdictOf(line.Key);
                lines.Add(line with { Verdict = verdict?.Verdict ?? "?", Reason = verdict?.Reason ?? string.Empty });
            }

            var reasons = document.TryGetProperty("notApplicableReasons", out var r)
                ? r.EnumerateArray().ToDictionary(e => Text(e, "rule"), e => (Text(e, "reason"), Text(e, "detail")), StringComparer.Ordinal)
                : [];
            foreach (var id in document.GetProperty("notApplicable").EnumerateArray().Select(e => e.GetString()!))
            {
                var (reason, detail) = reasons.GetValueOrDefault(id, (string.Empty, string.Empty));
                lines.Add(new CorpusLine("n/a", [id, reason, detail]));
            }
        }

        return lines;
    }

    private static string Page(int page) => "p" + page.ToString(CultureInfo.InvariantCulture);

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? Flat(v.GetString()!) : string.Empty;

    // Tabs and line breaks separate the approval file's columns and lines.
    private static string Flat(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static string Cells(JsonElement finding)
    {
        if (!finding.TryGetProperty("cells", out var cells) || cells.GetArrayLength() == 0)
        {
            return "-";
        }

        var shown = cells.EnumerateArray().Take(CellsShown).Select(c =>
            $"{Text(c, "row")}[{Text(c, "column")}]={(c.TryGetProperty("value", out var v) ? v.ToString() : "")}@{Page(c.TryGetProperty("page", out var p) ? p.GetInt32() : 0)}");
        var rest = cells.GetArrayLength() - CellsShown;
        return string.Join("; ", shown) + (rest > 0 ? $"; …(+{rest})" : string.Empty);
    }
}
