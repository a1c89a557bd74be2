using System.Globalization;

namespace GovBudget.Tests.Import.Pdf.Generated;

/// <summary>How the codes of a classification table are printed.</summary>
internal enum CodePrint
{
    /// <summary>One cell, `2010301`, under 科目编码.</summary>
    Joined,

    /// <summary>Three columns 类 / 款 / 项, each row printing its code's parts (`201  03  01`), as Shanghai prints them.</summary>
    Spaced,
}

/// <summary>What a page that goes on with a table prints above its rows.</summary>
internal enum Continuation
{
    /// <summary>Only the rows (the header is not repeated).</summary>
    RowsOnly,

    /// <summary>The header again, then the rows.</summary>
    HeaderAgain,

    /// <summary>The title, the meta line and the header again, then the rows.</summary>
    TitleAndHeaderAgain,
}

/// <summary>Where a wrapped name's amounts are printed.</summary>
internal enum WrapAmounts
{
    /// <summary>On the name's first line.</summary>
    FirstLine,

    /// <summary>On the name's last line.</summary>
    LastLine,
}

/// <summary>How the 支出 side of a 收支总表 is printed.</summary>
internal enum ExpenditureLists
{
    /// <summary>One list, 项目 and its amounts, beside the 收入 list.</summary>
    One,

    /// <summary>
    /// Two lists under captions, 功能分类 (the table's own 支出 items) and 支出用途 (一、基本支出, 二、项目支出), each
    /// 项目名称 金额: three lists on one line with the 收入 list, as the Jiangsu 收支预算总表 prints them.
    /// </summary>
    FunctionAndPurpose,
}

/// <summary>How a 基本支出表 whose rows fall into groups closed by their totals (人员经费合计, 公用经费合计) is printed.</summary>
internal enum SideBySide
{
    /// <summary>As one block, like any table.</summary>
    None,

    /// <summary>
    /// The groups as blocks side by side, each group's name (人员经费, 公用经费) centred over its blocks and every block
    /// printing the same header (科目编码 科目名称 决算数), as the national 基本支出决算表 does.
    /// </summary>
    Captioned,

    /// <summary>The groups as blocks side by side with no caption, each block printing only the value columns its rows fill.</summary>
    OwnColumns,
}

/// <summary>
/// One way of printing a disclosure's tables: the layout classes the real corpus shows, as independent choices.
/// </summary>
/// <param name="FontSize">The body font size (points).</param>
/// <param name="NameEms">The width of the name column in font sizes; longer names wrap onto the next lines.</param>
/// <param name="AmountGapEms">The space between columns, in font sizes (never below a cell gap).</param>
/// <param name="Codes">How codes are printed.</param>
/// <param name="RowsPerPage">How many rows a page holds before the table goes on over the next page.</param>
/// <param name="Continued">What a continuation page prints above its rows.</param>
/// <param name="UnitOnOwnLine">The unit printed on a line of its own under the 部门 line (else at the right of it).</param>
/// <param name="WrappedTitle">The title printed over two lines.</param>
/// <param name="Thousands">Amounts printed with thousands separators (1,265.48).</param>
/// <param name="SerialNumbers">A 序号 column, where the source has one.</param>
/// <param name="PageNumbers">A page number (`- 3 -`) at the foot of every page.</param>
/// <param name="Wrap">Where a one-sided table's wrapped name's amounts go (a two-sided table's: <see cref="FiguresBetweenLines"/>).</param>
/// <param name="Landscape">A4 landscape (else portrait, widened if the table does not fit).</param>
/// <param name="Blocks">How a 基本支出表 of row groups is printed.</param>
/// <param name="SplitLargerGroup">With blocks, the group with more rows printed as two blocks (公用经费 in the national form).</param>
/// <param name="Lists">How a 收支总表's 支出 side is printed.</param>
/// <param name="FiguresBetweenLines">
/// In a two-sided table, every cell centred vertically on its row: a wrapped label's lines two pitches apart with the
/// row's figures (and the other side's shorter label) on the pitch between (the Jiangsu 2017 class), else on its first line.
/// </param>
internal sealed record GeneratedLayout(
    double FontSize,
    int NameEms,
    double AmountGapEms,
    CodePrint Codes,
    int RowsPerPage,
    Continuation Continued,
    bool UnitOnOwnLine,
    bool WrappedTitle,
    bool Thousands,
    bool SerialNumbers,
    bool PageNumbers,
    WrapAmounts Wrap,
    bool Landscape,
    SideBySide Blocks = SideBySide.None,
    bool SplitLargerGroup = false,
    ExpenditureLists Lists = ExpenditureLists.One,
    bool FiguresBetweenLines = false)
{
    /// <summary>The plain layout: one line per row, everything on one page.</summary>
    public static GeneratedLayout Plain { get; } = new(
        FontSize: 9, NameEms: 30, AmountGapEms: 3, Codes: CodePrint.Joined, RowsPerPage: 1000, Continued: Continuation.RowsOnly,
        UnitOnOwnLine: false, WrappedTitle: false, Thousands: false, SerialNumbers: true, PageNumbers: false,
        Wrap: WrapAmounts.FirstLine, Landscape: true);

    /// <summary>The layout a failing case's message names (<see cref="ToString"/>), to replay it in a test of its own.</summary>
    public static GeneratedLayout Parse(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rest = words.Skip(9).ToList();
        bool Has(string word) => rest.Contains(word);
        return new GeneratedLayout(
            FontSize: double.Parse(words[0].Replace("pt", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture),
            NameEms: int.Parse(words[2].Replace("em", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture),
            AmountGapEms: double.Parse(words[4].Replace("em", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture),
            Codes: Enum.Parse<CodePrint>(words[5]),
            RowsPerPage: int.Parse(words[7], CultureInfo.InvariantCulture),
            Continued: Enum.Parse<Continuation>(words[8]),
            UnitOnOwnLine: Has("unit-own-line"), WrappedTitle: Has("wrapped-title"), Thousands: Has("thousands"),
            SerialNumbers: Has("序号"), PageNumbers: Has("page-numbers"),
            Wrap: Has("LastLine") ? WrapAmounts.LastLine : WrapAmounts.FirstLine, Landscape: Has("landscape"),
            Blocks: Has("blocks") ? Enum.Parse<SideBySide>(rest[rest.IndexOf("blocks") + 1]) : SideBySide.None,
            SplitLargerGroup: Has("larger-split"),
            Lists: Has("two-lists") ? ExpenditureLists.FunctionAndPurpose : ExpenditureLists.One,
            FiguresBetweenLines: Has("figures-between"));
    }

    /// <summary>The layout classes this layout uses, for a failing case's message.</summary>
    public override string ToString() =>
        $"{FontSize}pt name {NameEms}em gap {AmountGapEms}em {Codes} rows/page {RowsPerPage} {Continued}"
        + $"{(UnitOnOwnLine ? " unit-own-line" : string.Empty)}{(WrappedTitle ? " wrapped-title" : string.Empty)}"
        + $"{(Thousands ? " thousands" : string.Empty)}{(SerialNumbers ? " 序号" : string.Empty)}"
        + $"{(PageNumbers ? " page-numbers" : string.Empty)} {Wrap}{(Landscape ? " landscape" : " portrait")}"
        + (Blocks == SideBySide.None ? string.Empty : $" blocks {Blocks}{(SplitLargerGroup ? " larger-split" : string.Empty)}")
        + $"{(Lists == ExpenditureLists.FunctionAndPurpose ? " two-lists" : string.Empty)}{(FiguresBetweenLines ? " figures-between" : string.Empty)}";
}
