namespace GovBudget.Rules.Binding;

/// <summary>The functions of the rule language.</summary>
internal enum BuiltinFunction
{
    /// <summary><c>sum(x, …)</c>: the total of numbers and row sets; absent rows count as zero.</summary>
    Sum,

    /// <summary><c>count(rows)</c>: how many of the rows are present.</summary>
    Count,

    /// <summary><c>min(x, …)</c>.</summary>
    Min,

    /// <summary><c>max(x, …)</c>.</summary>
    Max,

    /// <summary><c>abs(x)</c>.</summary>
    Abs,

    /// <summary><c>round(x, n)</c>: round to n decimals of the rule table's unit, halves away from zero.</summary>
    Round,

    /// <summary><c>exists(rows)</c>: whether any of the rows is present.</summary>
    Exists,

    /// <summary><c>text("phrase")</c>: the amount the narrative states after the phrase (基本支出 1259.54 万元).</summary>
    Text,

    /// <summary><c>name(row)</c>: the row's label as printed.</summary>
    Name,

    /// <summary><c>commonname(row)</c>: the name most tables of the document give the row's code.</summary>
    CommonName,

    /// <summary><c>catalogname(row)</c>: the name the classification catalog of the document's year gives the code.</summary>
    CatalogName,

    /// <summary><c>avg(x, …)</c>: the mean of numbers and of the cells of sets of rows.</summary>
    Avg,

    /// <summary><c>label(row)</c>: the row's label without ordinals and markers (九、卫生健康支出 → 卫生健康支出).</summary>
    Label,

    /// <summary><c>defines("term", "word", …)</c>: whether the 情况说明 defines the term with one of the words in its definition.</summary>
    Defines,
}
