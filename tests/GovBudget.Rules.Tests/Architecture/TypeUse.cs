namespace GovBudget.Rules.Tests.Architecture;

/// <summary>One type using another: the evidence behind a namespace edge.</summary>
/// <param name="From">The using type's full name (a nested type counts as its outermost type).</param>
/// <param name="To">The used type's full name.</param>
/// <param name="Where">What the use is: "base type", "field", "signature", "body of M", "attribute" …</param>
internal sealed record TypeUse(string From, string To, string Where)
{
    /// <summary>The using type's namespace.</summary>
    public string FromNamespace => NamespaceOf(From);

    /// <summary>The used type's namespace.</summary>
    public string ToNamespace => NamespaceOf(To);

    public override string ToString() => $"{From} → {To} ({Where})";

    private static string NamespaceOf(string fullName) =>
        fullName.LastIndexOf('.') is var dot and > 0 ? fullName[..dot] : string.Empty;
}
