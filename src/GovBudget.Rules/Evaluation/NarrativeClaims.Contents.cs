using System.Globalization;
using GovBudget.Documents;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Evaluation;

/// <summary>
/// The contents list (目录) for NC-YEAR and NC-DEPT: an entry that names a table with a year (1.2025年部门财务收支预算总表),
/// or a part with the year and the department (第二部分中共上海市普陀区委社会工作部2024年度部门决算表), names the document's.
/// </summary>
internal static partial class NarrativeClaims
{
    private const string ContentsTable = "目录";

    private static IEnumerable<Verdict> ContentsYears(Disclosure document)
    {
        var year = document.Year.Year;
        foreach (var entry in document.Contents)
        {
            // A table's entry is read as its title is (any year in it); another entry only where it names a disclosure.
            var title = NameNormalizer.Basic(entry.Title);
            var m = entry.TableKind is not null ? TitleYear().Match(title) : DisclosureYear().Match(title);
            if (!m.Success)
            {
                continue;
            }

            var printed = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            yield return printed == year ? Verdict.Held : Contents("NC-YEAR", "Title.NC-YEAR-CONTENTS", entry, printed, year,
                T("NC.ContentsYearMessage", entry.Title, entry.Where, printed, year, KindName(document.Kind)));
        }
    }

    private static IEnumerable<Verdict> ContentsDepartments(Disclosure document, string department)
    {
        foreach (var entry in document.Contents)
        {
            if (HeadingDepartment().Match(NameNormalizer.Basic(entry.Title)) is not { Success: true } m || NotADepartment(m.Groups["name"].Value))
            {
                continue;
            }

            var named = m.Groups["name"].Value;
            yield return DepartmentNames.Same(named, department, document.Names) ? Verdict.Held : Contents("NC-DEPT", "Title.NC-DEPT-CONTENTS", entry, null, null,
                T("NC.ContentsDeptMessage", entry.Title, entry.Where, named, department, KindName(document.Kind)));
        }
    }

    private static Finding Contents(string id, string titleKey, ContentsEntry entry, int? printed, int? expected, string message) =>
        new(id, Severity.Error, T(titleKey), T("Finding.Titled", T(titleKey), message), ContentsTable, ContentsTable,
            [new FindingCell(ContentsTable, ContentsTable, entry.Name, entry.Title, null, printed, printed is null ? string.Empty : "年", entry.Line, entry.Page)],
            expected, printed, printed - expected, null, null, [], new Dictionary<string, string>(), false, new SourceSpan("contents", entry.Line, 1));
}
