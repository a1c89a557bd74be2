using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Documents;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Import.Pdf;

/// <summary>
/// Collects one table from the lines of one or more pages: the header gives the columns, each later line is a row, a
/// wrapped name or a note. Not thread-safe; one instance per table.
/// </summary>
internal sealed partial class PdfTableBuilder
{
    private readonly string source;
    private readonly List<ImportNotice> notices;
    private readonly List<Block> blocks = [new()];
    private readonly List<string> notes = [];
    private int notesPage;
    private ImmutableArray<TableColumn> columns;
    private int textCount; // the text columns come first in columns, then the value columns
    private PdfTableLayout? layout;
    private Block state;

    // Names printed left of this x in a table with one name column are spanning names (see ScanBody).
    private double spanLimit = double.NegativeInfinity;
    private readonly List<SpanningName> spanning = [];

    // Signs about the line being read as a whole (two amounts under one column): every row it gives carries them.
    private readonly List<ReadingSign> lineSigns = [];

    public PdfTableBuilder(TableKind kind, string title, int page, string source, List<ImportNotice> notices)
    {
        Kind = kind;
        Title = title;
        Page = page;
        this.source = source;
        this.notices = notices;
        state = blocks[0];
    }

    /// <summary>The table's kind.</summary>
    public TableKind Kind { get; }

    /// <summary>The title as printed.</summary>
    public string Title { get; }

    /// <summary>The page the title is on.</summary>
    public int Page { get; }

    /// <summary>The unit printed above the table, or null.</summary>
    public MoneyUnit? Unit { get; set; }

    /// <summary>The department the table's 编制部门 line prints, between its title and its header.</summary>
    public string? PreparedBy { get; set; }

    /// <summary>Whether the table has read its header.</summary>
    public bool HasHeader => layout is not null;

    /// <summary>Whether a note (注：…) ended the table: a later page cannot continue it.</summary>
    public bool Closed { get; private set; }

    /// <summary>Whether <paramref name="header"/> is this table's header printed again on a continuation page.</summary>
    public bool IsRepeatedHeader(IReadOnlyList<PdfTextLine> header) =>
        layout is not null && header.Count > 0 && layout.Key == string.Concat(header.Where(l => !IsLaneLine(l)).Select(l => l.Compact));

    /// <summary>
    /// Whether a line with no amount can be one of the table's rows on a continuation page (十六、金融支出 with blank
    /// cells): none of its text is under a value column's header, as a repeated header's would be, unless it is a known
    /// row name that is none of the header's own column names (结转下年资金 centred across a two-sided table's merged
    /// 功能分类 cells, over the list's 金额 column).
    /// </summary>
    public bool IsRowText(PdfTextLine line) =>
        layout is not null && !layout.Values.IsEmpty && line.Cells.All(c => !layout.UnderValue(c) || IsRowNameNotColumn(c));

    private bool IsRowNameNotColumn(PdfCell cell) =>
        IsRowName(cell.Text) && NameNormalizer.Label(cell.Text) is var name
        && !layout!.Values.Any(v => NameNormalizer.Label(v.Name) is var column
            && (column.Contains(name, StringComparison.Ordinal) || name.Contains(column, StringComparison.Ordinal)));

    // Whether a text is a row name the names data knows (结转下年资金, 上年结转资金): a row of its own.
    private static bool IsRowName(string text) => DisclosureNames.Reading.CanonicalRow(NameNormalizer.Label(text)) is not null;

    /// <summary>Sets the header of the table, or of the table's part on a continuation page.</summary>
    public void SetHeader(IReadOnlyList<PdfTextLine> header)
    {
        // The 栏次 line (栏次 1 2 3 …) numbers the columns: it is not a line of names.
        var lanes = header.Where(IsLaneLine).ToList();
        var pageLayout = PdfTableLayout.Build(Kind, [.. header.Except(lanes)]);
        if (layout is null)
        {
            var numbers = LaneNumbers(lanes, pageLayout);
            textCount = pageLayout.Texts.Length;
            columns = [.. pageLayout.Texts.Select(t => new TableColumn(
                    DisclosureNames.Reading.CanonicalColumn(t.Name), t.Name, null, t.Group, TableSide.None, ColumnType.Text)),
                .. pageLayout.Values.Select((v, i) => new TableColumn(
                    ValueColumnName(pageLayout, v, i), v.Name, numbers[i], Kind.IsTwoSided ? null : v.Group, pageLayout.SideOf(Kind, i),
                    ColumnType.Amount))];
            if (pageLayout.BlockCount > 1 && !Kind.IsTwoSided)
            {
                notices.Add(ImportNotice.OnPage(source, header[0].Page, T("Notice.Blocks", Title, pageLayout.BlockCount)));
            }
        }
        else if (pageLayout.Values.Length != columns.Length - textCount || pageLayout.Texts.Length != textCount)
        {
            notices.Add(ImportNotice.OnPage(source, header[0].Page,
                T("Notice.HeaderColumns", Title, header[0].Page, pageLayout.Values.Length, columns.Length - textCount)));
        }

        layout = pageLayout;
        while (blocks.Count < pageLayout.BlockCount)
        {
            blocks.Add(new Block());
        }

        foreach (var block in blocks)
        {
            block.Previous = null;
        }
    }

    // The canonical name of a value column. On a two-sided table whose 支出 side prints a second list beside the first
    // (支出用途 beside 功能分类), that list's 金额 is named by its caption (支出用途), so that the side's 预算数 stays the
    // first list's: the one whose items add up to the side's totals.
    private string ValueColumnName(PdfTableLayout pageLayout, PdfColumnSlot slot, int index)
    {
        var canonical = DisclosureNames.Reading.CanonicalColumn(slot.Name);
        var block = pageLayout.BlockOfColumn(index);
        if (!Kind.IsTwoSided || block == 0)
        {
            return canonical;
        }

        return slot.Group is { } caption && caption != canonical ? DisclosureNames.Reading.CanonicalColumn(caption) : $"{canonical}{block + 1}";
    }

    /// <summary>
    /// Whether the line is a 栏次 line under a header: 栏次 (or 栏号, 行次) followed by consecutive numbers (栏次 1 2 3 …), or
    /// at least three consecutive numbers from 1 and nothing else; 甲 乙 丙 may stand for the label columns.
    /// </summary>
    public static bool IsLaneLine(PdfTextLine line)
    {
        var words = line.Cells.SelectMany(c => c.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var lead = words.TakeWhile(w => !w.Any(char.IsAsciiDigit) && w is not ("甲" or "乙" or "丙" or "丁")).ToList();
        var labelled = DisclosureNames.Reading.HeaderWords.IsColumnNumber(string.Concat(lead)); // letter-spaced: 栏   次
        if (lead.Count > 0 && !labelled)
        {
            return false;
        }

        var numbers = words.Skip(lead.Count).Where(w => w is not ("甲" or "乙" or "丙" or "丁")).ToList();
        if (numbers.Count < (labelled ? 2 : 3) || !numbers.All(w => Serial().IsMatch(w)))
        {
            return false;
        }

        var values = numbers.Select(w => int.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return (labelled || values[0] == 1) && values.Zip(values.Skip(1)).All(p => p.Second == p.First + 1);
    }

    // The 栏次 of each value column: the number printed nearest under its header (numbers nearer a label or code
    // column's header number those columns).
    private static int?[] LaneNumbers(List<PdfTextLine> lanes, PdfTableLayout layout)
    {
        var numbers = new int?[layout.Values.Length];
        foreach (var cell in lanes.SelectMany(l => l.Cells).Where(c => Serial().IsMatch(c.Text.Trim())))
        {
            if (layout.ValueUnder(cell) is var v and >= 0)
            {
                numbers[v] ??= int.Parse(cell.Text.Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return numbers;
    }

    /// <summary>Whether a line ends the header: it prints an amount or a code, or it is the 合计 line of an empty table.</summary>
    public static bool StartsBody(PdfTextLine line)
    {
        var tokens = Tokens(line);
        return (tokens.Any(t => t.IsAmount) && !IsLaneLine(line))
            || line.Compact is "合计" or "总计" or "收入总计" or "支出总计" || IsNote(line);
    }

    /// <summary>Whether a name starts a row of its own by its number (一、, 十九、, （一）).</summary>
    public static bool StartsNumberedRow(string name) => Ordinal().IsMatch(name);

    /// <summary>Whether the line is a note under a table (注：…, 说明：…, 备注：…).</summary>
    public static bool IsNote(PdfTextLine line) => NoteStart().IsMatch(line.Compact);

    /// <summary>
    /// Whether <paramref name="line"/> is in the notes printed under the table: on the page of its first note, after it.
    /// The caller stops at a heading.
    /// </summary>
    public bool ContinuesNotes(PdfTextLine line) => Closed && line.Page == notesPage;

    /// <summary>
    /// Adds a line of the notes: a new note when it starts one (注：, 2.) or when the note before it is finished (。：；),
    /// else the rest of the note before it, wrapped onto this line.
    /// </summary>
    public void AddNoteLine(PdfTextLine line)
    {
        var text = line.Text.Trim();
        if (notes.Count > 0 && !NoteStart().IsMatch(line.Compact) && !NoteItem().IsMatch(line.Compact)
            && notes[^1].TrimEnd()[^1] is not ('。' or '：' or ':' or '；' or ';'))
        {
            notes[^1] += text;
            return;
        }

        notes.Add(text);
    }

    // Reads one line of the table's body (AddLine notes the signs it gave). Returns false when the line is not part of the table.
    private bool ReadLine(PdfTextLine line, PdfTextLine? next)
    {
        if (IsNote(line))
        {
            notes.Add(line.Text);
            notesPage = line.Page;
            Closed = true;
            return true;
        }

        if (layout is null || Closed)
        {
            return false;
        }

        if (layout.BlockCount == 1)
        {
            state = blocks[0];
            var spans = line.Cells.Where(IsSpanningName).ToList();
            if (spans.Count == 0)
            {
                return AddRow(line, next);
            }

            spanning.AddRange(spans.Select(c => new SpanningName(c.Compact, line.Baseline, line.FontSize, line.Page)));
            return spans.Count == line.Cells.Length || AddRow(line with { Cells = [.. line.Cells.Except(spans)] }, next);
        }

        // A side-by-side layout: each block's part of the line is a row of its own, with its own wrapped names. A line
        // whose name is in one block and whose amounts are in another (当年支出小计 … 37,188.34) is one row across them.
        if (IsAcrossBlocks(line) && !IsBetweenLabelLines(line, next))
        {
            state = blocks[0];
            return AddRow(line, next, acrossBlocks: true);
        }

        for (var b = 0; b < layout.BlockCount; b++)
        {
            var part = PartOf(line, b);
            if (part is null)
            {
                continue;
            }

            state = blocks[b];
            AddRow(part, next is null ? null : PartOf(next, b));
        }

        return true;
    }

    /// <summary>
    /// Learns from the lines of a page's body whether a table with one name column prints a second band of names left
    /// of its rows' names (the Jiangsu 收入预算总表: 一般公共预算资金 | 公共财政拨款（补助）资金): at least two lines print
    /// two names of two or more letters each, and the left names all end before any right name starts. Names in that
    /// band are each printed once, centred vertically on the rows of their group (merged cells), not rows.
    /// </summary>
    public void ScanBody(IReadOnlyList<PdfTextLine> lines)
    {
        LearnWrapReach(lines);
        PlanAlternatives(lines);
        if (layout is null || textCount > 0 || layout.BlockCount > 1 || Kind.IsTwoSided)
        {
            return;
        }

        var pairs = new List<(double LeftEnd, double RightStart)>();
        foreach (var line in lines)
        {
            var tokens = Tokens(line);
            if (tokens.Any(t => t.IsCodePart))
            {
                return; // a table of classification codes names each row in one column
            }

            var names = tokens.Where(t => !t.IsAmount).ToList();
            if (names.Count == 2 && names.All(n => n.Text.Count(ch => ch != ' ') >= 2) && !IsTotalName(names[0].Text))
            {
                pairs.Add((names[0].Right, names[1].Left));
            }
        }

        if (pairs.Count >= 2 && pairs.Max(p => p.LeftEnd) < pairs.Min(p => p.RightStart))
        {
            spanLimit = Math.Max(spanLimit, pairs.Min(p => p.RightStart));
        }
    }

    // A name (no amount, no code) printed in the band of spanning names.
    private bool IsSpanningName(PdfCell cell) =>
        cell.Right < spanLimit && !IsTotalName(cell.Text)
        && Tokens(new PdfTextLine(0, 0, 10, [cell])).All(t => !t.IsAmount && !t.IsCodePart);

    private static bool IsTotalName(string name) =>
        NameNormalizer.Label(name) is var n && (n.EndsWith("合计", StringComparison.Ordinal) || n.EndsWith("总计", StringComparison.Ordinal));

    private bool AddRow(PdfTextLine line, PdfTextLine? next, bool acrossBlocks = false)
    {
        var lastRead = state.LastRead;
        state.LastRead = line;
        var tokens = Tokens(line);
        if (Kind.IsTwoSided)
        {
            state.Labels.AddRange(tokens.Where(t => !t.IsAmount && !t.IsCodePart).Select(t => (t.Left, t.Right)));
        }

        int? number = null;
        if (tokens.Count > 1 && Serial().IsMatch(tokens[0].Text) && (tokens[0].Left + tokens[0].Right) / 2 < layout!.SerialLimit)
        {
            number = int.Parse(tokens[0].Text, System.Globalization.CultureInfo.InvariantCulture); // 序号, before the code
            tokens.RemoveAt(0);
        }

        var codeParts = new List<string>();
        var i = 0;
        var planned = codeReadings.TryGetValue(line, out var reading); // another reading's code (PdfTableBuilder.Alternatives)
        if (planned)
        {
            codeParts.AddRange(tokens.Take(reading!.Tokens).Select(t => t.Text));
            i = reading.Tokens;
        }

        // Leading digit groups before a name are the code, printed whole (2080506) or split by level (208 05 06).
        // A whole code (3, 5 or 7 digits) may also start a line whose name is printed on the lines around it.
        while (!planned && i < tokens.Count && tokens[i].IsCodePart
            && (tokens.Skip(i).Any(t => !t.IsAmount) || (i == 0 && tokens[0].Text.Length is 3 or 5 or 7 && tokens.Count > 1)))
        {
            codeParts.Add(tokens[i].Text);
            i++;
        }

        var amounts = tokens.Skip(i).Where(t => t.IsAmount).ToList();

        var texts = tokens.Skip(i).Where(t => !t.IsAmount).ToList();
        if (amounts.Count == 0 && codeParts.Count == 0)
        {
            return AddTextOnly(line, next, texts, number, lastRead);
        }

        var code = reading?.Code; // a misprinted code is read as none: its notice names it
        if (!planned && codeParts.Count > 0)
        {
            var joined = string.Concat(codeParts);
            if (ClassificationCode.TryParse(joined, out var parsed, out var error))
            {
                code = parsed;
            }
            else
            {
                notices.Add(ImportNotice.OnPage(source, line.Page, T("Notice.NotACode", Title, joined, error)));
                texts.InsertRange(0, codeParts.Select(p => new Token(p, 0, 0, false, false)));
            }
        }

        var values = new Cell[columns.Length];
        var signs = new List<ReadingSign>();
        foreach (var a in amounts)
        {
            var nearest = layout!.NearestValue(new PdfCell(a.Text, a.Left, a.Right));
            var column = (acrossBlocks ? layout.FirstBlockColumn(nearest) : nearest) + textCount;
            if (column < textCount || column >= columns.Length)
            {
                notices.Add(ImportNotice.OnPage(source, line.Page, T("Notice.UnderNoColumn", Title, a.Text)));
                continue;
            }

            if (!values[column].IsBlank)
            {
                notices.Add(ImportNotice.OnPage(source, line.Page, T("Notice.TwoAmounts", Title, columns[column].Name, values[column], a.Text)));
                lineSigns.Add(new ReadingSign(ReadingSignKind.TwoAmountsInColumn,
                    T("Sign.TwoAmounts", columns[column].PrintedName, values[column], a.Text), line.Page));
                continue;
            }

            Amount.TryParse(a.Text, out var amount);
            values[column] = Cell.FromNumber(amount);
            signs.AddRange(AmountSigns(a, column, line.Page));
        }

        if (code is null && number is null && amounts.Count > 0 && FiguresOnNameTail(line, texts, values, signs))
        {
            return true;
        }

        if (SecondCode(tokens, i) is { } second)
        {
            signs.Add(new ReadingSign(ReadingSignKind.GluedNames,
                T("Sign.SecondCode", second), line.Page));
        }

        if (codeParts.Count == 0 && LabelsAround(state, line, next) is { } around)
        {
            FillLabelsAround(around, values, signs, line, texts);
            return true;
        }

        if (Kind.IsTwoSided)
        {
            var boundary = layout!.SideBoundary;
            var income = TakePending(TableSide.Income) + Label(texts.Where(t => t.Left < boundary));
            var expenditure = TakePending(TableSide.Expenditure) + Label(texts.Where(t => t.Left >= boundary));
            AddSide(TableSide.Income, null, income, values, line, signs);
            AddSide(TableSide.Expenditure, code, expenditure, values, line, signs);
        }
        else if (textCount > 0)
        {
            var byColumn = TextsByColumn(texts);
            foreach (var (c, pending) in state.PendingTexts)
            {
                byColumn[c] = pending + byColumn[c];
            }

            state.PendingTexts.Clear();
            state.LinesAbove.Clear();
            foreach (var (c, count) in state.PendingLines)
            {
                state.LinesAbove[c] = count;
            }

            state.PendingLines.Clear();
            state.LinesBelow.Clear();
            state.LastRowNamed = byColumn.Any(t => t.Length > 0);
            state.Rows.Add(new Row(code, string.Empty, TableSide.None, values, line.Page) { Texts = byColumn, Number = number, Signs = [.. signs] });
        }
        else
        {
            var label = (state.PendingLabel ?? string.Empty) + Label(texts);
            state.Rows.Add(new Row(code, label, TableSide.None, values, line.Page)
            {
                Number = number, Y = state.PendingLabel is null ? line.Baseline : state.PendingY, Signs = [.. signs],
                MisprintedCode = planned && reading!.Code is null ? string.Join(" ", codeParts) : null,
            });
        }

        state.PendingLabel = null;
        state.Previous = line;
        return true;
    }

    // The words of a line's names, each under the text column nearest to it ("机关后勤保障经费 劳务费" printed as one
    // cell is 专项名称 and 经济科目), joined per column without spaces.
    private string[] TextsByColumn(IEnumerable<Token> texts)
    {
        var byColumn = new string[textCount];
        Array.Fill(byColumn, string.Empty);
        foreach (var t in texts)
        {
            var perChar = (t.Right - t.Left) / Math.Max(1, t.Text.Length);
            var x = t.Left;
            foreach (var word in t.Text.Split(' '))
            {
                if (word.Length > 0)
                {
                    // A continuation page whose header has other text columns (a notice says so) fills the first ones.
                    var c = Math.Min(layout!.NearestText(x + (word.Length * perChar / 2)), textCount - 1);
                    byColumn[c] += word;
                }

                x += (word.Length + 1) * perChar;
            }
        }

        return byColumn;
    }

    /// <summary>Builds the table.</summary>
    public BudgetTable Build()
    {
        foreach (var pending in blocks.Select(b => b.PendingLabel).OfType<string>())
        {
            notices.Add(ImportNotice.OnPage(source, Page, T("Notice.TextAtEnd", Title, pending)));
        }

        foreach (var pending in blocks.SelectMany(b => b.PendingTexts.Values.Concat(b.PendingSides.Values)))
        {
            notices.Add(ImportNotice.OnPage(source, Page, T("Notice.TextAtEnd", Title, pending)));
        }

        var rows = blocks.SelectMany(b => b.Rows).ToList();
        var kept = rows.Any(r => r.Cells.Any(c => !c.IsBlank)) ? rows : [];

        // A one-sided table whose first line of figures has no name at all (Jiangsu 公开03表 支出预算总表 prints its
        // 合计 line unlabelled under the header): that line is the table's total.
        if (!Kind.IsTwoSided && textCount == 0 && kept.Count > 0 && kept[0].Code is null && kept[0].Label.Length == 0
            && kept[0].Cells.Any(c => !c.IsBlank))
        {
            kept[0] = kept[0] with { Label = "合计" };
        }
        var depths = textCount > 0 ? OutlineDepths(kept) : null;
        if (spanning.Count > 0)
        {
            kept = Grouped(kept);
        }

        return new BudgetTable(Kind, Title, Unit, columns.IsDefault ? [] : columns,
            kept.Select((r, i) => r.Texts is { } t
                ? new TableRow(r.Number, r.Code, t.FirstOrDefault(s => s.Length > 0) ?? string.Empty, r.Side,
                    [.. t.Select(Cell.FromText), .. r.Cells[textCount..]], 0, r.Page) { Depth = depths![i], Signs = r.Signs, MisprintedCode = r.MisprintedCode }
                : new TableRow(r.Number, r.Code, r.Label, r.Side, [.. r.Cells], 0, r.Page) { Depth = r.Depth, Signs = r.Signs, MisprintedCode = r.MisprintedCode }), notes, null, 0, Page) { PreparedBy = PreparedBy };
    }

    private void AddSide(TableSide side, ClassificationCode? code, string label, Cell[] values, PdfTextLine line, List<ReadingSign>? signs = null)
    {
        var cells = new Cell[columns.Length];
        var any = false;
        for (var c = 0; c < columns.Length; c++)
        {
            if (columns[c].Side == side)
            {
                cells[c] = values[c];
                any |= !values[c].IsBlank;
            }
        }

        if (label.Length == 0 && !any && code is null)
        {
            return;
        }

        state.Rows.Add(new Row(code, label, side, cells, line.Page)
        {
            Signs = signs is null ? [] : [.. signs.Where(s => s.Column is not { } c || columns[c].Side == side)],
            LastLine = line,
        });
    }

    // A side's pending first part of a label (printed just above its row's figures), taken for the row.
    private string TakePending(TableSide side) => state.PendingSides.Remove(side, out var pending) ? pending : string.Empty;

    // 一、 / 十九、 / （一） / (2) start a row of their own; 一般公共服务 and a wrapped qualifier （20万以下） do not.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[）)])", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex Ordinal();

    /// <summary>A name printed once for a group of rows, centred vertically on them.</summary>
    private sealed record SpanningName(string Name, double Y, double Size, int Page);

    [GeneratedRegex(@"^(?:注|说明|备注)[：:]", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex NoteStart();

    // 2.采购品目名称… 2、… （2）…: the next item of a numbered note.
    [GeneratedRegex(@"^(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex NoteItem();

    // A 序号 or 栏次 number: 1 to 4 digits, not starting with 0.
    [GeneratedRegex(@"^[1-9]\d{0,3}$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex Serial();
}
