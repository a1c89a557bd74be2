using GovBudget.Classification;
using GovBudget.Documents;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Findings;

namespace GovBudget.Rules.Functions;

/// <summary>
/// What the reference interpreter gives a function's semantics: its arguments' values and the document's rows,
/// so that the function table needs nothing of the interpreter itself.
/// </summary>
internal interface IFunctionInterpreter
{
    /// <summary>The factor (元 per unit) of the rule table's unit, which plain numbers next to money take.</summary>
    decimal LiteralFactor { get; }

    /// <summary>The fiscal year of the document.</summary>
    FiscalYear Year { get; }

    /// <summary>The value of an argument that is not a set of rows.</summary>
    Value Evaluate(BoundExpr argument);

    /// <summary>The value of each cell of a set of rows, in row order; a blank cell is zero.</summary>
    IReadOnlyList<Value> CellValues(BoundCells rows);

    /// <summary>The total of a set of rows (money, zero when no row is present).</summary>
    Value SumCells(BoundCells rows);

    /// <summary>How many of the rows are present.</summary>
    int RowCount(BoundCells rows);

    /// <summary>Whether any of the rows is present and, when a column is named, the table prints it.</summary>
    bool Exists(BoundCells rows);

    /// <summary>The two values in one unit: a plain number next to money is in the rule table's unit.</summary>
    (Value Left, Value Right) Align(Value left, Value right);

    /// <summary>The amount the narrative states after the first of the phrases it contains (traced as read).</summary>
    Value Narrative(IReadOnlyList<string> phrases);

    /// <summary>Whether the narrative defines the first phrase with one of the others in its definition (traced when it does).</summary>
    bool Defines(IReadOnlyList<string> phrases);

    /// <summary>The table a row reference reads and its first row, or null when the table has none.</summary>
    (BudgetTable Table, TableRow? Row) SingleRow(BoundCells row);

    /// <summary>Records that the row was read, for the finding's cells.</summary>
    void Trace(BudgetTable table, TableRow row);

    /// <summary>How a message names the rows of a reference (a code, a label, a variable's row).</summary>
    string Describe(BoundRows rows);

    /// <summary>The name most tables of the document give the code, or null.</summary>
    string? CommonName(ClassificationCode code);

    /// <summary>The exception that makes the binding not applicable, for the semantics to throw.</summary>
    Exception NotApplicable(NotApplicableReason reason, string detail);
}
