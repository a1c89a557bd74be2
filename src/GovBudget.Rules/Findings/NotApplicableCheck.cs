namespace GovBudget.Rules.Findings;

/// <summary>A check that did not apply to a document, and why.</summary>
/// <param name="Rule">The check's id.</param>
/// <param name="Reason">The kind of reason.</param>
/// <param name="Detail">A readable explanation: which table, row, column or phrase, under which names it was looked for.</param>
public sealed record NotApplicableCheck(string Rule, NotApplicableReason Reason, string Detail)
{
    /// <summary>The reason's stable name in reports and JSON (<c>table-absent</c>, <c>row-absent</c>, …).</summary>
    public string ReasonName => Name(Reason);

    /// <summary>The stable name of <paramref name="reason"/> (<c>table-absent</c>, …).</summary>
    public static string Name(NotApplicableReason reason) => reason switch
    {
        NotApplicableReason.TableAbsent => "table-absent",
        NotApplicableReason.RowAbsent => "row-absent",
        NotApplicableReason.ColumnAbsent => "column-absent",
        NotApplicableReason.PhraseAbsent => "phrase-absent",
        NotApplicableReason.NarrativeAbsent => "narrative-absent",
        NotApplicableReason.CatalogAbsent => "catalog-absent",
        NotApplicableReason.DivisionByZero => "division-by-zero",
        NotApplicableReason.OtherKind => "other-kind",
        NotApplicableReason.WhereFalse => "where-false",
        _ => "other",
    };
}
