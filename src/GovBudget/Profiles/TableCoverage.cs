using System.Collections.Immutable;
using GovBudget.Documents;

namespace GovBudget.Profiles;

/// <summary>
/// Which of a profile's mandated tables a document was read to print, which it was not, and the blocks of figures the
/// reader could not name: what a reader of the import needs to judge how much of the document the checks see.
/// </summary>
public sealed class TableCoverage
{
    private TableCoverage(ImmutableArray<BudgetTable> recognised, ImmutableArray<MandatedTable> missing, ImmutableArray<UnreadTable> unrecognised)
    {
        Recognised = recognised;
        Missing = missing;
        Unrecognised = unrecognised;
    }

    /// <summary>Per mandated table the document prints, in the profile's order, the first table of its kind.</summary>
    public ImmutableArray<BudgetTable> Recognised { get; }

    /// <summary>The mandated tables no table of the document was read as, in the profile's order.</summary>
    public ImmutableArray<MandatedTable> Missing { get; }

    /// <summary>Blocks of figures not read as a standard table: unread blocks, then tables of no known kind.</summary>
    public ImmutableArray<UnreadTable> Unrecognised { get; }

    /// <summary>The coverage of <paramref name="document"/> against <paramref name="profile"/>.</summary>
    public static TableCoverage Of(Disclosure document, DisclosureProfile profile)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(profile);
        return new TableCoverage(
            [.. profile.Tables.Select(t => document.Table(t.Kind)).OfType<BudgetTable>()],
            [.. profile.Tables.Where(t => document.Table(t.Kind) is null)],
            UnrecognisedIn(document));
    }

    /// <summary>
    /// The blocks of <paramref name="document"/> printed like tables of figures that were not read as a standard table
    /// (a standard table may hide in one): the reader's unread blocks, then the tables read with no known kind.
    /// </summary>
    internal static ImmutableArray<UnreadTable> UnrecognisedIn(Disclosure document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. document.UnreadTables.Concat(document.Tables.Where(t => t.Kind == TableKind.Unrecognised).Select(t => new UnreadTable(t.Title, t.Page, t.Line)))];
    }
}
