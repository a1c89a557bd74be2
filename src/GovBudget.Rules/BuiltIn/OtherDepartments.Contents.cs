using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using static GovBudget.Rules.BuiltIn.NarrativeText;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// NC-DEPT on the contents list (目录): a part that names the year and a department
/// (第二部分中共上海市普陀区委社会工作部2024年度部门决算表) names the document's.
/// </summary>
internal sealed partial class OtherDepartments
{
    private static IEnumerable<Verdict> ContentsDepartments(Disclosure document, string department)
    {
        foreach (var entry in document.Contents)
        {
            if (HeadingDepartment().Match(NameNormalizer.Basic(entry.Title)) is not { Success: true } m || NotADepartment(m.Groups["name"].Value))
            {
                continue;
            }

            var named = m.Groups["name"].Value;
            yield return DepartmentNames.Same(named, department, document.Names) ? Verdict.Held : ContentsFinding("NC-DEPT", "Title.NC-DEPT-CONTENTS", entry, null, null,
                T("NC.ContentsDeptMessage", entry.Title, entry.Where, named, department, KindName(document.Kind)));
        }
    }
}
