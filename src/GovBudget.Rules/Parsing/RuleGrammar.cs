using System.Globalization;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Syntax;
using Sprache;

namespace GovBudget.Rules.Parsing;

/// <summary>
/// The Sprache grammar of rule files. Binary operators are parsed as flat lists and folded, so a long sum never
/// recurses; only parentheses, calls and prefix operators nest, and <see cref="NestingGuard"/> bounds those before
/// parsing starts.
/// </summary>
/// <remarks>
/// <code>
/// file       = { include | default | rule } ;
/// include    = "include" string ;
/// default    = "tolerance" tolerance ;                       (for the rules after it in this file)
/// rule       = "rule" ruleId severity string { clause } "check" expr ;
/// clause     = "table" name | "column" name | "tolerance" tolerance | "message" string
///            | "for" "each" binding { "," [ "each" ] binding } | "where" expr ;
/// binding    = "row" ident [ "in" ( "收入" | "支出" ) ]
///            | "column" ident [ "in" "[" name { "," name } "]" ] [ "in" ( "收入" | "支出" ) ]
///            | ident "in" expr ;
/// tolerance  = "exact" | "rounding" | number ;
/// expr       = "if" expr "then" expr "else" expr | or ;
/// or         = and { "or" and } ;        and = not { "and" not } ;       not = "not" not | compare ;
/// compare    = sum [ ( "==" | "!=" | "&lt;=" | "&gt;=" | "&lt;" | "&gt;" ) sum ] ;
/// sum        = product { ( "+" | "-" ) product } ;       product = unary { ( "*" | "/" ) unary } ;
/// unary      = "-" unary | primary ;
/// primary    = number | "true" | "false" | "(" expr ")" | ident "(" [ expr { "," expr } ] ")" | cell ;
/// cell       = [ name "::" ] row [ "[" name "]" ] ;
/// row        = digits [ ".." digits ] | side ":" string | string | ident ;   (digits may end in x wildcards)
/// side       = "收入" | "支出" ;
/// number     = digit { digit } "." digit { digit } ;    (a bare integer is a code)
/// name       = ident | string ;
/// </code>
/// </remarks>
internal static class RuleGrammar
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "rule", "include", "table", "column", "tolerance", "message", "for", "each", "in", "where", "check", "row",
        "if", "then", "else", "and", "or", "not", "true", "false",
    };

    // ---- lexical ----------------------------------------------------------------------------------------------

    // Whitespace and comments (# or // to the end of the line), skipped by hand: every token is read between two gaps
    // and every failed alternative reads them again, so the combinator form (a Many of Ors, allocating a failure
    // result at each try) made a gap cost kilobytes where there was nothing to skip, and a 60-character where clause
    // about 0.7 MB to parse.
    private static readonly Parser<IEnumerable<string>> Gap = input => Result.Success<IEnumerable<string>>([], SkipGap(input));

    private static IInput SkipGap(IInput input)
    {
        var i = input;
        while (!i.AtEnd)
        {
            if (char.IsWhiteSpace(i.Current))
            {
                i = i.Advance();
            }
            else if (i.Current == '#' || (i.Current == '/' && i.Position + 1 < i.Source.Length && i.Source[i.Position + 1] == '/'))
            {
                while (!i.AtEnd && i.Current != '\n')
                {
                    i = i.Advance();
                }
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static Parser<T> Tok<T>(Parser<T> parser) => input =>
    {
        var result = parser(SkipGap(input));
        return result.WasSuccessful ? Result.Success(result.Value, SkipGap(result.Remainder)) : result;
    };

    // Sprache's XMany, without its second try of the element that ended the run (Many's last failure, tried again by
    // Once): at every operator level of an expression that try read the gap and each operator once more.
    private static Parser<IEnumerable<T>> XMany<T>(Parser<T> element) => input =>
    {
        var values = new List<T>();
        var at = input;
        while (true)
        {
            var result = element(at);
            if (!result.WasSuccessful)
            {
                // An element begun and not finished is the error; one not begun ends the run.
                return result.Remainder.Equals(at)
                    ? Result.Success<IEnumerable<T>>(values, at)
                    : Result.Failure<IEnumerable<T>>(result.Remainder, result.Message, result.Expectations);
            }

            if (result.Remainder.Equals(at))
            {
                return Result.Success<IEnumerable<T>>(values, at);
            }

            values.Add(result.Value);
            at = result.Remainder;
        }
    };

    private static bool IsNameStart(char c) =>
        char.IsLetter(c) || c is '_' or '“' or '”' or '‘' or '’';

    private static bool IsNamePart(char c) =>
        IsNameStart(c) || char.IsDigit(c) || c is '（' or '）' or '、';

    private static readonly Parser<string> Word =
        from first in Parse.Char(IsNameStart, Expect.Name)
        from rest in Parse.Char(IsNamePart, Expect.Name).Many().Text()
        select first + rest;

    private static readonly Parser<string> Identifier =
        Tok(Word.Where(w => !Keywords.Contains(w))).Named(Expect.Name);

    private static Parser<string> Keyword(string word) =>
        Tok(Word.Where(w => w == word)).Named($"'{word}'");

    private static Parser<string> Symbol(string symbol) => Tok(Parse.String(symbol).Text()).Named($"'{symbol}'");

    private static readonly Parser<string> QuotedString =
        Tok(from open in Parse.Char('"')
            from chars in Parse.CharExcept("\"\n").Or(Parse.String("\\\"").Return('"')).Many().Text()
            from close in Parse.Char('"').Named(Expect.ClosingQuote)
            select chars).Named(Expect.QuotedString);

    private static readonly Parser<string> Name = Identifier.Or(QuotedString);

    private static readonly Parser<string> Digits =
        (from first in Parse.Digit
         from rest in Parse.Char(c => char.IsDigit(c) || c is 'x' or 'X', Expect.DigitOrX).Many().Text()
         select first + rest.ToLowerInvariant()).Named(Expect.Code);

    private static readonly Parser<NumberExpr> Number =
        Tok((from whole in Parse.Digit.AtLeastOnce().Text()
             from dot in Parse.Char('.')
             from fraction in Parse.Digit.AtLeastOnce().Text()
             select whole + "." + fraction).Span())
        .Named(Expect.Number)
        .Select(s => new NumberExpr(Literal(s), s.Value, Position(s)));

    /// <summary>The largest number a rule may write: 12 digits before the point, 4 after (an amount's precision).</summary>
    public const decimal MaxLiteral = 999_999_999_999.9999m;

    private const int MaxLiteralWholeDigits = 12;

    // Checked where it is read, so that no engine ever meets a number it cannot hold: a literal of 30 digits is a
    // mistake in the rule file, reported at its place.
    private static decimal Literal(ITextSpan<string> s)
    {
        var whole = s.Value.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? dot : s.Value.Length;
        if (whole - s.Value.TakeWhile(c => c == '0').Count() > MaxLiteralWholeDigits
            || !decimal.TryParse(s.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value > MaxLiteral)
        {
            throw new RuleLoadException([new RuleDiagnostic(Position(s),
                RuleTexts.T("Parse.NumberTooLarge", s.Value.Length > 40 ? s.Value[..40] + "…" : s.Value, MaxLiteralWholeDigits, MaxLiteral.ToString(CultureInfo.InvariantCulture)))]);
        }

        return value;
    }

    // ---- expressions -----------------------------------------------------------------------------------------

    private static readonly Parser<Expr> ExprRef = Parse.Ref(() => Expression);

    private static readonly Parser<Expr> Parenthesised =
        from open in Symbol("(")
        from e in ExprRef
        from close in Symbol(")")
        select e;

    private static readonly Parser<Expr> BoolLiteral =
        Tok(Word.Where(w => w is "true" or "false").Span())
        .Select(s => (Expr)new BoolExpr(s.Value == "true", Position(s)));

    private static readonly Parser<Expr> Call =
        from name in Tok(Word.Where(w => !Keywords.Contains(w)).Span())
        from open in Tok(Parse.Char('('))
        from args in ExprRef.XDelimitedBy(Symbol(",")).Optional()
        from close in Symbol(")")
        select (Expr)new CallExpr(name.Value, args.GetOrElse([]).ToList(), Position(name));

    private static readonly Parser<RowSelector> CodeRow =
        from from_ in Tok(Digits)
        from to in (from dots in Symbol("..") from end in Tok(Digits) select end).Optional()
        select to.IsDefined ? new RangeSelector(from_, to.Get())
            : from_.Contains('x', StringComparison.Ordinal) ? new PatternSelector(from_)
            : (RowSelector)new CodeSelector(from_);

    private static readonly Parser<RowSelector> SideLabelRow =
        from side in Tok(Word.Where(w => w is "收入" or "支出"))
        from colon in Symbol(":")
        from label in QuotedString
        select (RowSelector)new LabelSelector(label, side == "收入" ? LabelSide.Income : LabelSide.Expenditure);

    private static readonly Parser<RowSelector> Row =
        CodeRow
            .Or(SideLabelRow)
            .Or(QuotedString.Select(s => (RowSelector)new LabelSelector(s, LabelSide.Any)))
            .Or(from name in Identifier
                from notCall in Parse.Char('(').Not() // a name before '(' is a call: report the call's error
                select (RowSelector)new NameSelector(name));

    private static readonly Parser<NameSyntax> SpannedName =
        Tok(Identifier.Select(n => (n, false)).Or(QuotedString.Select(n => (n, true))).Span())
        .Select(s => new NameSyntax(s.Value.Item1, Position(s), s.Value.Item2));

    private static readonly Parser<NameSyntax> ColumnSuffix =
        from open in Symbol("[")
        from name in SpannedName
        from close in Symbol("]")
        select name;

    private static readonly Parser<Expr> Cell =
        from gap in Gap
        from start in Parse.Return(0).Span()
        from table in (from t in Name from sep in Symbol("::") select t).Optional()
        from row in Row
        from column in ColumnSuffix.Optional()
        select (Expr)new CellExpr(table.GetOrDefault(), row, column.GetOrDefault(), Position(start));

    private static readonly Parser<Expr> Primary =
        Number.Select(n => (Expr)n)
            .Or(BoolLiteral)
            .Or(Parenthesised)
            .Or(Call)
            .Or(Cell);

    private static readonly Parser<Expr> Unary =
        (from op in Tok(Parse.Char('-').Named("'-'").Span())
         from operand in Parse.Ref(() => Unary)
         select (Expr)new UnaryExpr(UnaryOperator.Negate, operand, Position(op)))
        .Or(Primary);

    private static Parser<Expr> Chain(Parser<(BinaryOperator Op, SourceSpan At)> op, Parser<Expr> operand) =>
        from first in operand
        from rest in XMany(from o in op from e in operand select (o, e))
        select BalancedChain.Build(first, rest.Select(p => (p.o, p.e)).ToList());

    private static Parser<(BinaryOperator, SourceSpan)> Op(string text, BinaryOperator op) =>
        Tok(Parse.String(text).Text().Span()).Select(s => (op, Position(s)));

    private static Parser<(BinaryOperator, SourceSpan)> WordOp(string word, BinaryOperator op) =>
        Tok(Word.Where(w => w == word).Span()).Select(s => (op, Position(s)));

    private static readonly Parser<Expr> Product =
        Chain(Op("*", BinaryOperator.Multiply).Or(Op("/", BinaryOperator.Divide)), Unary);

    private static readonly Parser<Expr> Sum =
        Chain(Op("+", BinaryOperator.Add).Or(Op("-", BinaryOperator.Subtract)), Product);

    private static readonly Parser<(BinaryOperator, SourceSpan)> Comparison =
        Op("==", BinaryOperator.Equal)
            .Or(Op("!=", BinaryOperator.NotEqual))
            .Or(Op("<=", BinaryOperator.LessOrEqual))
            .Or(Op(">=", BinaryOperator.GreaterOrEqual))
            .Or(Op("<", BinaryOperator.Less))
            .Or(Op(">", BinaryOperator.Greater));

    private static readonly Parser<Expr> Compare =
        from left in Sum
        from rest in (from o in Comparison from right in Sum select (o, right)).XOptional()
        select rest.IsDefined ? new BinaryExpr(rest.Get().o.Item1, left, rest.Get().right, rest.Get().o.Item2) : left;

    private static readonly Parser<Expr> Not =
        (from op in Tok(Word.Where(w => w == "not").Span())
         from operand in Parse.Ref(() => Not)
         select (Expr)new UnaryExpr(UnaryOperator.Not, operand, Position(op)))
        .Or(Compare);

    private static readonly Parser<Expr> And = Chain(WordOp("and", BinaryOperator.And), Not);

    private static readonly Parser<Expr> Or = Chain(WordOp("or", BinaryOperator.Or), And);

    private static readonly Parser<Expr> If =
        from keyword in Tok(Word.Where(w => w == "if").Span())
        from condition in ExprRef
        from then in Keyword("then")
        from whenTrue in ExprRef
        from @else in Keyword("else")
        from whenFalse in ExprRef
        select (Expr)new IfExpr(condition, whenTrue, whenFalse, Position(keyword));

    /// <summary>An expression.</summary>
    public static readonly Parser<Expr> Expression = If.Or(Or);

    // ---- statements ------------------------------------------------------------------------------------------

    private static readonly Parser<ToleranceSyntax> Tolerance =
        Keyword("exact").Return(ToleranceSyntax.Exact)
            .Or(Keyword("rounding").Return(new ToleranceSyntax(ToleranceMode.Rounding, 0m)))
            .Or(Number.Select(n => new ToleranceSyntax(ToleranceMode.Absolute, n.Value)))
            .Named(Expect.Tolerance);

    private static readonly Parser<SeverityKeyword> SeverityWord =
        Keyword("error").Return(SeverityKeyword.Error)
            .Or(Keyword("强制性").Return(SeverityKeyword.Error))
            .Or(Keyword("warning").Return(SeverityKeyword.Warning))
            .Or(Keyword("提示性").Return(SeverityKeyword.Warning))
            .Or(Keyword("info").Return(SeverityKeyword.Info))
            .Named(Expect.Severity);

    private static readonly Parser<string> RuleId =
        Tok((from first in Parse.Letter
             from rest in Parse.Char(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.', Expect.RuleId).Many().Text()
             select first + rest).Where(id => id.All(c => c < 128))).Named(Expect.RuleIdExample);

    private static readonly Parser<string> InSide =
        from i in Keyword("in")
        from side in Tok(Word.Where(w => w is "收入" or "支出"))
        select side;

    private static readonly Parser<Quantifier> RowBinding =
        from start in Tok(Word.Where(w => w == "row").Span())
        from variable in Identifier
        from side in InSide.Optional()
        select new Quantifier(QuantifierKind.Rows, variable, null, [], side.GetOrDefault(), Position(start));

    private static readonly Parser<Quantifier> ColumnBinding =
        from start in Tok(Word.Where(w => w == "column").Span())
        from variable in Identifier
        from list in (from i in Keyword("in")
                      from open in Symbol("[")
                      from names in SpannedName.DelimitedBy(Symbol(","))
                      from close in Symbol("]")
                      select names.ToList()).Optional()
        from side in InSide.Optional()
        select new Quantifier(QuantifierKind.Columns, variable, null, list.GetOrElse([]), side.GetOrDefault(), Position(start));

    private static readonly Parser<Quantifier> CodeBinding =
        from variable in Tok(Word.Where(w => !Keywords.Contains(w)).Span())
        from i in Keyword("in")
        from set in Expression
        select new Quantifier(QuantifierKind.Codes, variable.Value, set, [], null, Position(variable));

    private static readonly Parser<Quantifier> Binding = RowBinding.Or(ColumnBinding).Or(CodeBinding);

    private static readonly Parser<IEnumerable<Quantifier>> ForEach =
        from f in Keyword("for")
        from e in Keyword("each")
        from first in Binding
        from rest in XMany(from comma in Symbol(",") from each in Keyword("each").Optional() from b in Binding select b)
        select new[] { first }.Concat(rest);

    private abstract record Clause;

    private sealed record TableClause(NameSyntax Name) : Clause;

    private sealed record ColumnClause(NameSyntax Name) : Clause;

    private sealed record ToleranceClause(ToleranceSyntax Tolerance) : Clause;

    private sealed record MessageClause(string Text) : Clause;

    private sealed record ForClause(IEnumerable<Quantifier> Quantifiers) : Clause;

    private sealed record WhereClause(Expr Condition) : Clause;

    private static readonly Parser<Clause> ClauseParser =
        (from k in Keyword("table") from n in SpannedName select (Clause)new TableClause(n))
            .Or(from k in Keyword("column") from n in SpannedName select (Clause)new ColumnClause(n))
            .Or(from k in Keyword("tolerance") from t in Tolerance select (Clause)new ToleranceClause(t))
            .Or(from k in Keyword("message") from s in QuotedString select (Clause)new MessageClause(s))
            .Or(ForEach.Select(q => (Clause)new ForClause(q)))
            .Or(from k in Keyword("where") from e in Expression select (Clause)new WhereClause(e));

    /// <summary>One rule; the file's default tolerance is filled in by the caller.</summary>
    public static Parser<RuleSyntax> Rule(ToleranceSyntax? defaultTolerance) =>
        from start in Tok(Word.Where(w => w == "rule").Span())
        from id in RuleId
        from severity in SeverityWord
        from title in QuotedString
        from clauses in XMany(ClauseParser)
        from check in Keyword("check").Named(Expect.CheckOrClause)
        from condition in Expression
        select Build(id, severity, title, clauses.ToList(), condition, Position(start), defaultTolerance);

    /// <summary>An include statement.</summary>
    public static readonly Parser<NameSyntax> Include =
        from k in Keyword("include")
        from path in Tok(QuotedString.Span())
        select new NameSyntax(path.Value, Position(path));

    /// <summary>A file-level default tolerance.</summary>
    public static readonly Parser<ToleranceSyntax> DefaultTolerance =
        from k in Keyword("tolerance")
        from t in Tolerance
        select t;

    /// <summary>Whitespace and comments.</summary>
    public static Parser<IEnumerable<string>> Whitespace => Gap;

    /// <summary>The file name used in spans; set per parse (parsing is single-threaded per call through <see cref="RuleParser"/>).</summary>
    [ThreadStatic]
    private static string? currentFile;

    internal static IDisposable ForFile(string name)
    {
        var previous = currentFile;
        currentFile = name;
        return new Restore(() => currentFile = previous);
    }

    private static SourceSpan Position<T>(ITextSpan<T> span) =>
        new(currentFile ?? "rules", span.Start.Line, span.Start.Column);

    private static RuleSyntax Build(
        string id, SeverityKeyword severity, string title, List<Clause> clauses, Expr check, SourceSpan span, ToleranceSyntax? defaultTolerance) =>
        new(
            id,
            severity,
            title,
            clauses.OfType<TableClause>().LastOrDefault()?.Name,
            clauses.OfType<ColumnClause>().LastOrDefault()?.Name,
            clauses.OfType<ToleranceClause>().LastOrDefault()?.Tolerance ?? defaultTolerance,
            clauses.OfType<MessageClause>().LastOrDefault()?.Text,
            clauses.OfType<ForClause>().SelectMany(f => f.Quantifiers).ToList(),
            clauses.OfType<WhereClause>().LastOrDefault()?.Condition,
            check,
            span);

    private sealed class Restore(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
