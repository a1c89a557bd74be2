using System.Text.RegularExpressions;
using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// <c>NC-DEPT</c>: the department a heading of the 情况说明 names before the disclosure's year
/// (第二部分省检察院2017年度部门预算, 中共上海市普陀区委社会工作部2024年度部门决算), the department a table's title prints and the
/// one its 编制部门 line prints are
/// the document's, compared as <see cref="DepartmentNames"/> says (forms and abbreviations as data); so is the one a contents
/// line names with the year (OtherDepartments.Contents.cs).
/// </summary>
internal sealed partial class OtherDepartments : NarrativeCheck
{
    /// <inheritdoc/>
    public override string Id => "NC-DEPT";

    /// <summary>
    /// Also the tables' 编制部门 lines and titles, so that it has something to read in a file without a narrative or
    /// notes (a Jiangsu 公开表).
    /// </summary>
    public override bool ReadsTables => true;

    /// <inheritdoc/>
    public override IEnumerable<Verdict> Check(NarrativeReading reading) =>
        Departments(reading.Document, reading.Sections);

    /// <inheritdoc/>
    protected override NotApplicableCheck NothingFound(Disclosure document) =>
        document.Department.Name == DepartmentNames.Unknown
            ? new(Id, NotApplicableReason.Other, T("NA.NoDepartment"))
            : new(Id, NotApplicableReason.PhraseAbsent, T("NA.Dept"));

    private static IEnumerable<Verdict> Departments(Disclosure document, IReadOnlyList<(NarrativeSection Section, string Text)> sections)
    {
        var department = document.Department.Name;
        if (department == DepartmentNames.Unknown)
        {
            yield break; // nothing to compare with: the check does not apply
        }

        foreach (var (section, _) in sections)
        {
            var offset = -section.Title.Length - 1; // the title stands before the text; pages are the section's first there
            foreach (var line in (section.Title + "\n" + section.Text).Split('\n'))
            {
                var at = Math.Max(0, offset);
                offset += line.Length + 1;
                if (HeadingDepartment().Match(NameNormalizer.Basic(line)) is not { Success: true } m || NotADepartment(m.Groups["name"].Value))
                {
                    continue;
                }

                var named = m.Groups["name"].Value;
                if (DepartmentNames.Same(named, department, document.Names))
                {
                    yield return Verdict.Held;
                    continue;
                }

                yield return NarrativeText.Make("NC-DEPT", NarrativeFigures.PageAt(section, at), Severity.Error, BuiltInChecks.Title("NC-DEPT"), section, m.Value,
                    T("NC.DeptMessage", m.Value, named, department, NarrativeText.KindName(document.Kind)), null, null, string.Empty);
            }
        }

        foreach (var table in document.Tables)
        {
            foreach (var (place, named) in new[] { ("表名", table.PrintedDepartment), ("编制部门", table.PreparedBy) })
            {
                // A name wrapped onto the next line (江苏省高级人民法 / 院) is the start of the department's own.
                if (named is null || NotADepartment(named) || (named.Length < department.Length && department.StartsWith(named, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (DepartmentNames.Same(named, department, document.Names))
                {
                    yield return Verdict.Held;
                    continue;
                }

                var title = T("Title.NC-DEPT-PLACE", T(place == "表名" ? "Place.Title" : "Place.PreparedBy"));
                yield return new Finding("NC-DEPT", Severity.Error, title,
                    T("Finding.Titled", title, T("NC.DeptTableMessage", table.Title, T(place == "表名" ? "Place.Title" : "Place.PreparedBy"), named, department, NarrativeText.KindName(document.Kind))),
                    table.Kind.CanonicalName, table.Title, [new FindingCell(table.Kind.CanonicalName, table.Title, place, named, null, null, string.Empty, table.Line, table.Page)],
                    null, null, null, null, null, [], new Dictionary<string, string>(), false, new SourceSpan("titles", table.Line, 1));
            }
        }

        foreach (var verdict in ContentsDepartments(document, department))
        {
            yield return verdict;
        }
    }

    // A placeholder (XX局) is NC-TEMPLATE's; 本部门 and the like name no one; a name must end as a body's name does.
    private static bool NotADepartment(string name) =>
        name.IndexOfAny(['X', 'Ｘ', '×', 'x']) >= 0 || GenericBody().IsMatch(name) || !BodyName().IsMatch(name);

    // A heading line that begins with a name and the disclosure's year: (第二部分|一、)?<name>YYYY年（度）部门（汇总）预算/决算.
    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、)?(?<name>\p{IsCJKUnifiedIdeographs}[\p{IsCJKUnifiedIdeographs}（）]{1,40}?)(?:19|20)[0-9]{2}年度?(?:部门|单位)(?:汇总)?(?:预算|决算)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex HeadingDepartment();

    [GeneratedRegex("^(?:本|我|该|各)?(?:部门|单位)$|^(?:纳入|编制|关于)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex GenericBody();

    // How the name of a body ends (办公厅, 检察院, 财政局, 社会工作部, 委员会, 中心 …).
    [GeneratedRegex("(?:厅|局|委|院|部|办|室|会|处|署|中心|馆|站|队|社|团|校|联|府|行|所|司)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex BodyName();
}
