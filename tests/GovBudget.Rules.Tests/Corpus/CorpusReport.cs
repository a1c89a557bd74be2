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

    // A Jiangsu disclosure published as two files (the 公开表 and the 公开文件) is also checked as one: "a.pdf+b.pdf".
    private const char Pair = '+';

    /// <summary>
    /// The corpus PDFs, relative to TestData/real (the Jiangsu ones under jiangsu-more/), then each pair of a
    /// <c>…-budget-tables.pdf</c> and its <c>…-budget.pdf</c>, checked as one disclosure (<c>--as-one</c>).
    /// </summary>
    public static IEnumerable<string> Files()
    {
        var files = Directory.EnumerateFiles(RealPdf.Folder, "*.pdf", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RealPdf.Folder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var pairs = files.Where(f => f.EndsWith("-budget-tables.pdf", StringComparison.Ordinal))
            .Select(f => (Tables: f, Text: f.Replace("-budget-tables.pdf", "-budget.pdf", StringComparison.Ordinal)))
            .Where(p => files.Contains(p.Text))
            .Select(p => p.Tables + Pair + p.Text);
        return [.. files, .. pairs];
    }

    public static string ApprovedPath(string file) =>
        Repository.Path("tests", "GovBudget.Rules.Tests", "Corpus", "Approved",
            string.Join(Pair, Parts(file).Select(Path.GetFileNameWithoutExtension)) + ".approved.txt");

    public static CorpusReport Of(string file)
    {
        var parts = Parts(file);
        string[] args = parts.Length > 1 ? ["check", .. parts.Select(RealPdf.Path), "--as-one", "--format", "json"] : ["check", RealPdf.Path(file), "--format", "json"];
        var (code, stdout, stderr) = GovBudget.TestSupport.Cli.Run(args);
        return new CorpusReport(file, code, stdout, stderr);
    }

    private static string[] Parts(string file) => file.Split(Pair);

    /// <summary>The report as lines, each finding with the verdict <paramref name="approved"/> gave it, or '?'.</summary>
    public List<CorpusLine> Lines(CorpusApproval approved)
    {
        var lines = new List<CorpusLine> { new("exit", [Exit.ToString(CultureInfo.InvariantCulture)]) };
        foreach (var table in Parts(File).SelectMany(part => RealPdf.Import(part).Document.Tables))
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
