using System.Collections.Immutable;
using GovBudget.Documents;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Profiles;

/// <summary>A table a profile says a disclosure must publish.</summary>
/// <param name="Kind">The standard table.</param>
/// <param name="Form">The form number or position the documents print for it (公开01表, 1, 一), or null.</param>
/// <param name="Titles">The titles the documents of the profile print for it, the usual one first.</param>
/// <param name="StatementSubjects">
/// What a statement that replaces the table speaks of (政府性基金): a sentence of the narrative saying the department
/// has none (本部门无政府性基金预算) satisfies the profile when the table is not printed. Empty when nothing replaces it.
/// </param>
public sealed record MandatedTable(TableKind Kind, string? Form, ImmutableArray<string> Titles, ImmutableArray<string> StatementSubjects)
{
    /// <summary>The usual printed title.</summary>
    public string Title => Titles.IsDefaultOrEmpty ? Kind.CanonicalName : Titles[0];

    /// <summary>Whether a statement in the narrative may stand for the table.</summary>
    public bool MayBeReplacedByStatement => !StatementSubjects.IsDefaultOrEmpty;

    /// <summary>"《收支预算总表》（公开01表）".</summary>
    public override string ToString() => T("Mandated.Table", Title, Form is null ? string.Empty : T("Mandated.Form", Form));
}
