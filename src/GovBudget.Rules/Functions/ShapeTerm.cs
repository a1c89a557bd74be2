namespace GovBudget.Rules.Functions;

/// <summary>A term that depends on a document's shape only, so compiled code reads it from the plan.</summary>
internal enum ShapeTerm
{
    /// <summary>How many of the rows are present, in fixed point (a count compared with 1.0).</summary>
    RowCount,

    /// <summary>Whether any of the rows is present (and prints the column named): 1 or 0.</summary>
    RowsExist,
}
