using System.Text.RegularExpressions;
using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;
using System.Globalization;
using static GovBudget.Rules.Addressing.NarrativeNumbers;
using static GovBudget.Rules.BuiltIn.NarrativeText;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// <c>NC-YEAR</c>: a year that is not the document's — "YYYY年（度）部门（汇总）预算/决算" naming another year (not in a
/// comparison: 比2018年部门预算…), a 决算's "截至YYYY年…" that is not its own year, a 预算's that is not the year before,
/// a table title or a contents line printing another year (OtherYears.Contents.cs). The narrative's sections (titles and text) and the notes under the tables are read.
/// </summary>
internal sealed partial class OtherYears : NarrativeCheck
{
    /// <inheritdoc/>
    public override string Id => "NC-YEAR";

    /// <inheritdoc/>
    public override IEnumerable<Verdict> Check(NarrativeReading reading) =>
        Years(reading);

    private static IEnumerable<Verdict> Years(NarrativeReading reading)
    {
        var document = reading.Document;
        var year = document.Year.Year;
        foreach (var (section, text) in reading.TextsAndNotes())
        {
            yield return Verdict.Held;
            foreach (Match m in DisclosureYear().Matches(text))
            {
                var printed = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (printed != year && !Comparison().IsMatch(text[Math.Max(0, m.Index - 2)..m.Index]))
                {
                    var sentence = Sentence(text, m.Index);
                    yield return Make("NC-YEAR", NarrativeFigures.PageAt(section, m.Index), Severity.Error, BuiltInChecks.Title("NC-YEAR"), section, sentence,
                        T("NC.YearMessage", sentence, m.Value, year, KindName(document.Kind)), printed, year, "年");
                }
            }

            foreach (Match m in AsOf().Matches(text))
            {
                var printed = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                var expected = document.Kind == DisclosureKind.FinalAccount ? year : year - 1;
                if (printed != expected)
                {
                    var sentence = Sentence(text, m.Index);
                    var why = document.Kind == DisclosureKind.FinalAccount ? T("NC.AssetsFinal", year) : T("NC.AssetsBudget", year, year - 1);
                    yield return Make("NC-YEAR", NarrativeFigures.PageAt(section, m.Index), Severity.Error, BuiltInChecks.Title("NC-YEAR"), section, sentence,
                        T("NC.AssetsMessage", sentence, m.Value, why), printed, expected, "年");
                }
            }
        }

        foreach (var table in document.Tables)
        {
            if (TitleYear().Match(table.Title) is { Success: true } m && int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) is var printed && printed != year)
            {
                yield return new Finding("NC-YEAR", Severity.Error, T("Title.NC-YEAR-TITLE"),
                    T("Finding.Titled", T("Title.NC-YEAR-TITLE"), T("NC.TitleYearMessage", table.Title, printed, year, KindName(document.Kind))),
                    table.Kind.CanonicalName, table.Title, [new FindingCell(table.Kind.CanonicalName, table.Title, "表名", table.Title, null, printed, "年", table.Line, table.Page)],
                    year, printed, printed - year, null, null, [], new Dictionary<string, string>(), false, new SourceSpan("titles", table.Line, 1));
            }
        }

        foreach (var verdict in ContentsYears(document))
        {
            yield return verdict;
        }
    }

    // 2018年部门汇总预算, 2019年度部门预算 — not 2017-2019年部门… (a range) and not 2017—2019年 either.
    [GeneratedRegex(@"(?<![\d\-—–至~])(?<y>(?:19|20)[0-9]{2})年度?部门(?:汇总)?(?:预算|决算)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex DisclosureYear();

    // 比2018年部门预算, 较…, 与…: another year named on purpose, right before it (a heading above, 比上年增减情况, is not).
    [GeneratedRegex("比|较|与|和|及|至", RegexOptions.None, NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"截[至止](?<y>(?:19|20)[0-9]{2})年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex AsOf();

    [GeneratedRegex(@"(?<![\d\-—–至~])(?<y>(?:19|20)[0-9]{2})年", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex TitleYear();
}
