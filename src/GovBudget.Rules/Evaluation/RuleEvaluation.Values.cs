using System.Globalization;
using System.Text;
using GovBudget.Amounts;
using GovBudget.Catalog;
using GovBudget.Classification;
using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Functions;
using GovBudget.Rules.Syntax;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Evaluation;

/// <summary>Evaluating expressions: operators, comparisons within the tolerance, calls and cell reads.</summary>
internal sealed partial class RuleEvaluation
{
    // ---- expressions -----------------------------------------------------------------------------------------

    private Value Eval(BoundExpr expr) => expr.Accept(this);

    private Value Binary(BoundBinary b)
    {
        if (b.Operator == BinaryOperator.And)
        {
            return Eval(b.Left).Boolean ? Eval(b.Right) : Value.Of(false);
        }

        if (b.Operator == BinaryOperator.Or)
        {
            return Eval(b.Left).Boolean ? Value.Of(true) : Eval(b.Right);
        }

        var (readsBefore, absentBefore) = (reads, absentColumnReads);
        var left = Eval(b.Left);
        var (readsLeft, absentLeft) = (reads, absentColumnReads);
        var right = Eval(b.Right);
        if (b.Operator is >= BinaryOperator.Equal and <= BinaryOperator.GreaterOrEqual
            && (AllAbsent(readsLeft - readsBefore, absentLeft - absentBefore) || AllAbsent(reads - readsLeft, absentColumnReads - absentLeft)))
        {
            // Every cell one side reads is in a column the table does not print (a procurement table with only a 总计
            // column, a 基本支出表 without 人员经费): there is nothing to compare with, which is not a zero.
            throw new NotApplicableException(NotApplicableReason.ColumnAbsent, T("NA.UnprintedColumns", string.Join(T("NA.List"), missing.Distinct())));
        }

        if (left.Kind == ValueKind.Text || right.Kind == ValueKind.Text)
        {
            var same = string.Equals(NameNormalizer.Basic(left.Text ?? string.Empty), NameNormalizer.Basic(right.Text ?? string.Empty), StringComparison.Ordinal);
            var holds = b.Operator == BinaryOperator.Equal ? same : !same;
            Decide(new Comparison(0, 0, left.Text, right.Text) { Failed = !holds, Note = holds ? null : left.Note ?? right.Note });
            return Value.Of(holds);
        }

        if (left.Kind == ValueKind.Boolean)
        {
            return Value.Of(b.Operator == BinaryOperator.Equal ? left.Boolean == right.Boolean : left.Boolean != right.Boolean);
        }

        if (b.Operator is not (BinaryOperator.Multiply or BinaryOperator.Divide))
        {
            (left, right) = Align(left, right); // a count times a price is money; only sums and comparisons mix units
        }

        switch (b.Operator)
        {
            case BinaryOperator.Add:
                return left.Plus(right);
            case BinaryOperator.Subtract:
                return left with { Number = left.Number - right.Number, Uncertainty = left.Uncertainty + right.Uncertainty, IsMoney = left.IsMoney || right.IsMoney, Scale = Math.Max(left.Scale, right.Scale), Steps = Value.Combine(left.Steps, right.Steps) };
            case BinaryOperator.Multiply:
            {
                var u = (Math.Abs(left.Number) * right.Uncertainty) + (Math.Abs(right.Number) * left.Uncertainty) + (left.Uncertainty * right.Uncertainty);
                return new Value(ValueKind.Number, left.Number * right.Number, u, left.IsMoney ^ right.IsMoney, false, null) { Scale = left.Scale + right.Scale };
            }

            case BinaryOperator.Divide:
            {
                if (right.Number == 0m)
                {
                    throw new NotApplicableException(NotApplicableReason.DivisionByZero, T("NA.DivisionByZero"));
                }

                var q = left.Number / right.Number;
                var u = ((Math.Abs(left.Number) * right.Uncertainty) + (Math.Abs(right.Number) * left.Uncertainty)) / (right.Number * right.Number);
                return new Value(ValueKind.Number, q, u, left.IsMoney && !right.IsMoney, false, null);
            }

            default:
                return Value.Of(Compare(b.Operator, left, right));
        }
    }

    // A plain number added to or compared with money is in the rule table's unit.
    private (Value, Value) Align(Value left, Value right)
    {
        if (left.IsMoney && !right.IsMoney)
        {
            right = right with { Number = right.Number * LiteralFactor, Uncertainty = right.Uncertainty * LiteralFactor, IsMoney = true };
        }
        else if (right.IsMoney && !left.IsMoney)
        {
            left = left with { Number = left.Number * LiteralFactor, Uncertainty = left.Uncertainty * LiteralFactor, IsMoney = true };
        }

        return (left, right);
    }

    private bool Compare(BinaryOperator op, Value left, Value right)
    {
        var diff = left.Number - right.Number;
        var slack = Tolerance.Mode switch
        {
            ToleranceMode.Absolute => Tolerance.Amount * LiteralFactor,
            ToleranceMode.Rounding => left.Uncertainty + right.Uncertainty,
            _ => 0m,
        };
        bool exact = op switch
        {
            BinaryOperator.Equal => diff == 0,
            BinaryOperator.NotEqual => diff != 0,
            BinaryOperator.Less => diff < 0,
            BinaryOperator.LessOrEqual => diff <= 0,
            BinaryOperator.Greater => diff > 0,
            _ => diff >= 0,
        };
        bool within = op switch
        {
            BinaryOperator.Equal => Math.Abs(diff) <= slack,
            BinaryOperator.NotEqual => Math.Abs(diff) > slack,
            BinaryOperator.Less => diff < slack,
            BinaryOperator.LessOrEqual => diff <= slack,
            BinaryOperator.Greater => diff > -slack,
            _ => diff >= -slack,
        };
        var holds = exact || within;
        inexact |= !exact;
        if (holds && !exact && Tolerance.Mode == ToleranceMode.Rounding)
        {
            // A figure restated at a coarser precision (87.71 万元 for 877,080 元) is rounded correctly when the difference
            // is within its own half-step: that passes. Any other difference rounding explains means 舍位平衡 was not
            // applied: a warning.
            var restated = Restates(left, right, diff) || Restates(right, left, diff);
            explainedByRounding |= !restated;
        }

        Decide(new Comparison(left.Number, right.Number, null, null) { Failed = !holds, Explained = holds && !exact, Operator = op, Money = left.IsMoney || right.IsMoney });
        return holds;
    }

    private static bool Restates(Value coarse, Value fine, decimal diff) =>
        coarse.Steps is { } c && c.Min == c.Max && fine.Steps is { } f && c.Min > f.Max && Math.Abs(diff) <= c.Min;

    // The comparison a finding reports: the first that failed, else the first only rounding explains, else the first.
    private void Decide(Comparison c)
    {
        if (deciding is null || (!deciding.Failed && (c.Failed || (c.Explained && !deciding.Explained))))
        {
            deciding = c;
        }
    }

    private Value NarrativeValue(IReadOnlyList<string> phrases)
    {
        var figure = phrases.Select(index.Narrative.Find).FirstOrDefault(f => f is not null)
            ?? throw new NotApplicableException(NotApplicableReason.PhraseAbsent, T("NA.NoPhrase", string.Join(T("NA.PhraseOr"), phrases.Select(p => T("NA.Phrase", p)))));
        var factor = figure.Unit.InYuan();
        trace.Add(new FindingCell(NarrativeTable, figure.Section.ToString(), figure.Section.Number ?? figure.Section.Title, figure.Sentence, null,
            figure.Value, figure.Unit.Symbol(), figure.Section.Line, figure.Page));
        var step = 0.5m * Value.Pow10(-figure.Decimals) * factor;
        return Value.Money(figure.Value * factor, step, figure.Decimals) with { Steps = (step, step) };
    }

    // defines("机关运行经费", "行政单位"): the definition the narrative gives the term, and whether it names one of the words.
    private bool Defines(IReadOnlyList<string> phrases)
    {
        if (index.Narrative.IsEmpty)
        {
            throw new NotApplicableException(NotApplicableReason.NarrativeAbsent, T("NA.NoNarrative"));
        }

        if (index.Narrative.Definition(phrases[0]) is not { } definition
            || (phrases.Count > 1 && !phrases.Skip(1).Any(w => definition.Sentence.Contains(NameNormalizer.Basic(w), StringComparison.Ordinal))))
        {
            return false;
        }

        var cell = new FindingCell(NarrativeTable, definition.Section.ToString(), definition.Section.Number ?? definition.Section.Title, definition.Sentence,
            null, null, string.Empty, definition.Section.Line, definition.Page);
        trace.Add(cell);
        definitions.Add(cell);
        return true;
    }

    private Value SumRows(BoundCells cells)
    {
        var table = at.TableOf(cells.Table);
        var total = Value.Money(0m, 0m);
        foreach (var row in at.ResolveRows(cells.Rows, table))
        {
            total = total.Plus(ReadCell(table, row, cells.Column));
        }

        return total;
    }

    // "Did you mean" for a label no table of the document prints (a typo such as 合记); a label another table prints is
    // a real name this table lacks (合计 where it prints only 小计), and a suggestion would mislead.
    private string? NearestLabel(BudgetTable table, string printed) =>
        index.Document.Tables.Any(t => t.Rows.Any(r => r.Label == printed))
            ? null
            : Suggestions.Nearest(printed, table.Rows.Select(r => r.Label));

    private Value ReadSingle(BoundCells cells)
    {
        var (table, row) = SingleRow(cells);
        if (row is null && cells.Rows is LabelRows label && !table.IsEmpty)
        {
            // A row named by its label that this table does not print (regional variants name their totals
            // differently): the binding cannot be decided, which is not the same as a zero. An empty table
            // (空表列示) prints no rows at all, and its figures are all zero.
            throw new NotApplicableException(NotApplicableReason.RowAbsent, NearestLabel(table, label.Printed) is { } near
                ? T("NA.NoRowNear", table.Title, label.Printed, near)
                : T("NA.NoRow", table.Title, label.Printed));
        }

        if (row is null)
        {
            missing.Add(at.Describe(cells.Rows));
            return Value.Money(0m, 0m);
        }

        return ReadCell(table, row, cells.Column);
    }

    private (BudgetTable Table, TableRow? Row) SingleRow(BoundCells cells)
    {
        var table = at.TableOf(cells.Table);
        return (table, at.ResolveRows(cells.Rows, table).FirstOrDefault());
    }

    private Value ReadCell(BudgetTable table, TableRow row, BoundColumn column)
    {
        var c = at.ColumnIndex(table, row.Side, column);
        reads++;
        if (c < 0)
        {
            absentColumnReads++;
            missing.Add($"{row.Key}[{column.Name}]");
            return Value.Money(0m, 0m);
        }

        var cell = row.Cells[c];
        var col = table.Columns[c];
        var factor = col.Type == ColumnType.Amount ? table.Unit?.InYuan() ?? 1 : 1;
        Trace(table, row, c, cell.Number?.ToDecimal());
        if (cell.Number is not { } amount)
        {
            return col.Type == ColumnType.Amount ? Value.Money(0m, 0m) : Value.Plain(0m);
        }

        var value = amount.ToDecimal() * factor;
        if (col.Type != ColumnType.Amount)
        {
            return Value.Plain(value, 0m, amount.Scale); // a count (数量) is exact, not a rounded figure
        }

        var step = 0.5m * Value.Pow10(-amount.Scale) * factor;
        return Value.Money(value, step, amount.Scale) with { Steps = (step, step) };
    }

    private void Trace(BudgetTable table, TableRow row, int? column, decimal? value) => trace.Add(FindingCell.Of(table, row, column, value));

    private sealed record Comparison(decimal Left, decimal Right, string? LeftText, string? RightText)
    {
        public BinaryOperator Operator { get; init; } = BinaryOperator.Equal;

        public bool Failed { get; init; }

        public bool Explained { get; init; }

        /// <summary>What the message adds about a failed comparison of names (an outdated name), or null.</summary>
        public string? Note { get; init; }

        /// <summary>Whether the sides are amounts (in 元); a count (count(30xxx) == 1.0) is shown as it is, without a unit.</summary>
        public bool Money { get; init; } = true;
    }
}
