using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GovBudget.Documents;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Import;

/// <summary>
/// The structural signs of an uncertain reading that both readers (text and PDF) look for: on a table's columns, on
/// its rows' names and codes, on a printed amount. Each is a fact of the layout read, never of the figures adding up.
/// </summary>
internal static partial class ReadingSigns
{
    // Every column name the reader knows, to tell a header read in part (经费 of 单位预留机动经费) from a name.
    private static readonly string[] KnownColumns =
        [.. ColumnNames.Known.Concat(ColumnNames.Known.SelectMany(ColumnNames.VariantsOf)).Concat(TableLayout.TextHeaderNames).Distinct()];

    /// <summary>The sign on a printed amount that looks like a piece of a code: digits only, with a leading zero (05, 02).</summary>
    public static ReadingSign? OfAmount(string printed, int column, int page)
    {
        var text = printed.Trim();
        return text.Length >= 2 && text[0] == '0' && text.All(char.IsAsciiDigit)
            ? new ReadingSign(ReadingSignKind.CodeFragment, T("Sign.CodeFragment", text), page, column)
            : null;
    }

    /// <summary>
    /// The table with the signs found on its columns, on its rows' names and codes and on its unit added to those the
    /// reader recorded while reading (<paramref name="table"/>'s and its rows' own signs are kept).
    /// </summary>
    public static BudgetTable Mark(BudgetTable table)
    {
        var labelled = table.Rows.Count(r => r.Code is not null || r.Label.Length > 0);
        var rows = table.Rows.Select(r => OfRow(r, labelled) is { IsEmpty: false } found ? r with { Signs = r.Signs.AddRange(found) } : r).ToList();
        var signs = table.Signs.AddRange(OfColumns(table));
        if (table.Unit is null && table.Kind != TableKind.PerformanceTargets && table.Kind != TableKind.Organisation
            && table.Rows.Any(r => r.Cells.Where((c, i) => table.Columns[i].Type == ColumnType.Amount).Any(c => c.Number is not null)))
        {
            signs = signs.Add(new ReadingSign(ReadingSignKind.NoUnit,
                T("Sign.NoUnit"), table.Page));
        }

        return signs.Length == table.Signs.Length && rows.SequenceEqual(table.Rows, ReferenceEqualityComparer.Instance)
            ? table
            : Copy(table, rows, signs);
    }

    /// <summary>
    /// The tables with a sign on each pair of tables of one kind and title read on consecutive pages: a table continued
    /// on the next page, its title printed again, read as two (a group's subtotal on one page, its items on the next).
    /// </summary>
    public static List<BudgetTable> MarkSplit(IReadOnlyList<BudgetTable> tables)
    {
        var result = tables.ToList();
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var (first, second) = (result[i], result[i + 1]);
            var lastPage = first.Rows.Select(r => r.Page).DefaultIfEmpty(first.Page).Max();
            if (first.Kind == TableKind.Unrecognised || second.Kind != first.Kind || first.Page == 0
                || NameNormalizer.Title(first.Title) != NameNormalizer.Title(second.Title) || second.Page != lastPage + 1)
            {
                continue;
            }

            var text = T("Sign.SplitTable", first.Page, second.Page, first.Title);
            result[i] = Copy(first, first.Rows, first.Signs.Add(new ReadingSign(ReadingSignKind.SplitTable, text, second.Page)));
            result[i + 1] = Copy(second, second.Rows, second.Signs.Add(new ReadingSign(ReadingSignKind.SplitTable, text, first.Page)));
        }

        return result;
    }

    // A code with no name, figures with neither, a name of header words, two names joined.
    private static ImmutableArray<ReadingSign> OfRow(TableRow row, int labelledRows)
    {
        var signs = ImmutableArray.CreateBuilder<ReadingSign>();
        var label = NameNormalizer.Basic(row.Label).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (row.Code is { } code && label.Length == 0)
        {
            signs.Add(new ReadingSign(ReadingSignKind.CodeWithoutName, T("Sign.CodeWithoutName", code), row.Page));
        }

        // A table whose only line is unlabelled figures (a “三公” table laid out by item) has nothing to misplace them from.
        if (row.Code is null && label.Length == 0 && labelledRows > 0 && row.Cells.Any(c => c.Number is not null)
            && row.Signs.All(s => s.Kind != ReadingSignKind.FiguresWithoutLabel))
        {
            signs.Add(new ReadingSign(ReadingSignKind.FiguresWithoutLabel, T("Sign.FiguresWithoutLabel"), row.Page));
        }

        if (label.Length > 0 && IsHeaderWords(label))
        {
            signs.Add(new ReadingSign(ReadingSignKind.HeaderAsData, T("Sign.HeaderAsData", row.Label), row.Page));
        }

        if (TwoOrdinals().IsMatch(label))
        {
            signs.Add(new ReadingSign(ReadingSignKind.GluedNames, T("Sign.GluedNames", row.Label), row.Page));
        }

        return signs.ToImmutable();
    }

    // A header read in part (a name no column has, inside a known one) or not a name; two amount columns of one side,
    // name and group.
    private static IEnumerable<ReadingSign> OfColumns(BudgetTable table)
    {
        foreach (var column in table.Columns)
        {
            var name = NameNormalizer.Label(column.PrintedName);
            if (name.Length == 0 || DisclosureNames.Reading.IsKnownColumn(name) || TableLayout.IsTextHeader(name))
            {
                continue;
            }

            if (UnitHeader().IsMatch(name))
            {
                yield return new ReadingSign(ReadingSignKind.HeaderFragment, T("Sign.UnitHeader", column.PrintedName), table.Page);
            }
            else if (WrappedName(name, column.Group) is { } whole)
            {
                var printed = column.Group is { } g ? T("Sign.HeaderUnder", g, column.PrintedName) : T("Sign.Header", column.PrintedName);
                yield return new ReadingSign(ReadingSignKind.HeaderFragment,
                    T("Sign.HeaderPart", printed, whole), table.Page);
            }
        }

        foreach (var same in table.Columns.Where(c => c.Type == ColumnType.Amount).GroupBy(c => (c.Name, c.Side, c.Group)).Where(g => g.Count() > 1))
        {
            yield return new ReadingSign(ReadingSignKind.AmbiguousColumns,
                T("Sign.SameColumns", same.Count(), same.Key.Name, same.Key.Group is { } g ? T("Sign.Group", g) : string.Empty), table.Page);
        }
    }

    // The known name an unknown header is a part of: alone (经费 of 单位预留机动经费), or with the group read above it
    // (预留机动 / 经费, 经济采购物采购组 / 织形式). Under a group a short name may be the group's part and no
    // fragment (公务用车购置及运行费 / 购置费): only a group and leaf that join into a known name are one.
    private static string? WrappedName(string leaf, string? group)
    {
        if (group is null)
        {
            return KnownColumns.FirstOrDefault(k => k.Length > leaf.Length && k.Contains(leaf, StringComparison.Ordinal));
        }

        var joined = NameNormalizer.Label(group) + leaf;
        var start = joined.Length - leaf.Length;
        return KnownColumns.FirstOrDefault(k => k.Length > leaf.Length && (k.Contains(joined, StringComparison.Ordinal) || Straddles(k)));

        // The name is printed across the group's end and the leaf's start.
        bool Straddles(string known)
        {
            var at = joined.IndexOf(known, StringComparison.Ordinal);
            return at >= 0 && at < start && at + known.Length > start;
        }
    }

    /// <summary>Whether a name is made only of header words (类款项, 科目编码, 功能分类科目名称): a header line, not a row.</summary>
    public static bool IsHeaderWords(string name) => HeaderWords().IsMatch(name);

    private static BudgetTable Copy(BudgetTable t, IEnumerable<TableRow> rows, ImmutableArray<ReadingSign> signs) =>
        new(t.Kind, t.Title, t.Unit, t.Columns, rows, t.Notes, t.AsOf, t.Line, t.Page)
        {
            Signs = signs, PrintedYear = t.PrintedYear, PrintedDepartment = t.PrintedDepartment, PreparedBy = t.PreparedBy,
        };

    // A name made only of header words: 类款项, 科目编码, 功能分类科目名称, 项目.
    [GeneratedRegex("^(?:类|款|项|科目|编码|代码|名称|功能分类|经济分类|项目|栏次|行次|序号)+$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex HeaderWords();

    // 一、一般公共服务支出一、基本支出: a second ordinal after the first name.
    [GeneratedRegex("^[一二三四五六七八九十]+、.+?[^一二三四五六七八九十][一二三四五六七八九十]{1,3}、", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex TwoOrdinals();

    [GeneratedRegex("^(?:金额)?单位[：:]", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex UnitHeader();
}
