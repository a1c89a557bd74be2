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

/// <summary>The finding of a failing binding: its values in the table's unit and its message.</summary>
internal sealed partial class RuleEvaluation
{
    private Finding MakeFinding(Severity severity, bool roundingOnly)
    {
        var money = deciding?.Money ?? true;
        var factor = money ? LiteralFactor : 1m;
        decimal? actual = null, expected = null, difference = null;
        string? actualText = null, expectedText = null;
        if (deciding is { } d)
        {
            if (d.LeftText is not null || d.RightText is not null)
            {
                actualText = d.LeftText;
                expectedText = d.RightText;
            }
            else
            {
                actual = d.Left / factor;
                expected = d.Right / factor;
                difference = (d.Left - d.Right) / factor;
            }
        }

        var bindings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var q in rule!.Quantifiers)
        {
            bindings[q.Name] = at.Slot(q.Slot) switch
            {
                RuleBindings.RowBinding r => r.Row.Key,
                int c => ruleTable!.Columns[c].Name,
                _ => string.Empty,
            };
        }

        var unit = money ? ruleTable?.Unit?.Symbol() ?? string.Empty : string.Empty;
        var message = BuildMessage(actual, expected, difference, actualText, expectedText, bindings, unit, roundingOnly);
        return new Finding(
            rule.Id,
            severity,
            rule.Title,
            message,
            ruleTable?.Kind.CanonicalName,
            ruleTable?.Title,
            trace.Distinct().ToList(),
            expected,
            actual,
            difference,
            expectedText,
            actualText,
            missing.Distinct().ToList(),
            bindings,
            roundingOnly,
            rule.Syntax.Span)
        {
            // Amounts are in the rule table's unit (元 without a table); a count has none.
            Unit = money && actual is not null ? ruleTable?.Unit?.Symbol() ?? "元" : null,
        };
    }

    // What a failed comparison should have been: an identity that fails is "A ≠ B"; an inequality says which way.
    private static string Relation(BinaryOperator op) => op switch
    {
        BinaryOperator.LessOrEqual => T("Relation.LessOrEqual"),
        BinaryOperator.Less => T("Relation.Less"),
        BinaryOperator.GreaterOrEqual => T("Relation.GreaterOrEqual"),
        BinaryOperator.Greater => T("Relation.Greater"),
        BinaryOperator.NotEqual => T("Relation.NotEqual"),
        _ => T("Relation.Equal"),
    };

    private string BuildMessage(
        decimal? actual, decimal? expected, decimal? difference, string? actualText, string? expectedText,
        Dictionary<string, string> bindings, string unit, bool roundingOnly)
    {
        var subject = string.Join(" ", rule!.Quantifiers.Select(q => at.Slot(q.Slot) switch
        {
            RuleBindings.RowBinding r => r.Row.ToString(),
            int c => $"[{ruleTable!.Columns[c].Name}]",
            _ => string.Empty,
        }));
        if (rule.Syntax.Message is { } template)
        {
            var b = new StringBuilder(template);
            b.Replace("{actual}", actualText ?? Format(actual))
                .Replace("{expected}", expectedText ?? Format(expected))
                .Replace("{difference}", Format(difference))
                .Replace("{unit}", unit)
                .Replace("{table}", ruleTable?.Title ?? string.Empty)
                .Replace("{subject}", subject);
            foreach (var (name, value) in bindings)
            {
                b.Replace("{" + name + "}", value);
            }

            return b.ToString() + NoteText() + (roundingOnly ? T("Finding.RoundingOnlyTemplate") : string.Empty);
        }

        var where = subject.Length == 0 ? string.Empty : T("Finding.Subject", subject);
        if (actualText is not null || expectedText is not null)
        {
            return T("Finding.Name", rule.Title, where, actualText, expectedText, NoteText());
        }

        if (actual is null)
        {
            return T("Finding.ConditionFails", rule.Title, where);
        }

        var tail = roundingOnly ? T("Finding.RoundingOnly") : string.Empty;
        return T("Finding.Comparison", rule.Title, where, Format(actual), Relation(deciding?.Operator ?? BinaryOperator.Equal), Format(expected), unit, Format(difference), tail);
    }

    private string NoteText() => deciding?.Note is { } note ? T("Finding.Note", note) : string.Empty;

    // At least the decimals the figures were printed with: 63994.00 stays 63994.00.
    private static string FormatScaled(decimal value, int scale)
    {
        var normal = value / 1.0000000000000000000000000000m;
        return normal.Scale >= scale ? normal.ToString(CultureInfo.InvariantCulture) : value.ToString("F" + scale, CultureInfo.InvariantCulture);
    }

    private static string Format(decimal? value) =>
        value is { } v ? (v / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "—";
}
