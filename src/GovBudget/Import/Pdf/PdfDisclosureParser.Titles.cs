using System.Text.RegularExpressions;
using GovBudget.Documents;

namespace GovBudget.Import.Pdf;

/// <summary>Where a table starts: the title lines, as real documents print them.</summary>
internal sealed partial class PdfDisclosureParser
{
    // A title wrapped onto a second line leaves at most this many letters there (…培训费支出预 / 算表).
    private const int MaxWrappedTitleTail = 3;

    // The tail of a wrapped title sits right under it: at most this many font sizes below its baseline.
    private const double MaxWrappedTitleGap = 2.0;

    // A title broken into two centred halves: the upper half has at least this many letters (a line of a few letters
    // above a title is a heading or a department's name, not half a title) …
    private const int MinTitleHalf = 6;

    // … the two halves are in the same type (font sizes within this fraction of each other) …
    private const double SameTypeTolerance = 0.1;

    // … and centred on each other (their middles within this many font sizes).
    private const double CentredTolerance = 1.0;

    // 一、收支预算总表 is a table's title when a meta line (部门：… 单位：万元) follows it; otherwise it is a heading.
    private readonly HashSet<PdfTextLine> numberedTitles = new(ReferenceEqualityComparer.Instance);

    /// <summary>The kind of table a line titles, or null when the line is no table title.</summary>
    private TableKind? TitleKind(PdfTextLine line)
    {
        var text = line.Compact;
        if (text.Length > 60 || (SectionTitle().IsMatch(text) && !numberedTitles.Contains(line))
            || text.StartsWith("详见", StringComparison.Ordinal)
            || text.StartsWith("参见", StringComparison.Ordinal) || text.Contains('。', StringComparison.Ordinal)
            || text.Contains('，', StringComparison.Ordinal) || IsContentsEntry(line)
            || !EndsLikeTitle(TrailingQualifier().Replace(text, string.Empty)))
        {
            return null;
        }

        return KnownKind(text);
    }

    private static TableKind? KnownKind(string title) =>
        DisclosureNames.Reading.KindOfTitle(title) is { } kind && kind != TableKind.Unrecognised ? kind : null;

    // 公开01表：收支预算总表: the form number printed on the title's line is part of the title, not a meta line.
    private static bool IsTitleWithFormNumber(string text) =>
        FormNumberPrefix().Match(text) is { Success: true } m && text.Length - m.Length >= 4 && KnownKind(text[m.Length..]) is not null;

    // A numbered line (一、收支预算总表, 十二、政府采购支出预算表) titles a table when it names one, ends in 表 and the
    // next line is the table's meta line; a contents list and the narrative's numbered headings have no meta line under them.
    private void MarkNumberedTitles(IReadOnlyList<PdfTextLine> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var text = lines[i].Compact;
            if (SectionTitle().Match(text) is { Success: true } m
                && TrailingQualifier().Replace(m.Groups[2].Value, string.Empty).EndsWith('表')
                && KnownKind(m.Groups[2].Value) is not null
                && IsMeta(lines[i + 1]))
            {
                numberedTitles.Add(lines[i]);
            }
        }
    }

    // 一般公共预算“三公”经费、会议费、培训费支出预 / 算表: a title whose last letters wrapped onto the line right under
    // it is joined, so that it is read as one title (and its tail is not read as a line of the header).
    private static IReadOnlyList<PdfTextLine> JoinWrappedTitles(IReadOnlyList<PdfTextLine> lines)
    {
        List<PdfTextLine>? joined = null;
        for (var i = 0; i + 1 < (joined?.Count ?? lines.Count); i++)
        {
            var line = joined?[i] ?? lines[i];
            var below = joined?[i + 1] ?? lines[i + 1];
            var tail = below.Compact;
            if (below.Cells.Length != 1 || (tail.Length > MaxWrappedTitleTail && !IsTitleHalf(line, below)) || !tail.EndsWith('表')
                || !tail.All(IsTitleLetter) || line.Baseline - below.Baseline > MaxWrappedTitleGap * line.FontSize
                || line.Compact.EndsWith('表') || line.Compact.Contains('。', StringComparison.Ordinal)
                || line.Compact.Contains('，', StringComparison.Ordinal) || KnownKind(line.Compact + tail) is null)
            {
                continue;
            }

            joined ??= [.. lines];
            var last = line.Cells[^1];
            joined[i] = line with { Cells = line.Cells.SetItem(line.Cells.Length - 1, last with { Text = last.Text + tail, Right = Math.Max(last.Right, below.Right) }) };
            joined.RemoveAt(i + 1);
        }

        return joined ?? lines;
    }

    // 部门：   江苏省人民检察院   单位：万元: a meta label printed apart from its value (wider than a cell gap) is joined
    // to it, so that the line is read as the table's meta line.
    private static IReadOnlyList<PdfTextLine> JoinMetaLabels(IReadOnlyList<PdfTextLine> lines)
    {
        List<PdfTextLine>? joined = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = lines[i].Cells;
            for (var c = 0; c + 1 < cells.Length; c++)
            {
                if (MetaLabel().IsMatch(cells[c].Compact) && MetaCell(cells[c + 1].Compact) == MetaKind.None)
                {
                    cells = cells.SetItem(c, cells[c] with { Text = cells[c].Compact + cells[c + 1].Text, Right = cells[c + 1].Right }).RemoveAt(c + 1);
                }
            }

            if (cells != lines[i].Cells)
            {
                joined ??= [.. lines];
                joined[i] = lines[i] with { Cells = cells };
            }
        }

        return joined ?? lines;
    }

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';

    // The letters of a title: Chinese, and the quotes and brackets of “三公” and （部门）.
    private static bool IsTitleLetter(char c) => IsChinese(c) || c is '“' or '”' or '（' or '）' or '(' or ')' or '"';

    // A long title broken in two, each half centred on the other in the same type (2023年部门预算一般公共预 /
    // 算财政拨款支出表): the lower half is no title of its own even where its words name a table.
    private static bool IsTitleHalf(PdfTextLine line, PdfTextLine below) =>
        line.Cells.Length == 1 && line.Compact.Length >= MinTitleHalf
        && Math.Abs(line.FontSize - below.FontSize) <= SameTypeTolerance * line.FontSize
        && Math.Abs(((line.Left + line.Right) / 2) - ((below.Left + below.Right) / 2)) <= CentredTolerance * line.FontSize;

    [GeneratedRegex(@"^(?:编制部门|预算主管部门|主管部门|公开部门|部门名称|预算部门|编制单位|单位名称|部门)[：:]$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex MetaLabel();

    [GeneratedRegex(@"^(?:公开|附表|表)?\d{1,2}表?[：:]", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex FormNumberPrefix();
}
