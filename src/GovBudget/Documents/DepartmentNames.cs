using System.Text.RegularExpressions;
using GovBudget.Profiles;

namespace GovBudget.Documents;

/// <summary>
/// When two printed names name one department: equal after width folding, after the name forms of the names data and
/// the profiles replace each long form by its short one (中国共产党江苏省委员会 → 江苏省委, 人民检察院 → 检察院), and after a
/// leading province or city name is cut to its level (江苏省委办公厅 → 省委办公厅, as a province's own documents write it).
/// </summary>
internal static partial class DepartmentNames
{
    /// <summary>The name printed when none was found.</summary>
    public const string Unknown = "未知部门";

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> name one department; an unknown name matches any.</summary>
    public static bool Same(string a, string b, DisclosureNames names) =>
        a == Unknown || b == Unknown || Short(a, names) == Short(b, names);

    /// <summary>The comparable form of a department name.</summary>
    public static string Short(string name, DisclosureNames names)
    {
        var n = NameNormalizer.Basic(name);
        foreach (var forms in names.DepartmentNameForms.Concat(DisclosureProfiles.Standard.SelectMany(p => p.DepartmentNameForms)))
        {
            // Longest first, so that a long form is not cut by a short form inside it.
            foreach (var form in forms.OrderByDescending(f => f.Length))
            {
                n = n.Replace(NameNormalizer.Basic(form), NameNormalizer.Basic(forms[^1]), StringComparison.Ordinal);
            }
        }

        return RegionPrefix().Replace(n, "${level}");
    }

    // 江苏省… → 省…, 上海市… → 市…: a region's own documents drop its name (省委办公厅, 省检察院).
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,3}?(?<level>省|市|自治区)(?!委员会)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex RegionPrefix();
}
