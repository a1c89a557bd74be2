using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Evaluation;
using GovBudget.Rules.Parsing;

namespace GovBudget.Rules.Checking;

/// <summary>Evaluates a single expression of the rule language on a document.</summary>
public static class Evaluator
{
    /// <summary>
    /// Evaluates <paramref name="expression"/> in the context of <paramref name="table"/> and <paramref name="column"/>
    /// (default: the table's first amount column). Returns a number in the table's unit, or true / false, or text.
    /// </summary>
    /// <exception cref="RuleLoadException">The expression has a syntax error or names something unknown.</exception>
    /// <exception cref="ArgumentException">The value cannot be decided (a table or column is absent).</exception>
    public static string Evaluate(Disclosure document, string expression, BudgetTable? table = null, string? column = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(expression);
        var syntax = RuleParser.ParseExpression(expression);
        var bound = Binder.BindExpression(syntax, table?.Kind);
        try
        {
            var checkedDocument = ThreePublicItems.ForRules(document);
            return RuleEvaluation.EvaluateExpression(checkedDocument, bound, ThreePublicItems.Counterpart(document, checkedDocument, table), column);
        }
        catch (NotApplicableException e)
        {
            throw new ArgumentException(RuleTexts.T("Eval.CannotEvaluate", e.Message), e);
        }
        catch (ArithmeticException e)
        {
            // A value beyond decimal (three 12-digit numbers multiplied) has no result: the expression's fault.
            throw new ArgumentException(RuleTexts.T("Eval.CannotEvaluate", e.Message), e);
        }
    }
}
