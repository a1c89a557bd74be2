using GovBudget.Rules.Diagnostics;

namespace GovBudget.Rules.Findings;

/// <summary>One failing binding of a rule in one document.</summary>
/// <param name="RuleId">The rule's stable id.</param>
/// <param name="Severity">The severity (a rule difference rounding can explain is reported as a warning).</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Message">The message, placeholders filled in.</param>
/// <param name="Table">The rule table's canonical name, or null.</param>
/// <param name="TableTitle">The rule table's printed title, or null.</param>
/// <param name="Cells">The cells read to decide, in reading order.</param>
/// <param name="Expected">The right side of the deciding comparison, in the rule table's unit; null when not numeric.</param>
/// <param name="Actual">The left side.</param>
/// <param name="Difference">Actual − expected.</param>
/// <param name="ExpectedText">For comparisons of names: the expected name.</param>
/// <param name="ActualText">For comparisons of names: the actual name.</param>
/// <param name="Missing">Rows the rule referenced that the document does not have (they counted as zero).</param>
/// <param name="Bindings">The quantifier variables' values (c = 301, k = 合计).</param>
/// <param name="ExplainedByRounding">Whether rounding each figure to its printed precision can explain the difference.</param>
/// <param name="Rule">Where the rule is written.</param>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Title,
    string Message,
    string? Table,
    string? TableTitle,
    IReadOnlyList<FindingCell> Cells,
    decimal? Expected,
    decimal? Actual,
    decimal? Difference,
    string? ExpectedText,
    string? ActualText,
    IReadOnlyList<string> Missing,
    IReadOnlyDictionary<string, string> Bindings,
    bool ExplainedByRounding,
    SourceSpan Rule)
{
    /// <summary>
    /// Whether the finding reports a fault of the checker itself, not of the document: a rule or built-in check that
    /// threw while it ran (规则执行失败). The other checks still ran; the CLI exits 3 so that it is reported.
    /// </summary>
    public bool IsInternalFault { get; init; }

    /// <summary>
    /// The unit of <see cref="Expected"/>, <see cref="Actual"/> and <see cref="Difference"/> (元, 万元, 亿元), or null when
    /// they are not amounts (a count) or absent. Built-in checks leave it null; their cells carry their units.
    /// </summary>
    public string? Unit { get; init; }

    /// <summary>
    /// Whether the finding rests on a cell the reader read with a structural sign of an uncertain reading (a code
    /// fragment taken for an amount, a row with no label, …): it is then a warning marked 待核实, never an error.
    /// </summary>
    public bool Uncertain => Uncertainty is not null;

    /// <summary>For an uncertain finding: what looked wrong in the reading, in the report's words; otherwise null.</summary>
    public string? Uncertainty { get; init; }

    /// <summary>For an uncertain finding: the pages to check by eye.</summary>
    public IReadOnlyList<int> PagesToCheck { get; init; } = [];

    /// <summary>
    /// The page the finding points at: that of its first cell printed on a known page (for a narrative finding, the
    /// quoted sentence's page), or 0 when the source has no pages.
    /// </summary>
    public int Page => Cells.FirstOrDefault(c => c.Page > 0)?.Page ?? 0;

    /// <summary>"error BE-301: message".</summary>
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {RuleId}: {Message}";
}
