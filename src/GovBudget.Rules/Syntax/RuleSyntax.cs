using GovBudget.Rules.Diagnostics;

namespace GovBudget.Rules.Syntax;

/// <summary>A rule as written in a rule file.</summary>
/// <param name="Id">The stable id (BE-301).</param>
/// <param name="Severity">error (强制性), warning (提示性) or info.</param>
/// <param name="Title">The title.</param>
/// <param name="Table">The table clause, or null.</param>
/// <param name="Column">The column clause, or null for the table's first amount column.</param>
/// <param name="Tolerance">The tolerance clause, or null for the file's default.</param>
/// <param name="Message">The message template, or null.</param>
/// <param name="Quantifiers">The <c>for each</c> bindings, outermost first.</param>
/// <param name="Where">The filter, or null.</param>
/// <param name="Check">The condition that must hold.</param>
/// <param name="Span">Where the rule starts.</param>
internal sealed record RuleSyntax(
    string Id,
    SeverityKeyword Severity,
    string Title,
    NameSyntax? Table,
    NameSyntax? Column,
    ToleranceSyntax? Tolerance,
    string? Message,
    IReadOnlyList<Quantifier> Quantifiers,
    Expr? Where,
    Expr Check,
    SourceSpan Span);

/// <summary>A table or column name as written, with its place.</summary>
/// <param name="Name">The name.</param>
/// <param name="Span">Where it is.</param>
/// <param name="Quoted">Whether it was written in quotes: a quoted column is taken as printed, without checking it is known.</param>
internal sealed record NameSyntax(string Name, SourceSpan Span, bool Quoted = false);

/// <summary>A parsed rule file: its includes, its rules, and the default tolerance it sets.</summary>
/// <param name="File">The file name.</param>
/// <param name="Includes">The included paths as written, with their places.</param>
/// <param name="Rules">The rules in order, each carrying the default tolerance in force where it was written.</param>
internal sealed record RuleFileSyntax(string File, IReadOnlyList<NameSyntax> Includes, IReadOnlyList<RuleSyntax> Rules);
