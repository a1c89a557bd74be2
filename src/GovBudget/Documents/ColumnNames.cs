namespace GovBudget.Documents;

/// <summary>Canonical column names and the variants real documents print for them (the built-in names' columns: <see cref="DisclosureNames.Default"/>).</summary>
internal static class ColumnNames
{
    /// <summary>The canonical name for a printed column header (人员支出 → 人员经费); the normalised header itself when it has no known variant.</summary>
    public static string Canonical(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        return DisclosureNames.Default.CanonicalColumn(printed);
    }

    /// <summary>Whether <paramref name="name"/> is a column name or variant this library knows (for checking rule files).</summary>
    public static bool IsKnown(string name) => DisclosureNames.Default.IsKnownColumn(name);

    /// <summary>Every canonical column name known.</summary>
    public static IEnumerable<string> Known => DisclosureNames.Default.KnownColumns;

    /// <summary>The printed variants known for a canonical column name.</summary>
    public static IReadOnlyList<string> VariantsOf(string canonical) => DisclosureNames.Default.ColumnVariantsOf(canonical);
}
