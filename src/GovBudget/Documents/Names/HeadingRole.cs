namespace GovBudget.Documents;

/// <summary>The roles of the words in a names file's <c>headings</c> and <c>headerWords</c> sections (docs/names.md).</summary>
internal static class HeadingRole
{
    /// <summary>A heading ending with one of these opens the 情况说明 (部门预算信息公开情况说明).</summary>
    public const string Narrative = "narrative";

    /// <summary>The contents list's title (目录).</summary>
    public const string Contents = "contents";

    /// <summary>The word after the ordinal of a part heading (第三部分).</summary>
    public const string Parts = "parts";

    /// <summary>The headings' roles, in the order docs/names.md lists them.</summary>
    public static readonly string[] HeadingRoles = [Narrative, Contents, Parts];

    /// <summary>A name column's header (项目, 科目, …名称).</summary>
    public const string Name = "name";

    /// <summary>A code column's header (类, 款, 项, …编码…).</summary>
    public const string Code = "code";

    /// <summary>A row-number column's header (序号, 行次).</summary>
    public const string RowNumber = "rowNumber";

    /// <summary>The label of the line that numbers the columns (栏次).</summary>
    public const string ColumnNumber = "columnNumber";

    /// <summary>Other headers of columns that hold no amounts (备注).</summary>
    public const string Other = "other";

    /// <summary>The header words' roles, in the order docs/names.md lists them.</summary>
    public static readonly string[] HeaderWordRoles = [Name, Code, RowNumber, ColumnNumber, Other];
}
