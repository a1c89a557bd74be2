using System.Globalization;
using System.Text.Json;
using GovBudget.Documents;
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

    // What the PDF reader names a department it found printed nowhere in a file.
    private const string UnknownDepartment = "未知部门";

    /// <summary>
    /// The corpus PDFs, relative to TestData/real (the Jiangsu ones under jiangsu-more/), then each disclosure published
    /// as two files, checked as one (<c>--as-one</c>): a 公开文件 that prints no table and the one file of tables that
    /// prints its year, kind and department (<see cref="OneDisclosure"/>), tables first. Files are paired by what they
    /// print, not by their names.
    /// </summary>
    public static IEnumerable<string> Files()
    {
        var files = Directory.EnumerateFiles(RealPdf.Folder, "*.pdf", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RealPdf.Folder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var documents = files.ToDictionary(f => f, f => RealPdf.Import(f).Document, StringComparer.Ordinal);
        var pairs = new List<string>();
        foreach (var text in files.Where(f => documents[f].Tables.IsEmpty && !documents[f].Narrative.IsEmpty))
        {
            var tables = files.Where(f => !documents[f].Tables.IsEmpty && OneDisclosure(documents[f], documents[text])).ToList();
            if (tables.Count == 1)
            {
                pairs.Add(tables[0] + Pair + text);
            }
        }

        return [.. files, .. pairs.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Whether a file of tables and a 公开文件 are one disclosure by what they print: the same year and kind, and one
    /// department: both name it (in forms <see cref="CombinedDisclosure.Combine"/> takes for one), or, where the reader
    /// found no department in one file, that file's text prints the other's (江苏省政协办公厅 2019 年度收入、…).
    /// </summary>
    public static bool OneDisclosure(Disclosure tables, Disclosure text)
    {
        if (tables.Year != text.Year || tables.Kind != text.Kind)
        {
            return false;
        }

        try
        {
            CombinedDisclosure.Combine([tables, text]);
        }
        catch (DisclosureMismatchException)
        {
            return false;
        }

        static string Compact(string s) => s.Replace(" ", string.Empty, StringComparison.Ordinal);
        bool Prints(Disclosure d, string name) => d.Narrative.Any(s => Compact(s.Title + s.Text).Contains(Compact(name), StringComparison.Ordinal));
        return (tables.Department.Name, text.Department.Name) switch
        {
            (UnknownDepartment, UnknownDepartment) => false,
            (UnknownDepartment, var name) => Prints(tables, name),
            (var name, UnknownDepartment) => Prints(text, name),
            _ => true,
        };
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
