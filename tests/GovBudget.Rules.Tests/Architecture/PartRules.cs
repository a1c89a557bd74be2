namespace GovBudget.Rules.Tests.Architecture;

/// <summary>
/// The parts (namespaces) of the product, which others each may use, and the known violations still to be removed.
/// <see cref="Problems"/> lists every use of a part that is neither allowed nor known, every known violation that no
/// longer occurs (so the list only shrinks), and every GovBudget namespace that is not declared as a part.
/// </summary>
/// <param name="Allowed">Each part and the parts it may use (using itself is always allowed).</param>
/// <param name="Known">Edges that break the rules today, each with why it is there and what removes it.</param>
internal sealed record PartRules(IReadOnlyDictionary<string, string[]> Allowed, IReadOnlyDictionary<(string From, string To), string> Known)
{
    /// <summary>How many uses are quoted as evidence for one forbidden edge.</summary>
    private const int Evidence = 3;

    public IReadOnlyList<string> Problems(IEnumerable<TypeUse> uses)
    {
        var edges = uses
            .Where(u => IsProduct(u.FromNamespace) && IsProduct(u.ToNamespace) && u.FromNamespace != u.ToNamespace)
            .GroupBy(u => (From: u.FromNamespace, To: u.ToNamespace))
            .ToDictionary(g => g.Key, g => g.ToList());
        var problems = new List<string>();
        foreach (var part in edges.Keys.SelectMany(e => new[] { e.From, e.To }).Distinct().Where(p => !Allowed.ContainsKey(p)).Order(StringComparer.Ordinal))
        {
            problems.Add($"{part} is not a declared part: add it to the parts with what it may use (and to docs/architecture.md)");
        }

        foreach (var (edge, evidence) in edges.OrderBy(e => e.Key.From, StringComparer.Ordinal).ThenBy(e => e.Key.To, StringComparer.Ordinal))
        {
            if (Allowed.TryGetValue(edge.From, out var may) && !may.Contains(edge.To) && !Known.ContainsKey(edge))
            {
                var shown = evidence.Select(u => u.ToString()).Distinct().Order(StringComparer.Ordinal).Take(Evidence);
                problems.Add($"{edge.From} uses {edge.To}, which it may not: {string.Join("; ", shown)}");
            }
        }

        foreach (var (edge, reason) in Known.Where(k => !edges.ContainsKey(k.Key)))
        {
            problems.Add($"the known violation {edge.From} → {edge.To} no longer occurs: remove it from the list ({reason})");
        }

        foreach (var (edge, reason) in Known.Where(k => Allowed.TryGetValue(k.Key.From, out var may) && may.Contains(k.Key.To)))
        {
            problems.Add($"the known violation {edge.From} → {edge.To} is allowed anyway: remove it from the list ({reason})");
        }

        return problems;
    }

    private static bool IsProduct(string ns) => ns == "GovBudget" || ns.StartsWith("GovBudget.", StringComparison.Ordinal);
}
