using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Documents;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Import.Pdf;

/// <summary>
/// One pass over the pages of a PDF disclosure, page by page: table titles start tables, the lines under them are
/// headers and rows, everything else is narrative. Not thread-safe; one instance per read.
/// </summary>
internal sealed partial class PdfDisclosureParser(string source)
{
    private readonly List<ImportNotice> notices = [];
    private readonly List<BudgetTable> tables = [];
    private readonly List<NarrativeSection> sections = [];
    private PdfTableBuilder? table;
    private SectionBuilder? section;
    private Department? department;
    private Department? titleDepartment;
    private int? year;
    private int yearPage; // the page the year is printed on
    private readonly PdfContentsList contents = new();
    private readonly PdfUnreadTables unread = new();
    private DisclosureKind? kind;

    /// <summary>The notices raised so far.</summary>
    public List<ImportNotice> Notices => notices;

    /// <summary>Reads the lines of one page, top to bottom.</summary>
    public void AddPage(int page, double pageWidth, IReadOnlyList<PdfTextLine> lines)
    {
        lines = JoinLoweredFigures(JoinWrappedTitles(JoinWrappedDepartments(SplitUnitCells(JoinMetaLabels(JoinBrokenUnits(lines))))));
        MarkNumberedTitles(lines);
        var i = 0;
        var cover = DocumentYear().Match(string.Concat(lines.Select(l => l.Compact)));
        if (cover.Success)
        {
            SetYearAndKind(cover.Value, page); // …2024年度部门决算, wherever it is printed (a cover title spans lines)
        }

        titleDepartment ??= TitleDepartment(lines);

        // A cover (江苏省高级人民法院 / 2019年度部门预算公开, and perhaps a date): its title is read above; it is not narrative.
        if (table is null && section is null && sections.Count == 0 && tables.Count == 0 && lines.Count <= 8
            && cover.Success
            && !lines.Any(l => l.Compact.Contains('。', StringComparison.Ordinal) || TitleKind(l) is not null))
        {
            return;
        }

        // A contents list (目录), perhaps going on over the next page; the body may start below it on the same page.
        var listed = contents.Entries.Length;
        var afterContents = contents.Read(page, lines);
        if (afterContents > 0)
        {
            notices.Add(ImportNotice.OnPage(source, page, T("Notice.Contents", contents.Entries.Length - listed)));
            if (afterContents >= lines.Count)
            {
                return;
            }

            i = afterContents;
        }

        if (table is not null && !table.Closed && !table.HasHeader)
        {
            i = ReadHeader(lines, 0); // the title and its meta line ended the page above: the header starts this one
        }
        else if (table is not null)
        {
            var body = ContinuesTable(lines);
            if (body < 0)
            {
                CloseTable();
            }
            else
            {
                i = body;
                table!.ScanBody(BodyLines(lines, i));
            }
        }

        var firstNarrative = true;
        while (i < lines.Count)
        {
            var line = lines[i];
            var next = i + 1 < lines.Count ? lines[i + 1] : null;
            if (IsContentsEntry(line) || PageNumber().IsMatch(line.Compact))
            {
                i++;
                continue;
            }

            if (ReadMeta(line))
            {
                i++;
                continue;
            }

            if (TitleKind(line) is { } titleKind)
            {
                CloseTable();
                FinishSection();
                var title = line.Compact;
                SetYearAndKind(title, page);
                table = new PdfTableBuilder(titleKind, title, page, source, notices);
                i = ReadHeader(lines, i + 1);
                continue;
            }

            if (table is not null && !table.HasHeader)
            {
                i = ReadHeader(lines, i);
                continue;
            }

            // Under a table's note, the rest of its page up to the next heading is notes too (说明：…故本表无数据).
            if (table is not null && table.ContinuesNotes(line) && !IsHeading(line, pageWidth))
            {
                table.AddNoteLine(line);
                i++;
                continue;
            }

            // A part heading (第三部分 …) always starts the text after the tables, even mid-page under a table's rows.
            if (table is not null && !table.Closed && !IsPartHeading(line.Compact) && table.AddLine(line, next))
            {
                i++;
                continue;
            }

            CloseTable();
            unread.Add(line);
            Narrative(line, pageWidth, firstNarrative);
            firstNarrative = false;
            i++;
        }
    }

    /// <summary>Ends the read and builds the document.</summary>
    /// <exception cref="DisclosureFormatException">No table and no narrative was found, or no year from 1950 to 2200.</exception>
    public Disclosure Finish()
    {
        CloseTable();
        FinishSection();
        if (tables.Count == 0 && sections.Count == 0)
        {
            throw new DisclosureFormatException(source, 0, null, T("Pdf.NotDisclosure"));
        }

        if (year is null)
        {
            throw new DisclosureFormatException(source, 0, null, T("Pdf.NoYear"));
        }

        if (year is < 1950 or > 2200)
        {
            // FiscalYear's range: checked here to name the page (a PDF has no lines) where the year is printed.
            throw new DisclosureFormatException(source, 0, null, T("Pdf.BadYear", yearPage, year));
        }

        foreach (var block in unread.Blocks)
        {
            notices.Add(ImportNotice.OnPage(source, block.Page,
                T("Notice.FiguresNotTable", block.Title.Length > 0 ? T("Notice.FiguresUnder", block.Title) : string.Empty)));
        }

        department ??= titleDepartment;
        if (department is null)
        {
            notices.Add(ImportNotice.OnPage(source, 0, T("Notice.NoDepartment", DepartmentNames.Unknown)));
        }

        return new Disclosure(department ?? new Department(null, DepartmentNames.Unknown), new FiscalYear(year.Value),
            kind ?? DisclosureKind.Budget, ReadingSigns.MarkSplit(tables), sections, source)
        {
            Contents = contents.Entries, UnreadTables = unread.Blocks, Names = DisclosureNames.Reading,
        };
    }

    // The department named by a title at the top of a page, the cover's (中共上海市普陀区委 / 社会工作部2024年度 / 部门决算,
    // printed over lines) or the tables' (…社会工作部2024年度部门决算表): the name before the year. A title with 区级
    // (上海市普陀区2025年区级部门预算) is a region's collection of departments, not one department.
    private static Department? TitleDepartment(IReadOnlyList<PdfTextLine> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines.Take(4))
        {
            var compact = line.Compact;
            if (compact.Contains('。', StringComparison.Ordinal) || compact.Contains('，', StringComparison.Ordinal))
            {
                break;
            }

            text.Append(compact);
            if (DepartmentTitle().Match(text.ToString()) is { Success: true } m)
            {
                return new Department(null, m.Groups[1].Value);
            }
        }

        return null;
    }

    private void NoHeader()
    {
        notices.Add(ImportNotice.OnPage(source, table!.Page, T("Notice.NoHeader", table.Title)));
        table.SetHeader([]);
    }

    private void CloseTable()
    {
        if (table is null)
        {
            return;
        }

        if (!table.HasHeader)
        {
            NoHeader();
        }

        var built = ReadingSigns.Mark(table.Build()).WithPrintedParts(DisclosureNames.Reading);
        if (built.Unit is null && built.Columns.Length > 0)
        {
            notices.Add(ImportNotice.OnPage(source, table!.Page, T("Notice.NoUnit", table.Title)));
        }

        tables.Add(built);
        table = null;
    }

    // 单位：万 / 元: a unit cut short by a narrow cell, its last letters printed right below it on the next line, is
    // joined so that the unit is read and neither line is taken for a line of the header.
    private static IReadOnlyList<PdfTextLine> JoinBrokenUnits(IReadOnlyList<PdfTextLine> lines)
    {
        List<PdfTextLine>? joined = null;
        for (var i = 0; i + 1 < (joined?.Count ?? lines.Count); i++)
        {
            var line = joined?[i] ?? lines[i];
            var below = joined?[i + 1] ?? lines[i + 1];
            if (line.Baseline - below.Baseline > 2 * line.FontSize)
            {
                continue;
            }

            for (var c = 0; c < line.Cells.Length; c++)
            {
                var cell = line.Cells[c];
                var head = cell.Compact;
                if (!BrokenUnitCell().IsMatch(head))
                {
                    continue;
                }

                var tail = below.Cells.FirstOrDefault(d => d.Left < cell.Right && cell.Left < d.Right && UnitCell().IsMatch(head + d.Compact));
                if (tail is null)
                {
                    continue;
                }

                joined ??= [.. lines];
                joined[i] = line with { Cells = line.Cells.SetItem(c, new PdfCell(cell.Text + tail.Text, cell.Left, Math.Max(cell.Right, tail.Right))) };
                var rest = below.Cells.Remove(tail);
                if (rest.IsEmpty)
                {
                    joined.RemoveAt(i + 1);
                }
                else
                {
                    joined[i + 1] = below with { Cells = rest };
                }

                break;
            }
        }

        return joined ?? lines;
    }

    // A meta line; its first cell may be the last letters of a department name wrapped from the line above
    // (部门名称：江苏省高级人民法 / 院   单位：万元) when the other cells are meta.
    private static bool IsMeta(PdfTextLine line) =>
        line.Cells.All(c => MetaCell(c.Text.Replace(" ", string.Empty, StringComparison.Ordinal)) != MetaKind.None)
        || (line.Cells.Length >= 2 && IsWrappedTail(line.Cells[0].Text)
            && line.Cells.Skip(1).All(c => MetaCell(c.Text.Replace(" ", string.Empty, StringComparison.Ordinal)) != MetaKind.None));

    private static bool IsWrappedTail(string text) =>
        text.Length is >= 1 and <= 3 && text.All(c => c >= '\u4e00' && c <= '\u9fff');

    // 编制部门：…  单位：元 / 部门名称：… / 公开01表 / 单位：万元
    private bool ReadMeta(PdfTextLine line)
    {
        if (!IsMeta(line))
        {
            return false;
        }

        foreach (var cell in line.Cells)
        {
            var text = cell.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
            switch (MetaCell(text))
            {
                case MetaKind.Unit when UnitCell().Match(text) is { Success: true } u && MoneyUnits.TryParse(u.Groups[1].Value, out var unit):
                    if (table is not null)
                    {
                        if (table.Unit is { } previous && previous != unit)
                        {
                            notices.Add(ImportNotice.OnPage(source, line.Page, T("Notice.TableUnitDiffers", table.Title, unit.Symbol(), previous.Symbol())));
                        }

                        table.Unit ??= unit;
                    }

                    break;
                case MetaKind.Department when DepartmentCell().Match(text) is { Success: true } d:
                    var found = new Department(null, d.Groups[1].Value);
                    if (table is { HasHeader: false })
                    {
                        table.PreparedBy ??= found.Name; // between the title and the header: this table's own line
                    }

                    if (department is null)
                    {
                        department = found;
                    }
                    else if (department != found && !department.Name.StartsWith(found.Name, StringComparison.Ordinal))
                    {
                        notices.Add(ImportNotice.OnPage(source, line.Page, T("Notice.DepartmentDiffers", found, department)));
                    }

                    break;
            }
        }

        return true;
    }

    private static MetaKind MetaCell(string text) =>
        UnitCell().IsMatch(text) ? MetaKind.Unit
        : DepartmentCell().IsMatch(text) ? MetaKind.Department
        : TableNumber().IsMatch(text) && !IsTitleWithFormNumber(text) ? MetaKind.TableNumber
        : MetaKind.None;

    // 财政拨款支出预算表（功能科目）: a title may end with a qualifier in brackets after 表.
    private static bool EndsLikeTitle(string text) =>
        text.EndsWith('表') || text.EndsWith("预算", StringComparison.Ordinal) || text.EndsWith("情况", StringComparison.Ordinal);

    private static bool IsContentsEntry(PdfTextLine line) =>
        line.Compact.Contains("……", StringComparison.Ordinal) || line.Compact.Contains("....", StringComparison.Ordinal);

    private void SetYearAndKind(string title, int page)
    {
        if (title.Contains("决算", StringComparison.Ordinal))
        {
            kind = DisclosureKind.FinalAccount;
        }
        else if (title.Contains("预算", StringComparison.Ordinal))
        {
            kind ??= DisclosureKind.Budget;
        }

        if (year is null && TitleYear().Match(title) is { Success: true } y)
        {
            year = int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture);
            yearPage = page;
        }
    }

    // ---- narrative -------------------------------------------------------------------------------------------

    private void Narrative(PdfTextLine line, double pageWidth, bool firstOnPage)
    {
        var text = line.Text;
        var compact = line.Compact;
        if (section is null && DocumentTitle().IsMatch(compact))
        {
            SetYearAndKind(compact, line.Page); // the document's own title, on its cover
            return;
        }

        if (section is null && DepartmentCell().Match(compact) is { Success: true } d)
        {
            department ??= new Department(null, d.Groups[1].Value);
            return;
        }

        var numbered = SectionTitle().Match(compact);
        if (IsSectionTitle(numbered, compact))
        {
            FinishSection();
            section = new SectionBuilder(numbered.Groups[1].Value, numbered.Groups[2].Value, line.Page, line.Left);
            return;
        }

        if ((firstOnPage && IsCentredTitle(line, pageWidth))
            || (IsPartHeading(compact) && compact.Length <= 40 && !compact.Contains('。', StringComparison.Ordinal)))
        {
            FinishSection();
            section = new SectionBuilder(null, compact, line.Page, line.Left);
            return;
        }

        if (section is null)
        {
            section = new SectionBuilder(null, compact.Length <= 30 ? compact : "前言", line.Page, line.Left);
            if (compact.Length <= 30)
            {
                return;
            }
        }

        section.Add(text, line.Page, line.Left, line.FontSize);
    }

    // 一、收支预算总体情况说明, but not a glossary entry (一、财政拨款：指…) or a numbered sentence.
    private static bool IsSectionTitle(Match numbered, string compact) =>
        numbered.Success && compact.Length <= 40 && !compact.Contains('。', StringComparison.Ordinal)
        && !GlossaryEntry().IsMatch(numbered.Groups[2].Value);

    // A short line centred on the page (2025年部门预算编制说明, 其他相关情况说明).
    private static bool IsCentredTitle(PdfTextLine line, double pageWidth) =>
        Math.Abs(((line.Left + line.Right) / 2) - (pageWidth / 2)) < pageWidth * 0.1 && line.Left > pageWidth * 0.2
        && line.Compact.Length <= 30 && !line.Compact.Contains('。', StringComparison.Ordinal) && !line.Compact.Contains('，', StringComparison.Ordinal);

    // A line that starts something of its own: a section, a part (第三部分 …) or a centred title.
    private static bool IsHeading(PdfTextLine line, double pageWidth) =>
        IsSectionTitle(SectionTitle().Match(line.Compact), line.Compact) || IsPartHeading(line.Compact)
        || PageNumber().IsMatch(line.Compact) || IsCentredTitle(line, pageWidth);

    private void FinishSection()
    {
        if (section is not null)
        {
            sections.Add(section.Text.Build());
            section = null;
        }
    }

    [GeneratedRegex(@"^[-—\s]*\d{1,3}[-—\s]*$|^第\d+页", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:金额)?单位[：:](元|万元|亿元)$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex UnitCell();

    [GeneratedRegex(@"^(?:金额)?单位[：:](?:万|亿)?$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex BrokenUnitCell();

    [GeneratedRegex(@"^(?:编制部门|预算主管部门|主管部门|公开部门|部门名称|预算部门|编制单位|单位名称|部门)[：:](\S.{1,60})$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex DepartmentCell();

    [GeneratedRegex(@"^(?:公开|附表)?\d{1,2}表$|^公开\d{1,2}表|^(?:公开)?表[一二三四五六七八九十]{1,3}$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex TableNumber();

    [GeneratedRegex(@"((?:19|20)\d{2})年", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"(?:19|20)\d{2}年度?(?:区级|市级|省级)?部门(?:预算|决算)(?:公开)?$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex DocumentTitle();

    [GeneratedRegex(@"(?:19|20)\d{2}年度?(?:区级|市级|省级)?部门(?:预算|决算)", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex DocumentYear();

    [GeneratedRegex(@"^(?!第[一二三四五六七八九十\d]+部分)([\p{IsCJKUnifiedIdeographs}（）()]{2,40}?)(?:19|20)\d{2}年度?部门(?:预算|决算)", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex DepartmentTitle();

    // 第三部分 …, in the words of the reading's names (names files, headings.parts).
    private static bool IsPartHeading(string compact) => DisclosureNames.Reading.IsPartHeading(compact);

    // 财政拨款：指… / 一般公共预算：包括… — a term and its definition.
    [GeneratedRegex(@"^[^：:]{1,20}[：:].", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex GlossaryEntry();

    [GeneratedRegex(@"[（(][^（）()]{1,10}[）)]$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex TrailingQualifier();

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})、\s*(.+)$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex SectionTitle();

    private enum MetaKind
    {
        None,
        Unit,
        Department,
        TableNumber,
    }

    // Lines of a paragraph are joined (a figure such as 887.36万元 may be split across two lines); a line indented
    // past the section's left margin, or following a line that ends a sentence, starts a new paragraph.
    private sealed class SectionBuilder(string? number, string title, int page, double left)
    {
        private double margin = left;
        private bool first = true;

        public NarrativeTextBuilder Text { get; } = new(number, title, 0, page);

        public void Add(string text, int page, double lineLeft, double fontSize)
        {
            margin = Math.Min(margin, lineLeft);
            var indented = lineLeft > margin + fontSize;
            var ended = Text.Length > 0 && Text.Last is '。' or '：' or '；' or ':';
            if (!first && (indented || ended))
            {
                Text.EndParagraph();
            }

            Text.Append(text, page);
            first = false;
        }
    }
}
