using System.Collections.Immutable;

namespace GovBudget.Documents;

/// <summary>
/// The words a table's header prints over the columns that hold no amounts, by role, from the names files'
/// <c>headerWords</c>: the PDF reader tells a label, code or number column from a value column by them.
/// </summary>
internal sealed class TableHeaderWords
{
    private readonly WordList name;
    private readonly WordList code;
    private readonly WordList rowNumber;
    private readonly WordList columnNumber;
    private readonly WordList other;

    public TableHeaderWords(ImmutableDictionary<string, ImmutableArray<string>> words)
    {
        name = Of(HeadingRole.Name);
        code = Of(HeadingRole.Code);
        rowNumber = Of(HeadingRole.RowNumber);
        columnNumber = Of(HeadingRole.ColumnNumber);
        other = Of(HeadingRole.Other);

        WordList Of(string role) => new(words.TryGetValue(role, out var list) ? list : []);
    }

    /// <summary>Whether a header names the rows (项目, 科目名称).</summary>
    public bool IsName(string header) => name.Matches(header);

    /// <summary>Whether a header is a name column's whole word (项目, not 科目名称): letters printed spaced apart may make it.</summary>
    public bool IsWholeName(string header) => name.IsWhole(header);

    /// <summary>Whether a header numbers the rows (序号, 行次).</summary>
    public bool IsRowNumber(string header) => rowNumber.Matches(header);

    /// <summary>Whether a header or a line's label numbers the columns (栏次).</summary>
    public bool IsColumnNumber(string header) => columnNumber.Matches(header);

    /// <summary>Whether a header numbers rows or columns (序号, 栏次).</summary>
    public bool IsNumber(string header) => IsRowNumber(header) || IsColumnNumber(header);

    /// <summary>Whether a header names the rows' classification codes (科目编码, 类 款 项), not their numbers.</summary>
    public bool IsClassificationCode(string header) => code.Matches(header) && !IsNumber(header);

    /// <summary>Whether a header is over codes or numbers rather than names or amounts (科目编码, 类, 序号, 栏次).</summary>
    public bool IsCode(string header) => code.Matches(header) || IsNumber(header);

    /// <summary>Whether a header names a label, code or number column rather than a value column.</summary>
    public bool IsLabel(string header) => IsName(header) || IsCode(header) || other.Matches(header);
}
