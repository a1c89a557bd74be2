using System.Text;

namespace GovBudget.Rules.Tests.Corpus;

/// <summary>
/// One line of an approval file: its kind (<c>exit</c>, <c>table</c>, <c>finding</c>, <c>n/a</c>), what the checker
/// reported (the key), and for a finding the reviewer's verdict and reason.
/// </summary>
internal sealed record CorpusLine(string Kind, IReadOnlyList<string> Fields)
{
    public string? Verdict { get; init; }

    public string Reason { get; init; } = string.Empty;

    /// <summary>What the checker reported: compared with the approved report; the verdict is the reviewer's.</summary>
    public string Key => Kind + "\t" + string.Join("\t", Fields);

    public string? Severity => Kind == "finding" ? Fields[0] : null;

    public string Render() => Kind == "finding" ? $"{Key}\t{Verdict ?? "?"}\t{Reason}" : Key;
}

/// <summary>A reviewed approval file: the lines a real document's report must equal, with the verdicts.</summary>
internal sealed class CorpusApproval
{
    // A finding's line: finding, severity, rule, page, 待核实 or -, cells, message, then verdict and reason.
    private const int FindingFields = 6;

    private readonly Dictionary<string, CorpusLine> byKey;

    private CorpusApproval(List<CorpusLine> lines)
    {
        Lines = lines;
        byKey = new Dictionary<string, CorpusLine>(StringComparer.Ordinal);
        foreach (var line in lines.Where(l => l.Kind == "finding"))
        {
            byKey.TryAdd(line.Key, line);
        }
    }

    public static CorpusApproval Empty { get; } = new([]);

    public IReadOnlyList<CorpusLine> Lines { get; }

    public CorpusLine? VerdictOf(string key) => byKey.GetValueOrDefault(key);

    public static CorpusApproval Parse(IEnumerable<string> text)
    {
        var lines = new List<CorpusLine>();
        foreach (var raw in text)
        {
            if (raw.Length == 0 || raw.StartsWith('#'))
            {
                continue;
            }

            var parts = raw.Split('\t');
            if (parts[0] == "finding")
            {
                var fields = parts.Skip(1).Take(FindingFields).ToList();
                lines.Add(new CorpusLine(parts[0], fields)
                {
                    Verdict = parts.Length > FindingFields + 1 ? parts[FindingFields + 1] : "?",
                    Reason = parts.Length > FindingFields + 2 ? string.Join("\t", parts.Skip(FindingFields + 2)) : string.Empty,
                });
            }
            else
            {
                lines.Add(new CorpusLine(parts[0], parts.Skip(1).ToList()));
            }
        }

        return new CorpusApproval(lines);
    }

    public static IEnumerable<string> Render(string file, IEnumerable<CorpusLine> lines)
    {
        var parts = file.Split('+');
        var command = string.Join(" ", parts.Select(Path.GetFileName)) + (parts.Length > 1 ? " --as-one" : string.Empty);
        yield return $"# {file}: what `govbudget check {command} --format json` reports, reviewed against the printed pages.";
        yield return "# Columns are tab-separated. exit CODE | table PAGE KIND PRINTED-TITLE | n/a RULE REASON DETAIL |";
        yield return "# finding SEVERITY RULE PAGE 待核实|- CELLS MESSAGE VERDICT REASON, with VERDICT defect (a true defect of the";
        yield return "# document, seen on the page) or limitation (a shortcoming of the checker) and REASON what the page shows.";
        foreach (var line in lines)
        {
            yield return line.Render();
        }
    }

    /// <summary>The lines only one side has, for the failure message.</summary>
    public static string Diff(IEnumerable<CorpusLine> approved, IEnumerable<CorpusLine> received)
    {
        var a = approved.Select(l => l.Key).ToList();
        var r = received.Select(l => l.Key).ToList();
        var gone = a.Except(r, StringComparer.Ordinal).ToList();
        var added = r.Except(a, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        foreach (var line in gone.Take(20))
        {
            text.Append("- ").AppendLine(line);
        }

        foreach (var line in added.Take(20))
        {
            text.Append("+ ").AppendLine(line);
        }

        if (gone.Count + added.Count > 40)
        {
            text.AppendLine($"… {gone.Count} lines gone and {added.Count} new in all");
        }

        if (gone.Count == 0 && added.Count == 0)
        {
            text.AppendLine("(the same lines in another order)");
        }

        return text.ToString();
    }
}
