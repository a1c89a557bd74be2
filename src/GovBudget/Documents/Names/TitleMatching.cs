using System.Text.RegularExpressions;

namespace GovBudget.Documents;

/// <summary>
/// How a printed table title is compared with the titles the names know, and what else it prints: the year and the
/// department before the table's name (一、2017年度江苏省高级人民法院部门收支预算总表).
/// </summary>
internal static partial class TitleMatching
{
    /// <summary>
    /// The title as compared: <see cref="NameNormalizer.Title"/> (no spaces, quotes, leading ordinal, year or 部门
    /// prefix; full width folded), with a form number dropped (公开01表：, 附表3, 表1) and half-width brackets and colons
    /// printed full width, so that 维修(护)费 and 维修（护）费 compare equal. Each letter stays one letter, so the
    /// length of a match is the length of the title's end it covers.
    /// </summary>
    public static string Key(string title)
    {
        var t = NameNormalizer.Title(title);
        var numbered = FormNumber().Replace(t, string.Empty);
        if (numbered.Length != t.Length)
        {
            t = NameNormalizer.Title(numbered);
        }

        return t.Replace('(', '（').Replace(')', '）').Replace(':', '：');
    }

    /// <summary>
    /// The year and the department printed before the table's name, when it prints them: the title's start left
    /// over when the known name (<paramref name="matched"/> letters of its end as compared, after <paramref name="cut"/>
    /// letters of a trailing qualifier are dropped) is taken away.
    /// </summary>
    public static (int? Year, string? Department) Parts(string title, int matched, int cut)
    {
        var s = NameNormalizer.Basic(title);
        s = s[..Math.Max(0, s.Length - cut)];
        string previous;
        do
        {
            previous = s;
            s = Numbering().Replace(s, string.Empty);
        }
        while (s != previous);

        var rest = s[..Math.Max(0, s.Length - matched)];
        int? year = null;
        if (PrintedYear().Match(rest) is { Success: true } y)
        {
            year = int.Parse(y.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            rest = rest.Remove(y.Index, y.Length);
        }

        var department = DepartmentSuffix().Replace(rest, string.Empty).Trim('：', ':', '-', '—', '_', '的');
        return (year, department.Count(c => c is >= '\u4e00' and <= '\u9fff') >= 2 ? department : null);
    }

    // 公开01表： 公开表一 附表3 表1 01表、: a form number before the title (spaces already removed).
    [GeneratedRegex("^(?:(?:公开|附)?表(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})|(?:公开|附表)?[0-9]{1,2}表)[：:、.．]?", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex FormNumber();

    // An ordinal (一、 1. （一）) or a form number before the title.
    [GeneratedRegex("^(?:[0-9一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|(?:(?:公开|附)?表(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})|(?:公开|附表)?[0-9]{1,2}表)[：:、.．]?)", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex Numbering();

    [GeneratedRegex("((?:19|20)[0-9]{2})年度?", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex PrintedYear();

    // 江苏省高级人民法院部门 / 省级部门预算 / 单位: the words between the department and the table's name.
    [GeneratedRegex("(?:(?:省级|市级|区级|县级)?(?:部门|单位)(?:预算|决算)?(?:公开)?|预算|决算)$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex DepartmentSuffix();
}
