using System.Text.RegularExpressions;
using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.Addressing.NarrativeNumbers;
using static GovBudget.Rules.BuiltIn.NarrativeText;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// <c>NC-TEMPLATE</c>: template text left in print — the preparer's instructions (（按…填写）, 仍保留该表格式, （此处…）),
/// alternatives left unchosen (增加（减少）, 增长（减少）), placeholders (XX局, ××). Always an error. The narrative's sections
/// (titles and text) and the notes under the tables are read.
/// </summary>
internal sealed partial class TemplateLeftovers : NarrativeCheck
{
    /// <inheritdoc/>
    public override string Id => "NC-TEMPLATE";

    /// <inheritdoc/>
    public override IEnumerable<Verdict> Check(NarrativeReading reading) =>
        Template(reading);

    private static IEnumerable<Verdict> Template(NarrativeReading reading)
    {
        foreach (var (section, text) in reading.TextsAndNotes())
        {
            yield return Verdict.Held;

            // One finding per sentence, naming every piece of template text in it.
            foreach (var (sentence, matches) in BySentence(text, TemplateText().Matches(text)))
            {
                var pieces = matches.Select(m => $"{Kind(m)}“{m.Value}”").Distinct(StringComparer.Ordinal);
                yield return Make("NC-TEMPLATE", NarrativeFigures.PageAt(section, matches[0].Index), Severity.Error,
                    BuiltInChecks.Title("NC-TEMPLATE"), section, sentence, T("NC.TemplateMessage", sentence, string.Join(T("NA.List"), pieces)), null, null, string.Empty);
            }
        }
    }

    // The matches grouped by the sentence they are in (sentences of the same words together), in order. Each sentence
    // is cut out and hashed once, not once per match: a long sentence of many placeholders stays linear.
    private static List<(string Sentence, List<Match> Matches)> BySentence(string text, MatchCollection matches)
    {
        var groups = new List<(string Sentence, List<Match> Matches)>();
        var bySentence = new Dictionary<string, List<Match>>(StringComparer.Ordinal);
        List<Match>? current = null;
        var end = -1; // where the current sentence ends (its 。), or -1 when it runs to the end of the text
        foreach (Match m in matches)
        {
            if (current is null || (end >= 0 && m.Index > end))
            {
                var sentence = Sentence(text, m.Index);
                end = text.IndexOf('。', m.Index);
                if (!bySentence.TryGetValue(sentence, out current))
                {
                    current = [];
                    bySentence[sentence] = current;
                    groups.Add((sentence, current));
                }
            }

            current.Add(m);
        }

        return groups;
    }

    private static string Kind(Match m) => T(m.Groups["instruction"].Success ? "NC.Instruction" : m.Groups["choice"].Success ? "NC.Choice" : "NC.Placeholder");

    // 填报说明: （按“部门预算公开06表…”中实际发生经济分类支出事项填写）, 仍保留该表格式, （此处填写…）, （请填写…）;
    // 模板选项: 增加（减少）, 增长（减少）, 增长（下降）; 占位符: XX局, ××, XXX (two or more X or × beside Chinese).
    [GeneratedRegex(@"(?<instruction>（按[^（）。]{1,80}填写）|（(?:此处|请)[^（）。]{0,40}）|仍保留该表格式)|(?<choice>(?:增加|增长)（(?:减少|下降)）)|(?<placeholder>(?<=\p{IsCJKUnifiedIdeographs})[XＸ×]{2,}|(?<![XＸ×])[XＸ×]{2,}(?=\p{IsCJKUnifiedIdeographs}))",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex TemplateText();
}
