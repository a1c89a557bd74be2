using System.Collections.Immutable;
using GovBudget.Classification;

namespace GovBudget.Documents;

/// <summary>A row of a table. A printed line of a two-sided table gives two rows, one per side.</summary>
/// <param name="Number">The 序号 printed at the start of the line, or null.</param>
/// <param name="Code">The classification code, for rows that have one.</param>
/// <param name="Label">The row's name as printed (科目名称 or 项目), markup removed, page-split parts joined.</param>
/// <param name="Side">The side of a two-sided table the row belongs to.</param>
/// <param name="Cells">One cell per column of <see cref="BudgetTable.Columns"/>; cells of the other side are blank.</param>
/// <param name="Line">The 1-based line of the source the row starts on (0 when built in code or read from a PDF).</param>
/// <param name="Page">The 1-based page the row is printed on, or 0 when the source has no pages.</param>
public sealed record TableRow(
    int? Number,
    ClassificationCode? Code,
    string Label,
    TableSide Side,
    ImmutableArray<Cell> Cells,
    int Line,
    int Page = 0)
{
    /// <summary>
    /// How deep the row is nested in a table printed as an outline (the Jiangsu 政府采购 table: 一、货物 over the
    /// projects it buys for, each over its items): 1 for the outline's first level, 2 for a row under one of those, and
    /// so on. 0 for a row that is not nested: every row of a flat table, and the 合计 of an outline.
    /// </summary>
    public int Depth { get; init; }

    /// <summary>
    /// The structural signs of an uncertain reading the reader recorded on this row: on the whole row (a code with no
    /// name) or, with <see cref="ReadingSign.Column"/>, on one of its cells (an amount that looks like part of a code).
    /// Empty for a row read cleanly and for rows built in code.
    /// </summary>
    public ImmutableArray<ReadingSign> Signs { get; init; } = [];

    /// <summary>
    /// What the code column prints when it is no valid classification code (7 11 02 for 210 11 02, 301 2): the row is
    /// read without a code, so that no sum takes it for another code's figures, and the misprint is a defect of its own
    /// (the NM-CODE-MISPRINT check). Null when the row's code is valid or none is printed.
    /// </summary>
    public string? MisprintedCode { get; init; }

    /// <summary>The row's key in messages: its code when it has one, else its label.</summary>
    public string Key => Code?.ToString() ?? Label;

    /// <summary>Structural equality, cell by cell.</summary>
    public bool Equals(TableRow? other) =>
        other is not null && Number == other.Number && Nullable.Equals(Code, other.Code)
        && Label == other.Label && Side == other.Side && Line == other.Line && Page == other.Page && Depth == other.Depth && Cells.SequenceEqual(other.Cells)
        && Signs.SequenceEqual(other.Signs) && MisprintedCode == other.MisprintedCode;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, Code, Label, Side, Line, Page, Depth, Cells.Length);

    /// <summary>"2010301 行政运行".</summary>
    public override string ToString() => Code is null ? Label : $"{Code} {Label}";
}
