using System.Globalization;
using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using static GovBudget.Rules.BuiltIn.NarrativeText;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// NC-YEAR on the contents list (目录): an entry that names a table with a year (1.2025年部门财务收支预算总表), or a part
/// naming a disclosure (第二部分…2024年度部门决算表), names the document's year.
/// </summary>
internal sealed partial class OtherYears
{
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
            yield return printed == year ? Verdict.Held : ContentsFinding("NC-YEAR", "Title.NC-YEAR-CONTENTS", entry, printed, year,
                T("NC.ContentsYearMessage", entry.Title, entry.Where, printed, year, KindName(document.Kind)));
        }
    }
}
