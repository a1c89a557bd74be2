using GovBudget.Classification;
using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Functions;
using GovBudget.Rules.Syntax;

namespace GovBudget.Rules.Evaluation;

/// <summary>The walk over the bound tree, and what the function table's semantics read of the interpreter.</summary>
internal sealed partial class RuleEvaluation : IBoundVisitor<Value>, IFunctionInterpreter
{
    decimal IFunctionInterpreter.LiteralFactor => LiteralFactor;

    FiscalYear IFunctionInterpreter.Year => index.Document.Year;

    Value IBoundVisitor<Value>.VisitNumber(BoundNumber node) => Value.Plain(node.Value);

    Value IBoundVisitor<Value>.VisitBoolean(BoundBoolean node) => Value.Of(node.Value);

    Value IBoundVisitor<Value>.VisitText(BoundText node) => Value.Of(node.Value);

    Value IBoundVisitor<Value>.VisitCells(BoundCells node) => ReadSingle(node);

    Value IBoundVisitor<Value>.VisitCall(BoundCall node) => FunctionTable.Of(node.Function).Interpret(this, node);

    Value IBoundVisitor<Value>.VisitUnary(BoundUnary node)
    {
        var v = Eval(node.Operand);
        return node.Operator == UnaryOperator.Not ? Value.Of(!v.Boolean) : v with { Number = -v.Number };
    }

    Value IBoundVisitor<Value>.VisitBinary(BoundBinary node) => Binary(node);

    Value IBoundVisitor<Value>.VisitIf(BoundIf node) => Eval(node.Condition).Boolean ? Eval(node.Then) : Eval(node.Else);

    Value IFunctionInterpreter.Evaluate(BoundExpr argument) => Eval(argument);

    IReadOnlyList<Value> IFunctionInterpreter.CellValues(BoundCells rows)
    {
        var table = at.TableOf(rows.Table);
        return [.. at.ResolveRows(rows.Rows, table).Select(r => ReadCell(table, r, rows.Column))];
    }

    Value IFunctionInterpreter.SumCells(BoundCells rows) => SumRows(rows);

    int IFunctionInterpreter.RowCount(BoundCells rows) => at.ResolveRows(rows.Rows, at.TableOf(rows.Table)).Count();

    bool IFunctionInterpreter.Exists(BoundCells rows) => at.Exists(rows);

    (Value Left, Value Right) IFunctionInterpreter.Align(Value left, Value right) => Align(left, right);

    Value IFunctionInterpreter.Narrative(IReadOnlyList<string> phrases) => NarrativeValue(phrases);

    bool IFunctionInterpreter.Defines(IReadOnlyList<string> phrases) => Defines(phrases);

    (BudgetTable Table, TableRow? Row) IFunctionInterpreter.SingleRow(BoundCells row) => SingleRow(row);

    void IFunctionInterpreter.Trace(BudgetTable table, TableRow row) => Trace(table, row, null, null);

    string IFunctionInterpreter.Describe(BoundRows rows) => at.Describe(rows);

    string? IFunctionInterpreter.CommonName(ClassificationCode code) => index.CommonName(code);

    Exception IFunctionInterpreter.NotApplicable(NotApplicableReason reason, string detail) => new NotApplicableException(reason, detail);
}
