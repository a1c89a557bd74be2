namespace GovBudget.Documents;

/// <summary>
/// A structural sign that the reader may have misread a table: something in the printed layout that a clean reading
/// never shows. A sign is never about the figures adding up: identities that fail are findings, not signs.
/// </summary>
public enum ReadingSignKind
{
    /// <summary>A cell's amount looks like a piece of a classification code (05 of 208 05 05, printed with a leading zero).</summary>
    CodeFragment = 0,

    /// <summary>A cell's amount is printed in the code or name column, left of every amount column: a code read as an amount.</summary>
    CodeAsAmount = 1,

    /// <summary>Two amounts printed under one column on one line: the second was not read, the line's figures may be misplaced.</summary>
    TwoAmountsInColumn = 2,

    /// <summary>A row has a classification code but no name.</summary>
    CodeWithoutName = 3,

    /// <summary>A row has figures but no code and no name.</summary>
    FiguresWithoutLabel = 4,

    /// <summary>A row's name is made of header words only (类 款 项, 科目编码): a header line read as data.</summary>
    HeaderAsData = 5,

    /// <summary>A row's name joins two names (two ordinals, or a second code on the line): blocks side by side read as one.</summary>
    GluedNames = 6,

    /// <summary>A column's header is only part of a known column name, or is not a name (单位：万元): a wrapped header read in part.</summary>
    HeaderFragment = 7,

    /// <summary>Two columns of one side have the same name and group: which amount belongs to which column is unclear.</summary>
    AmbiguousColumns = 8,

    /// <summary>The table prints amounts but the reader found no unit (单位：…): comparisons with figures in 元, 万元 are unsure.</summary>
    NoUnit = 9,

    /// <summary>The same table is read as two tables on consecutive pages: a table continued on the next page may be cut in two.</summary>
    SplitTable = 10,
}
