using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Syntax;
using Sprache;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Parsing;

/// <summary>Parses rule files into syntax trees, reporting every problem with file, line and column.</summary>
internal static class RuleParser
{
    /// <summary>The largest rule file accepted (1 MiB): the standard packs are a few kilobytes.</summary>
    public const int MaxLength = 1024 * 1024;

    /// <summary>Parses the text of a rule file.</summary>
    /// <exception cref="RuleLoadException">The text is not a valid rule file.</exception>
    public static RuleFileSyntax ParseFile(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        if (text.Length > MaxLength)
        {
            throw Fail(file, 1, 1, T("Parse.FileTooLong", text.Length, MaxLength));
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            var at = text.IndexOf('\0', StringComparison.Ordinal);
            throw Fail(file, text[..at].Count(c => c == '\n') + 1, 1, T("Parse.Binary"));
        }

        if (NestingGuard.Check(text, file) is { } deep)
        {
            throw new RuleLoadException([deep]);
        }

        using var scope = RuleGrammar.ForFile(file);
        var includes = new List<NameSyntax>();
        var rules = new List<RuleSyntax>();
        ToleranceSyntax? tolerance = null;
        IInput input = new Input(text);
        while (true)
        {
            input = RuleGrammar.Whitespace(input).Remainder;
            if (input.AtEnd)
            {
                break;
            }

            var word = NextWord(input);
            switch (word)
            {
                case "rule":
                    var rule = Run(RuleGrammar.Rule(tolerance), ref input, file);
                    if (ExpressionDepth.Check(rule) is { } tooDeep)
                    {
                        throw new RuleLoadException([tooDeep]);
                    }

                    rules.Add(rule);
                    break;
                case "include":
                    includes.Add(Run(RuleGrammar.Include, ref input, file));
                    break;
                case "tolerance":
                    tolerance = Run(RuleGrammar.DefaultTolerance, ref input, file);
                    break;
                default:
                    throw Fail(file, input.Line, input.Column,
                        T("Parse.UnexpectedTopLevel", Describe(input)));
            }
        }

        return new RuleFileSyntax(file, includes, rules);
    }

    /// <summary>Parses one expression (for <c>govbudget eval</c>).</summary>
    /// <exception cref="RuleLoadException">The text is not a valid expression.</exception>
    public static Expr ParseExpression(string text, string source = "expression")
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            throw Fail(source, 1, 1, T("Parse.ExpressionTooLong", text.Length, MaxLength));
        }

        if (NestingGuard.Check(text, source) is { } deep)
        {
            throw new RuleLoadException([deep]);
        }

        using var scope = RuleGrammar.ForFile(source);
        IInput input = new Input(text);
        var expr = Run(RuleGrammar.Expression, ref input, source);
        input = RuleGrammar.Whitespace(input).Remainder;
        if (!input.AtEnd)
        {
            throw Fail(source, input.Line, input.Column, T("Parse.UnexpectedInExpression", Describe(input)));
        }

        return ExpressionDepth.Check(expr) is { } tooDeep ? throw new RuleLoadException([tooDeep]) : expr;
    }

    private static TValue Run<TValue>(Parser<TValue> parser, ref IInput input, string file)
    {
        var result = parser(input);
        if (!result.WasSuccessful)
        {
            var at = result.Remainder;
            var expected = result.Expectations.Distinct().ToList();
            var what = expected.Count == 0 ? string.Empty : T("Parse.Expected", string.Join(T("Parse.Or"), expected.Select(Expect.Text)));
            if (expected.Any(e => e is "')'" or "']'") && Unclosed(input.Source, input.Position, at.Position) is { } open)
            {
                // The mistake is the opening bracket, wherever the parser noticed it (often the end of the file).
                throw Fail(file, open.Line, open.Column,
                    T("Parse.NotClosed", input.Source[open.Position], Describe(at), at.Line, at.Column, what));
            }

            throw Fail(file, at.Line, at.Column, T("Parse.Unexpected", Describe(at), what));
        }

        input = result.Remainder;
        return result.Value;
    }

    // The innermost bracket opened in text[from..to) and not closed there (quoted text and comments skipped), or null.
    private static (int Position, int Line, int Column)? Unclosed(string text, int from, int to)
    {
        var open = new Stack<int>();
        for (var i = from; i < to && i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    for (i++; i < to && text[i] is not ('"' or '\n'); i++)
                    {
                    }

                    break;
                case '#':
                    while (i + 1 < to && text[i + 1] != '\n')
                    {
                        i++;
                    }

                    break;
                case '(' or '[':
                    open.Push(i);
                    break;
                case ')' or ']' when open.Count > 0:
                    open.Pop();
                    break;
            }
        }

        if (open.Count == 0)
        {
            return null;
        }

        var at = open.Peek();
        var line = 1 + text.AsSpan(0, at).Count('\n');
        var column = at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) is var nl && nl >= 0 && nl < at ? nl + 1 : 0) + 1;
        return (at, line, column);
    }

    private static string NextWord(IInput input)
    {
        var chars = new List<char>();
        for (var i = input; !i.AtEnd && (char.IsLetterOrDigit(i.Current) || i.Current == '_'); i = i.Advance())
        {
            chars.Add(i.Current);
            if (chars.Count > 20)
            {
                break;
            }
        }

        return new string([.. chars]);
    }

    private static string Describe(IInput input)
    {
        if (input.AtEnd)
        {
            return T("Parse.EndOfFile");
        }

        var rest = input.Source[input.Position..];
        var end = 0;
        while (end < rest.Length && end < 24 && !char.IsWhiteSpace(rest[end]))
        {
            end++;
        }

        return end > 0 ? T("Parse.Token", rest[..end]) : rest[0] is '\n' or '\r' ? T("Parse.EndOfLine") : T("Parse.Token", rest[0]);
    }

    private static RuleLoadException Fail(string file, int line, int column, string message) =>
        new([new RuleDiagnostic(new SourceSpan(file, line, column), message)]);
}
