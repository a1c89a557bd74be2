namespace GovBudget.Rules.Findings;

/// <summary>
/// Why a check did not apply to a document. An auditor must never read "not applicable" as "checked and fine", so
/// every not-applicable check carries one of these and a readable detail.
/// </summary>
public enum NotApplicableReason
{
    /// <summary>A table the check reads is absent from the document (<c>table-absent</c>).</summary>
    TableAbsent,

    /// <summary>The table does not print a row the check names (<c>row-absent</c>).</summary>
    RowAbsent,

    /// <summary>The table does not print a column the check reads (<c>column-absent</c>).</summary>
    ColumnAbsent,

    /// <summary>The narrative never states the phrase the check reads (<c>phrase-absent</c>).</summary>
    PhraseAbsent,

    /// <summary>The document has no narrative (情况说明) (<c>narrative-absent</c>).</summary>
    NarrativeAbsent,

    /// <summary>The catalog has no edition for the document's year (<c>catalog-absent</c>).</summary>
    CatalogAbsent,

    /// <summary>The check would divide by zero (<c>division-by-zero</c>).</summary>
    DivisionByZero,

    /// <summary>The check is for another kind of document (<c>other-kind</c>).</summary>
    OtherKind,

    /// <summary>Any other reason; the detail says which (<c>other</c>).</summary>
    Other,

    /// <summary>The rule's <c>where</c> holds for none of its bindings: nothing was checked (<c>where-false</c>).</summary>
    WhereFalse,
}
