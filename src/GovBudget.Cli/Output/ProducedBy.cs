using System.Reflection;
using GovBudget.Catalog;
using GovBudget.Cli.Commands;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using NodaTime;
using NodaTime.Text;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Output;

/// <summary>
/// What produced a report, so that an audit can be reproduced: the tool's version, the rule files each document was
/// checked with and the SHA-256 of their text, the catalog edition its year reads, its profile, and the day waivers
/// were judged on (when there were waivers).
/// </summary>
internal sealed class ProducedBy(PackChoice packs, LocalDate? waiversJudgedOn)
{
    private readonly Dictionary<DisclosureKind, RulePack> byKind = [];

    /// <summary>The tool's version as <c>govbudget --version</c> prints it (with the commit it was built from).</summary>
    public static string Version { get; } =
        typeof(ProducedBy).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The day waiver expiry was judged on (<c>--today</c>, else the local date), or null when no waiver was read.</summary>
    public LocalDate? Today => waiversJudgedOn;

    /// <summary>The rule files a document of <paramref name="kind"/> was checked with, in load order, with the SHA-256 of each.</summary>
    public IReadOnlyList<(string Source, string Sha256)> Rules(DisclosureKind kind)
    {
        if (!byKind.TryGetValue(kind, out var pack))
        {
            byKind[kind] = pack = packs.For(kind);
        }

        return [.. pack.Sources.Select(s => (s, pack.SourceHashes.GetValueOrDefault(s, string.Empty)))];
    }

    /// <summary>The rule files of every document read, each once.</summary>
    public IReadOnlyList<(string Source, string Sha256)> Rules(IEnumerable<CheckedDocument> documents) =>
        [.. Kinds(documents).SelectMany(Rules).Distinct()];

    /// <summary>The built-in catalog edition a document's year reads (catalogname, CAT-* checks), or null when there is none.</summary>
    public static int? CatalogEdition(CheckedDocument r) =>
        r.Year is { } year && ClassificationCatalog.BuiltInEditions.Contains(year.Year) ? year.Year : null;

    /// <summary>生成：govbudget 0.1.0；规则 a.rules（SHA-256 …）；科目目录 2023 年版；公开规范 name；豁免判定日 2026-12-04.</summary>
    public string Line(IReadOnlyList<CheckedDocument> documents)
    {
        var read = documents.Where(d => d.Error is null && d.Kind is not null).ToList();
        var years = read.Select(d => d.Year).Distinct().ToList();
        var catalogs = years.Select(y => y is { } v && ClassificationCatalog.BuiltInEditions.Contains(v.Year) ? T("Produced.Edition", v.Year) : T("Produced.NoEdition", y?.Year));
        var profiles = read.Select(d => d.Profile?.Profile.Name).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var rules = Rules(read);
        var parts = new List<string> { T("Produced.Line", Version) };
        if (rules.Count > 0)
        {
            parts.Add(T("Produced.Rules", string.Join(T("List.Enumeration"), rules.Select(r => T("Produced.Rule", r.Source, r.Sha256)))));
            parts.Add(T("Produced.Catalog", string.Join(T("List.Enumeration"), catalogs)));
        }

        if (profiles.Count > 0)
        {
            parts.Add(T("Produced.Profiles", string.Join(T("List.Enumeration"), profiles)));
        }

        if (Today is { } today)
        {
            parts.Add(T("Produced.Today", LocalDatePattern.Iso.Format(today)));
        }

        return string.Join(T("List.Clauses"), parts);
    }

    private static IEnumerable<DisclosureKind> Kinds(IEnumerable<CheckedDocument> documents) =>
        documents.Where(d => d.Error is null).Select(d => d.Kind).OfType<DisclosureKind>().Distinct();
}
