using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Parsing;

/// <summary>
/// What the grammar expects at a place, as Sprache reports it: the key of a message (Resources/Texts*.resx), worded
/// only when an error is reported, so the static grammar serves either language.
/// </summary>
internal static class Expect
{
    public const string Name = "Expect.Name";
    public const string ClosingQuote = "Expect.ClosingQuote";
    public const string QuotedString = "Expect.QuotedString";
    public const string DigitOrX = "Expect.DigitOrX";
    public const string Code = "Expect.Code";
    public const string Number = "Expect.Number";
    public const string Tolerance = "Expect.Tolerance";
    public const string Severity = "Expect.Severity";
    public const string RuleId = "Expect.RuleId";
    public const string RuleIdExample = "Expect.RuleIdExample";
    public const string CheckOrClause = "Expect.CheckOrClause";

    /// <summary>An expectation in the current language: a key worded, a quoted keyword or symbol ('then') quoted as the language quotes.</summary>
    public static string Text(string expectation) =>
        expectation.StartsWith("Expect.", StringComparison.Ordinal) ? T(expectation)
        : expectation is ['\'', .. var inner, '\''] ? T("Parse.Token", inner)
        : expectation;
}
