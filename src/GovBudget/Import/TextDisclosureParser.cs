using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Documents;
using NodaTime;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Import;

/// <summary>One pass over the lines of a text disclosure. Not thread-safe; one instance per read.</summary>
internal sealed partial class TextDisclosureParser
{
    private readonly string[] lines;
    private readonly int[]? pages; // the page of each line when the text marks pages with form feeds, else null
    private readonly string source;
    private readonly List<ImportNotice> notices = [];
    private readonly List<BudgetTable> tables = [];
    private readonly List<NarrativeSection> sections = [];
    private readonly List<ContentsEntry> contents = [];
    private Department? department;
    private DisclosureKind? kind;
    private NarrativeTextBuilder? section;
    private int index;

    public TextDisclosureParser(string text, string source)
    {
        this.source = source;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        if (text.Contains('\f', StringComparison.Ordinal))
        {
            // pdftotext ends each page with a form feed: the line after it is on the next page.
            pages = new int[lines.Length];
            var page = 1;
            for (var i = 0; i < lines.Length; i++)
            {
                var leading = lines[i].Length - lines[i].TrimStart('\f').Length;
                page += leading;
                pages[i] = page;
                page += lines[i].Count(c => c == '\f') - leading;
                lines[i] = lines[i].Replace("\f", string.Empty, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The page of the 1-based <paramref name="line"/>, or 0 when the text marks no pages.</summary>
    private int PageOf(int line) => pages is null || line < 1 ? 0 : pages[Math.Min(line, pages.Length) - 1];

    private ImportNotice Notice(int line, string message) => new(source, line, message, PageOf(line));

    private bool InNarrative => section is not null;

    public ImportResult Parse()
    {
        if (lines.All(string.IsNullOrWhiteSpace))
        {
            throw Error(0, null, T("Text.Empty"));
        }

        CheckControlCharacters();
        var inContents = false;
        for (index = 0; index < lines.Length;)
        {
            var raw = lines[index];
            var line = raw.Trim();
            if (line.Length == 0)
            {
                index++;
                continue;
            }

            var heading = IsHeading(line);
            var text = heading ? HeadingText(line) : line;
            if (heading && DisclosureNames.Reading.IsContentsHeading(text) && !InNarrative)
            {
                inContents = true;
                index++;
                continue;
            }

            if (raw.Contains('\t', StringComparison.Ordinal) && ContentsEntry().Match(raw) is { Success: true } entry)
            {
                // A contents line (title, leader dots, page): kept; the titles recur below.
                var title = NameNormalizer.StripMarkup(entry.Groups[1].Value.Trim());
                contents.Add(new(title, PageOf(index + 1), index + 1, int.Parse(entry.Groups[2].Value, CultureInfo.InvariantCulture)));
                index++;
                continue;
            }

            var tableKind = LooksLikeTableTitle(text, heading) ? DisclosureNames.Reading.KindOfTitle(text) : null;
            if (tableKind is not null)
            {
                inContents = false;
                index++;
                ParseTable(tableKind, text, index);
                continue;
            }

            if (inContents && heading)
            {
                index++; // a group heading of the contents list (部门预算公开表, 部门预算信息公开情况说明)
                continue;
            }

            if (heading && !InNarrative && tables.Count == 0 && DocumentTitle().IsMatch(text))
            {
                SetKindAndYear(text); // the document's own title (…2024 年度部门决算)
                index++;
                continue;
            }

            if (heading && DisclosureNames.Reading.IsNarrativeHeading(text) && !InNarrative)
            {
                StartNarrative(text);
                index++;
                continue;
            }

            if (heading && !InNarrative && text.EndsWith('表') && !SectionTitle().IsMatch(text))
            {
                index++; // a table title of no known kind: keep the table as unrecognised
                ParseTable(TableKind.Unrecognised, text, index);
                continue;
            }

            if (raw.Contains('\t', StringComparison.Ordinal))
            {
                ParseUntitledTable();
                continue;
            }

            if (InNarrative)
            {
                NarrativeLine(text, heading);
                index++;
                continue;
            }

            if (DepartmentLine().Match(text) is { Success: true } d)
            {
                SetDepartment(d, index + 1);
                index++;
                continue;
            }

            notices.Add(Notice(index + 1, T("Notice.LineNotPlaced", Shorten(line))));
            index++;
        }

        FinishSection();
        return new ImportResult(BuildDocument(), [.. notices]);
    }

    private Disclosure BuildDocument()
    {
        if (tables.Count == 0 && sections.Count == 0)
        {
            throw Error(0, null, T("Text.NotDisclosure"));
        }

        var y = DocumentYear();
        if (department is null)
        {
            throw Error(0, null, T("Text.NoDepartment"));
        }

        return new Disclosure(department, new FiscalYear(y), kind ?? DisclosureKind.Budget, ReadingSigns.MarkSplit(tables), sections, source)
        {
            Contents = [.. contents], Names = DisclosureNames.Reading,
        };
    }

    private void CheckControlCharacters()
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var bad = lines[i].Count(c => char.IsControl(c) && c != '\t');
            if (bad > 0 || lines[i].Contains('\uFFFD', StringComparison.Ordinal))
            {
                throw Error(i + 1, null, T("Text.ControlCharacters"));
            }
        }
    }

    // ---- tables ----------------------------------------------------------------------------------------------

    private void ParseTable(TableKind tableKind, string title, int titleLine)
    {
        var meta = new TableMeta();
        ReadMeta(meta);
        var notes = new List<string>();

        // Performance tables print their 绩效目标 statement above the header row.
        while (index < lines.Length && tableKind == TableKind.PerformanceTargets && IsTsv(lines[index])
            && !NameNormalizer.Label(Cells(lines[index])[0]).StartsWith("一级指标", StringComparison.Ordinal))
        {
            var cells = Cells(lines[index]).Where(c => c.Length > 0).ToArray();
            notes.Add(string.Join("：", cells.Take(1)) + (cells.Length > 1 ? "：" + string.Join(" ", cells.Skip(1)) : string.Empty));
            index++;
        }

        if (index >= lines.Length)
        {
            throw Error(titleLine, null, T("Text.EndsBeforeHeader", title));
        }

        if (!IsTsv(lines[index]))
        {
            var next = lines[index].Trim();
            throw Error(index + 1, null,
                T("Text.NoHeader", title, titleLine, Shorten(next)));
        }

        var (header, numbers) = ReadHeader(tableKind, title);
        var layout = TableLayout.Build(tableKind, header, numbers, m => notices.Add(Notice(titleLine, T("Notice.InTable", title, m))));
        var firstHeader = Key(header[0]);
        var rows = new List<RowBuilder>();
        while (index < lines.Length)
        {
            var raw = lines[index];
            var line = raw.Trim();
            if (line.Length == 0)
            {
                index++;
                continue;
            }

            if (IsTsv(raw))
            {
                var cells = Cells(raw);
                if (Key(cells) == firstHeader)
                {
                    ReadHeader(tableKind, title); // the header repeated on a continuation page
                    continue;
                }

                if (ContentsEntry().IsMatch(raw))
                {
                    break;
                }

                ReadRow(tableKind, title, layout, raw, rows);
                index++;
                continue;
            }

            var text = IsHeading(line) ? HeadingText(line) : line;
            if (IsMetaLine(text))
            {
                ReadMeta(meta); // the page header repeated on a continuation page (or a stray heading)
                continue;
            }

            if (text.StartsWith("注", StringComparison.Ordinal) && text.Length > 1 && text[1] is '：' or ':')
            {
                notes.Add(NameNormalizer.StripMarkup(text));
                index++;
                continue;
            }

            break;
        }

        var unit = meta.Unit ?? UnitFromHeader(header);
        if (unit is null && layout.Columns.Any(c => c.Type == ColumnType.Amount) && tableKind != TableKind.PerformanceTargets
            && tableKind != TableKind.Organisation)
        {
            notices.Add(Notice(titleLine, T("Notice.NoUnit", title)));
        }

        if (tableKind == TableKind.Unrecognised)
        {
            notices.Add(Notice(titleLine, T("Notice.Unrecognised", title, rows.Count)));
        }

        if (tableKind == TableKind.PerformanceTargets)
        {
            FillDown(rows);
        }

        var (printedYear, printedDepartment) = DisclosureNames.Reading.PrintedParts(title);
        tables.Add(ReadingSigns.Mark(
            new BudgetTable(tableKind, title, unit, layout.Columns, rows.Select(r => r.Build(PageOf)), notes, meta.AsOf, titleLine, PageOf(titleLine))
            {
                PrintedYear = printedYear, PrintedDepartment = printedDepartment,
            }));
    }

    private (List<string[]> Header, string[]? Numbers) ReadHeader(TableKind tableKind, string title)
    {
        var header = new List<string[]>();
        string[]? numbers = null;
        var fixedHeight = tableKind == TableKind.GovernmentProcurement ? 2 : tableKind == TableKind.StateAssets
            || tableKind == TableKind.PerformanceTargets || tableKind == TableKind.Organisation
            || tableKind == TableKind.Unrecognised ? 1 : 0;
        var start = index;
        while (index < lines.Length)
        {
            var raw = lines[index];
            if (raw.Trim().Length == 0)
            {
                index++;
                continue;
            }

            if (!IsTsv(raw))
            {
                break;
            }

            var cells = Cells(raw);
            var first = NameNormalizer.Label(cells[0]);
            if (first is "栏次" or "档次" or "行次")
            {
                numbers = cells;
                index++;
                return (header, numbers);
            }

            if (header.Count > 0 && (IntegerCell(cells[0]) || (fixedHeight > 0 && header.Count >= fixedHeight)))
            {
                return (header, numbers); // data starts: this table prints no 栏次 row
            }

            header.Add(cells);
            index++;
            if (header.Count > 6)
            {
                throw Error(start + 1, null, T("Text.NoColumnNumbers", title));
            }
        }

        if (index >= lines.Length && (header.Count == 0 || fixedHeight == 0))
        {
            throw Error(start + 1, null, T("Text.EndsInHeader", title));
        }

        return (header, numbers);
    }

    private void ReadRow(TableKind tableKind, string title, TableLayout layout, string raw, List<RowBuilder> rows)
    {
        var line = index + 1;
        var cells = raw.Split('\t');
        if (cells.Length < layout.Width)
        {
            var problem = T("Text.Cells", title, layout.Width, cells.Length);
            if (lines.Skip(index + 1).All(string.IsNullOrWhiteSpace))
            {
                throw Error(line, null, T("Text.EndsInRow", title, cells.Length, layout.Width));
            }

            throw Error(line, null, problem);
        }

        for (var c = layout.Width; c < cells.Length; c++)
        {
            if (Clean(cells[c]).Length > 0)
            {
                throw Error(line, ColumnOf(cells, c), T("Text.BeyondHeader", title, layout.Width, Clean(cells[c])));
            }
        }

        int? number = null;
        var np = layout.NumberPosition;
        if (np >= 0 && Clean(cells[np]) is { Length: > 0 } ns)
        {
            if (!int.TryParse(ns, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                throw Error(line, ColumnOf(cells, np), T("Text.RowNumber", title, ns));
            }

            number = n;
        }

        ClassificationCode? code = null;
        var cp = layout.CodePosition;
        if (cp >= 0 && Clean(cells[cp]) is { Length: > 0 } cs)
        {
            if (!ClassificationCode.TryParse(cs, out var parsed, out var error))
            {
                throw Error(line, ColumnOf(cells, cp), T("Text.Code", title, cs, error));
            }

            code = parsed;
        }

        foreach (var side in layout.Sides)
        {
            var lp = layout.LabelPosition(side);
            var label = lp >= 0 ? Clean(cells[lp]) : string.Empty;
            var values = new Cell[layout.Columns.Length];
            var signs = new List<ReadingSign>();
            var any = false;
            for (var p = 0; p < layout.Width; p++)
            {
                var pos = layout.Positions[p];
                if (pos.Role != TableLayout.PositionRole.Value || pos.Side != side)
                {
                    continue;
                }

                var column = layout.Columns[pos.Column];
                values[pos.Column] = ReadCell(title, column, cells, p, line);
                any |= !values[pos.Column].IsBlank;
                if (values[pos.Column].Number is not null && ReadingSigns.OfAmount(Clean(cells[p]), pos.Column, PageOf(line)) is { } sign)
                {
                    signs.Add(sign);
                }
            }

            var rowCode = side == TableSide.Expenditure || side == TableSide.None ? code : null;
            if (label.Length == 0 && !any && rowCode is null && (side != TableSide.None || number is null))
            {
                continue; // this side of the line is empty
            }

            var previous = rows.LastOrDefault(r => r.Side == side);
            if (np >= 0 && number is null && rowCode is null && !any && label.Length > 0 && previous is not null)
            {
                previous.Label += label; // a row name continued on the next page
                continue;
            }

            var row = new RowBuilder(number, rowCode, label, side, values, line);
            row.Signs.AddRange(signs);
            rows.Add(row);
        }
    }

    private Cell ReadCell(string title, TableColumn column, string[] cells, int p, int line)
    {
        var text = Clean(cells[p]);
        if (text.Length == 0 || text is "—" or "——" or "-" or "--" or "/")
        {
            return Cell.Blank;
        }

        if (column.Type == ColumnType.Text)
        {
            return Cell.FromText(text);
        }

        if (!Amount.TryParse(text, out var amount, out var error))
        {
            throw Error(line, ColumnOf(cells, p), $"table '{title}', column {column}: {error}");
        }

        return Cell.FromNumber(amount);
    }

    private void ParseUntitledTable()
    {
        // A tab-separated block under no title of a known table: keep it, titled by the line above it if any.
        var title = "未命名表格";
        for (var k = index - 1; k >= 0; k--)
        {
            var above = lines[k].Trim();
            if (above.Length > 0 && !IsMetaLine(IsHeading(above) ? HeadingText(above) : above))
            {
                title = IsHeading(above) ? HeadingText(above) : NameNormalizer.StripMarkup(above);
                break;
            }
        }

        ParseTable(TableKind.Unrecognised, title, index + 1);
    }

    private static void FillDown(List<RowBuilder> rows)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].Label.Length == 0)
            {
                rows[i].Label = rows[i - 1].Label;
            }
        }
    }

    private void ReadMeta(TableMeta meta)
    {
        while (index < lines.Length)
        {
            var line = lines[index].Trim();
            if (line.Length == 0)
            {
                index++;
                continue;
            }

            if (IsTsv(lines[index]))
            {
                return;
            }

            var text = IsHeading(line) ? HeadingText(line) : line;
            if (DepartmentLine().Match(text) is { Success: true } d)
            {
                SetDepartment(d, index + 1);
            }
            else if (YearLine().Match(text) is { Success: true } y)
            {
                ReadYearLine(y);
            }
            else if (UnitLine().Match(text) is { Success: true } u)
            {
                MoneyUnits.TryParse(u.Groups[1].Value, out var unit);
                if (meta.Unit is { } previous && previous != unit)
                {
                    notices.Add(Notice(index + 1, T("Notice.UnitDiffers", unit.Symbol(), previous.Symbol())));
                }

                meta.Unit ??= unit;
            }
            else if (AsOfLine().Match(text) is { Success: true } a)
            {
                meta.AsOf = new LocalDate(
                    int.Parse(a.Groups[1].Value, CultureInfo.InvariantCulture),
                    int.Parse(a.Groups[2].Value, CultureInfo.InvariantCulture),
                    int.Parse(a.Groups[3].Value, CultureInfo.InvariantCulture));
            }
            else
            {
                return;
            }

            index++;
        }
    }

    private bool IsMetaLine(string text) =>
        DepartmentLine().IsMatch(text) || YearLine().IsMatch(text) || UnitLine().IsMatch(text) || AsOfLine().IsMatch(text);

    private void SetDepartment(Match d, int line)
    {
        var found = new Department(d.Groups[1].Success ? d.Groups[1].Value : null, d.Groups[2].Value.Trim());
        if (department is null)
        {
            department = found;
        }
        else if (department != found)
        {
            notices.Add(Notice(line, T("Notice.DepartmentDiffers", found, department)));
        }
    }

    private static MoneyUnit? UnitFromHeader(List<string[]> header)
    {
        foreach (var cell in header.SelectMany(r => r))
        {
            var m = HeaderUnit().Match(NameNormalizer.Basic(cell));
            if (m.Success && MoneyUnits.TryParse(m.Groups[1].Value, out var unit))
            {
                return unit;
            }
        }

        return null;
    }

    // ---- narrative -------------------------------------------------------------------------------------------

    private void StartNarrative(string title)
    {
        FinishSection();
        SetKindAndYear(title);
        section = new NarrativeTextBuilder(null, NameNormalizer.StripMarkup(title), index + 1, PageOf(index + 1));
    }

    private void NarrativeLine(string text, bool heading)
    {
        var clean = NameNormalizer.StripMarkup(text.TrimStart('-', ' '));
        var m = SectionTitle().Match(clean);
        if (m.Success && (heading || (clean.Length <= 40 && !clean.Contains('。', StringComparison.Ordinal))))
        {
            FinishSection();
            section = new NarrativeTextBuilder(m.Groups[1].Value, m.Groups[2].Value.Trim(), index + 1, PageOf(index + 1));
            return;
        }

        section!.Append(clean, PageOf(index + 1));
        section.EndParagraph();
    }

    private void FinishSection()
    {
        if (section is not null)
        {
            sections.Add(section.Build());
            section = null;
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static bool IsHeading(string line) => line.StartsWith('#');

    private static string HeadingText(string line) => NameNormalizer.StripMarkup(line.TrimStart('#').Trim());

    private static bool IsTsv(string raw) => raw.Contains('\t', StringComparison.Ordinal);

    private static bool LooksLikeTableTitle(string text, bool heading) =>
        (heading || text.Length <= 40) && !SectionTitle().IsMatch(text) && !text.Contains('。', StringComparison.Ordinal)
        && (text.EndsWith('表') || text.EndsWith("预算", StringComparison.Ordinal) || text.EndsWith("情况", StringComparison.Ordinal))
        && DisclosureNames.Reading.KindOfTitle(text) is not null;

    private static string[] Cells(string raw) => raw.Split('\t').Select(Clean).ToArray();

    private static string Clean(string cell) => NameNormalizer.StripMarkup(cell).Trim();

    private static string Key(string[] cells) => string.Join('|', cells.Select(NameNormalizer.Label)).TrimEnd('|');

    private static bool IntegerCell(string cell) => cell.Length > 0 && cell.All(char.IsAsciiDigit);

    private static int ColumnOf(string[] cells, int position)
    {
        var column = 1;
        for (var c = 0; c < position; c++)
        {
            column += cells[c].Length + 1;
        }

        return column;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private DisclosureFormatException Error(int line, int? column, string problem) => new(source, line, column, problem);

    [GeneratedRegex(@"^\s*(\S.*?)\.{3,}\s*\t\s*(\d{1,6})\s*$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex ContentsEntry();

    // "302 石家庄市数据资源管理局", or a labelled name without a code ("编制部门：中共上海市普陀区委社会工作部").
    [GeneratedRegex(@"^(?:(\d{2,12})\s+|(?:编制部门|公开部门|部门名称|预算部门|部门)[：:]\s*)(\S.{1,60})$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex DepartmentLine();

    [GeneratedRegex(@"^(?:金额)?单位\s*[：:]\s*(元|万元|亿元)$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"^截止(?:时间|日期)\s*[：:]\s*(\d{4})-(\d{1,2})-(\d{1,2})$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex AsOfLine();

    [GeneratedRegex(@"单位[：:](元|万元|亿元)", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex HeaderUnit();

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})、\s*(.+)$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex SectionTitle();

    private sealed class TableMeta
    {
        public MoneyUnit? Unit { get; set; }

        public LocalDate? AsOf { get; set; }
    }

    private sealed class RowBuilder(int? number, ClassificationCode? code, string label, TableSide side, Cell[] cells, int line)
    {
        public string Label { get; set; } = label;

        public TableSide Side { get; } = side;

        /// <summary>The signs of an uncertain reading on the row's cells (an amount printed 05).</summary>
        public List<ReadingSign> Signs { get; } = [];

        public TableRow Build(Func<int, int> pageOf) =>
            new(number, code, Label, Side, ImmutableArray.Create(cells), line, pageOf(line)) { Signs = [.. Signs] };
    }
}
