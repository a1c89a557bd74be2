using System.Collections.Immutable;
using GovBudget.Documents;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Profiles;

/// <summary>The built-in disclosure profiles, and the choice of a document's profile.</summary>
public static class DisclosureProfiles
{
    private const string ResourcePrefix = "GovBudget.Profiles.";

    private static readonly Lazy<ImmutableArray<DisclosureProfile>> BuiltIn = new(LoadBuiltIn);

    /// <summary>
    /// The built-in profiles (石家庄市 and 上海市 预算, 上海市 决算, 江苏省 预算), read once from the library's data files.
    /// </summary>
    public static ImmutableArray<DisclosureProfile> Standard => BuiltIn.Value;

    /// <summary>The names of <see cref="Standard"/>, in order.</summary>
    public static IEnumerable<string> Names => Standard.Select(p => p.Name);

    /// <summary>The built-in profile named <paramref name="name"/> (as <c>--profile</c> takes it), or null.</summary>
    public static DisclosureProfile? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Standard.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The profile <paramref name="document"/> is checked against. Certain when the document's region (its
    /// department's name), kind and year select exactly one profile; otherwise the profile of its kind whose titles its
    /// printed tables and contents list match best, with the reason.
    /// </summary>
    public static ProfileChoice Choose(Disclosure document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ofKind = Standard.Where(p => p.Kind == document.Kind).ToList();
        var kind = T(document.Kind == DisclosureKind.FinalAccount ? "Kind.FinalAccounts" : "Kind.Budget");
        var regional = ofKind.Where(p => p.IsOfRegion(document.Department)).ToList();
        var fixedByDocument = regional.Where(p => p.Covers(document.Year)).ToList();
        if (fixedByDocument.Count == 1)
        {
            var p = fixedByDocument[0];
            return new ProfileChoice(p, true, T("Profile.ByRegion", p.Region, document.Department.Name, kind, document.Year.Year));
        }

        var candidates = fixedByDocument.Count > 1 ? fixedByDocument : regional.Count > 0 ? regional : ofKind.Count > 0 ? ofKind : [.. Standard];
        var scored = candidates.Select(p => (Profile: p, Score: Score(p, document)))
            .OrderByDescending(s => s.Score.Titles).ThenByDescending(s => s.Score.Kinds).ThenBy(s => s.Score.Absent)
            .ThenBy(s => s.Profile.Name, StringComparer.Ordinal).ToList();
        var best = scored[0];
        var why = fixedByDocument.Count > 1
            ? T("Profile.Several", kind, fixedByDocument.Count)
            : regional.Count > 0
            ? T("Profile.YearsOutside", best.Profile.Region, best.Profile.FirstYear, best.Profile.LastYear, document.Year.Year)
            : T("Profile.NoRegion", document.Department.Name);
        return new ProfileChoice(best.Profile, false,
            T("Profile.ByTables", why, best.Score.Titles, best.Score.Kinds, best.Profile.Tables.Length));
    }

    // How well the titles a document prints (its tables and its contents list) fit a profile.
    private static (int Titles, int Kinds, int Absent) Score(DisclosureProfile profile, Disclosure document)
    {
        var printed = document.Tables.Select(t => t.Title).Concat(document.Contents.Where(c => c.TableKind is not null).Select(c => c.Title))
            .Select(NameNormalizer.Title).ToHashSet(StringComparer.Ordinal);
        var titles = profile.Tables.Count(t => t.Titles.Any(title => printed.Contains(NameNormalizer.Title(title))));
        var kinds = profile.Tables.Count(t => document.Table(t.Kind) is not null || document.Contents.Any(c => c.TableKind == t.Kind));
        return (titles, kinds, profile.Tables.Length - kinds);
    }

    private static ImmutableArray<DisclosureProfile> LoadBuiltIn()
    {
        var assembly = typeof(DisclosureProfiles).Assembly;
        var profiles = new List<DisclosureProfile>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)
            && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            profiles.Add(ProfileReader.Read(reader.ReadToEnd(), "profiles/" + resource[ResourcePrefix.Length..]));
        }

        return [.. profiles];
    }
}
