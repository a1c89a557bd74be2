
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Documents;

/// <summary>One line of a disclosure's contents list (目录): a part, a section or a table it announces.</summary>
/// <param name="Title">The entry as printed, without leader dots and page number (十、政府性基金财政拨款支出预算表); a title
/// wrapped over two lines is joined.</param>
/// <param name="Page">The 1-based page the contents list prints the entry on, or 0 when the source has no pages.</param>
/// <param name="Line">The 1-based source line of the entry, or 0 when the source has no lines (a PDF).</param>
/// <param name="PrintedPage">The page number the entry prints (部门预算收支总表……3), or null when it prints none.</param>
public sealed partial record ContentsEntry(string Title, int Page, int Line, int? PrintedPage = null)
{
    /// <summary>The title without its numbering (十、 1. 第二部分) and markup.</summary>
    public string Name => Numbering().Replace(NameNormalizer.StripMarkup(Title), string.Empty);

    /// <summary>The standard table the entry names, or null when it names a part or a section (or a table of no known kind).</summary>
    public TableKind? TableKind => NamesTable(Title) ? TableKind.FromTitle(Title) : null;

    /// <summary>Where the entry is printed: "目录第 2 页", "目录第 9 行" or "目录".</summary>
    public string Where => Page > 0 ? T("Contents.Page", Page) : Line > 0 ? T("Contents.Line", Line) : T("Contents.Anywhere");

    /// <summary>"十、政府性基金财政拨款支出预算表 (目录第 2 页)".</summary>
    public override string ToString() => $"{Title} ({Where})";

    // A table's entry ends with 表 (a qualifier in brackets may follow); 第二部分 2019 年度部门预算表 names no kind.
    private static bool NamesTable(string title)
    {
        var t = NameNormalizer.Basic(title).TrimEnd();
        if (t.EndsWith('）') || t.EndsWith(')'))
        {
            var open = Math.Max(t.LastIndexOf('（'), t.LastIndexOf('('));
            t = open > 0 ? t[..open] : t;
        }

        return t.EndsWith('表');
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}\s*[.．、]|第[一二三四五六七八九十]+部分)\s*")]
    private static partial System.Text.RegularExpressions.Regex Numbering();
}
