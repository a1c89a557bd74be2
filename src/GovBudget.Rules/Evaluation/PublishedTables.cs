using System.Text.RegularExpressions;
using GovBudget.Documents;
using GovBudget.Profiles;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Syntax;

namespace GovBudget.Rules.Evaluation;

/// <summary>
/// PUB-TABLES: the document publishes every table its profile mandates and every table its contents list names. A
/// missing table is an error when that is certain (the profile is fixed, or the contents list names the table, and the
/// reader left no table of figures unrecognised); otherwise a warning marked 待核实 with the pages to check. A file
/// that prints no table at all gets one warning listing the tables its contents name (the tables may be published
/// as a second file).
/// </summary>
internal static class PublishedTables
{
    public const string RuleId = "PUB-TABLES";

    private static readonly string Title = BuiltInChecks.Title(RuleId);

    public static IEnumerable<Finding> Check(Disclosure document, ProfileChoice choice)
    {
        var profile = choice.Profile;
        var listed = document.Contents.Where(c => c.TableKind is not null).ToList();
        var unrecognised = TableCoverage.UnrecognisedIn(document);
        var span = new SourceSpan(profile.Source, 1, 1);
        if (document.Tables.IsEmpty && unrecognised.IsEmpty)
        {
            var names = listed.Count > 0 ? listed.Select(c => $"《{c.Name}》") : profile.Tables.Select(t => t.ToString());
            var where = listed.Count > 0 ? $"{listed[0].Where}列有 {listed.Count} 张表" : $"规范 {profile.Name} 要求 {profile.Tables.Length} 张表";
            yield return new Finding(RuleId, Severity.Warning, Title,
                $"本文件未印任何表格：{where}：{string.Join("、", names)}；表格若另文公开，请与之一并核对（规范 {profile.Name}）",
                null, null, [.. listed.Take(1).Select(Cell)], null, null, null, null, null, [],
                new Dictionary<string, string>(), false, span);
            yield break;
        }

        var wanted = profile.Tables.Select(t => (t.Kind, Mandated: (MandatedTable?)t))
            .Concat(listed.Select(c => c.TableKind!).Where(k => profile.Table(k) is null).Distinct().Select(k => (k, Mandated: (MandatedTable?)null)));
        foreach (var (kind, mandated) in wanted)
        {
            if (document.Table(kind) is not null)
            {
                continue;
            }

            var entry = listed.FirstOrDefault(c => c.TableKind == kind);
            if (mandated is { MayBeReplacedByStatement: true } && Statement(document, profile, mandated) is not null)
            {
                continue; // 本部门无政府性基金预算: the narrative says why the table is not printed
            }

            var name = mandated?.ToString() ?? $"《{entry!.Name}》";
            var because = mandated is null
                ? $"{entry!.Where}列有“{entry.Title}”，但文件未印此表"
                : $"规范 {profile.Name}（{profile.Title}）要求公开此表" + (entry is null ? "，目录未列" : $"，{entry.Where}列有“{entry.Title}”");
            var doubts = new List<string>();
            if (!unrecognised.IsEmpty)
            {
                doubts.Add($"{string.Join("、", unrecognised.Select(u => u.Page > 0 ? $"第 {u.Page} 页" : u.Title))}印有未能识别的表格，此表可能在其中");
            }

            if (entry is null && !choice.Certain)
            {
                doubts.Add($"规范未由文件确定（{choice.Reason}）");
            }

            var message = $"公开不完整：缺少{name}：{because}" + (mandated?.MayBeReplacedByStatement == true
                ? $"；情况说明也未说明本部门无{mandated.StatementSubjects[0]}"
                : string.Empty);
            yield return new Finding(RuleId, doubts.Count == 0 ? Severity.Error : Severity.Warning, Title, message,
                kind.CanonicalName, mandated?.Title ?? entry!.Title, entry is null ? [] : [Cell(entry)], null, null, null, null, null,
                [], new Dictionary<string, string> { ["表"] = kind.CanonicalName }, false, span)
            {
                Uncertainty = doubts.Count == 0 ? null : string.Join("；", doubts),
                PagesToCheck = doubts.Count == 0 ? [] : [.. unrecognised.Select(u => u.Page).Append(entry?.Page ?? 0).Where(p => p > 0).Distinct().Order()],
            };
        }
    }

    private static FindingCell Cell(ContentsEntry entry) =>
        new("目录", "目录", entry.Title, entry.Title, null, null, null, entry.Line, entry.Page);

    // A sentence of the narrative that denies the table's subject (本部门无政府性基金预算), or null.
    private static string? Statement(Disclosure document, DisclosureProfile profile, MandatedTable table)
    {
        var negation = string.Join("|", profile.Negations.Select(Regex.Escape));
        var subject = string.Join("|", table.StatementSubjects.Select(Regex.Escape));
        var pattern = new Regex($"(?:{negation})[^。；;]{{0,{profile.StatementWindow}}}?(?:{subject})", RegexOptions.None, TimeSpan.FromSeconds(1));
        foreach (var section in document.Narrative)
        {
            foreach (var sentence in NameNormalizer.Basic(section.Text).Split('。', '；', ';', '\n'))
            {
                if (pattern.IsMatch(sentence))
                {
                    return sentence;
                }
            }
        }

        return null;
    }
}
