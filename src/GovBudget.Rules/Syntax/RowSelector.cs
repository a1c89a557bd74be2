namespace GovBudget.Rules.Syntax;

/// <summary>Which rows a cell reference means.</summary>
internal abstract record RowSelector;

/// <summary>A digit string: a code (301) when it has 3, 5 or 7 digits; the binder rejects other lengths.</summary>
/// <param name="Digits">The digits.</param>
internal sealed record CodeSelector(string Digits) : RowSelector;

/// <summary>A code pattern with x wildcards (301xx, 3011x).</summary>
/// <param name="Pattern">The pattern.</param>
internal sealed record PatternSelector(string Pattern) : RowSelector;

/// <summary>An inclusive range of codes of one length (30101..30113); a pattern end stands for its lowest/highest match.</summary>
/// <param name="From">The lower end (code or pattern).</param>
/// <param name="To">The upper end (code or pattern).</param>
internal sealed record RangeSelector(string From, string To) : RowSelector;

/// <summary>A row addressed by its label ("本年收入合计"), optionally on one side (收入:"…").</summary>
/// <param name="Label">The label as written.</param>
/// <param name="Side">The side, or <see cref="LabelSide.Any"/> for either.</param>
internal sealed record LabelSelector(string Label, LabelSide Side) : RowSelector;

/// <summary>A bare name: a quantifier variable, or a level set (类, 款, 项).</summary>
/// <param name="Name">The name.</param>
internal sealed record NameSelector(string Name) : RowSelector;
