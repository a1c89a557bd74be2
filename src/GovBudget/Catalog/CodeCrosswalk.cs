using System.Globalization;
using System.Text;
using GovBudget.Classification;
using GovBudget.Documents;

namespace GovBudget.Catalog;

/// <summary>
/// The renames and splits between catalog editions (<c>Catalog/Data/crosswalk.csv</c>, every line with its source):
/// what a code is called in an edition the built-in catalogs do not print it in, and which printed names are another
/// edition's name of a code (医疗卫生与计划生育支出 is 210 until 2018, 卫生健康支出 from 2019).
/// </summary>
internal sealed class CodeCrosswalk
{
    private const string Resource = "GovBudget.Catalog.crosswalk.csv";

    private static readonly Lazy<CodeCrosswalk> Shipped = new(LoadBuiltIn);

    // Normalised printed name → the codes the crosswalk gives that name in some edition.
    private readonly Dictionary<string, List<ClassificationCode>> byName = new(StringComparer.Ordinal);

    private CodeCrosswalk(IReadOnlyList<CodeRename> renames)
    {
        Renames = renames;
        foreach (var r in renames)
        {
            AddName(r.Name, r.Code);
            AddName(r.NewName, r.NewCode);
        }
    }

    /// <summary>The built-in crosswalk, read once.</summary>
    public static CodeCrosswalk BuiltIn => Shipped.Value;

    /// <summary>Every line, in file order.</summary>
    public IReadOnlyList<CodeRename> Renames { get; }

    /// <summary>Reads a crosswalk; errors name <paramref name="sourceName"/> and the line.</summary>
    /// <exception cref="CatalogFormatException">A line is malformed or repeated.</exception>
    public static CodeCrosswalk Read(TextReader text, string sourceName) => new(CrosswalkCsvReader.Read(text, sourceName));

    /// <summary>
    /// The name of <paramref name="code"/> in <paramref name="edition"/> that the crosswalk gives: the new name of
    /// the latest change to it at or before the edition, else its old name when it changes after the edition. Null
    /// when the crosswalk says nothing, or the code no longer exists in that edition.
    /// </summary>
    public string? NameIn(ClassificationCode code, int edition)
    {
        var became = Renames.Where(r => r.NewCode == code && r.Since <= edition).MaxBy(r => r.Since);
        var left = Renames.Where(r => r.Code == code && r.Since <= edition).MaxBy(r => r.Since);
        if (became is not null && (left is null || left.Since <= became.Since))
        {
            return became.NewName;
        }

        return left is null ? Renames.Where(r => r.Code == code && r.Since > edition).MinBy(r => r.Since)?.Name : null;
    }

    /// <summary>
    /// Why <paramref name="printed"/> is not the name of <paramref name="code"/> in <paramref name="edition"/> when the
    /// crosswalk knows it as the code's name in another edition: <c>旧科目名称（自 2019 年起为“卫生健康支出”）</c>, or
    /// <c>2019 年起的科目名称（2018 年为“医疗卫生与计划生育支出”）</c>. Null when it is not such a name.
    /// </summary>
    public string? OtherEditionNote(ClassificationCode code, string printed, int edition)
    {
        var name = NameNormalizer.Label(printed);
        var old = Renames.FirstOrDefault(r => r.Code == code && r.Since <= edition && NameNormalizer.Label(r.Name) == name);
        if (old is not null && NameIn(code, edition) is { } current && NameNormalizer.Label(current) != name)
        {
            var successors = Renames.Where(r => r.Code == old.Code && r.Name == old.Name && r.Since == old.Since).ToList();
            return successors is [{ KeepsCode: true } only]
                ? string.Create(CultureInfo.InvariantCulture, $"旧科目名称（自 {old.Since} 年起为“{only.NewName}”）")
                : string.Create(CultureInfo.InvariantCulture, $"旧科目（自 {old.Since} 年起为 {string.Join("、", successors.Select(s => $"{s.NewCode} {s.NewName}"))}）");
        }

        var later = Renames.FirstOrDefault(r => r.KeepsCode && r.Code == code && r.Since > edition && NameNormalizer.Label(r.NewName) == name);
        return later is null ? null : string.Create(CultureInfo.InvariantCulture, $"{later.Since} 年起的科目名称（{edition} 年为“{later.Name}”）");
    }

    /// <summary>The one code the crosswalk gives <paramref name="printed"/> as a name in some edition, or null when
    /// it gives none or several (医疗费: 30307 until 2017, 30114 from 2018).</summary>
    public ClassificationCode? CodeNamed(string printed) =>
        byName.TryGetValue(NameNormalizer.Label(printed), out var codes) && codes.Count == 1 ? codes[0] : null;

    /// <summary>Every name the crosswalk gives <paramref name="code"/>, in any edition.</summary>
    public IEnumerable<string> NamesOf(ClassificationCode code) =>
        Renames.SelectMany(r => (r.Code == code ? [r.Name] : Array.Empty<string>()).Concat(r.NewCode == code ? [r.NewName] : [])).Distinct(StringComparer.Ordinal);

    /// <summary>Whether the crosswalk records a change of <paramref name="code"/> after <paramref name="from"/>, up to
    /// and including <paramref name="to"/>.</summary>
    public bool ChangesBetween(ClassificationCode code, int from, int to) =>
        Renames.Any(r => (r.Code == code || r.NewCode == code) && r.Since > from && r.Since <= to);

    private void AddName(string name, ClassificationCode code)
    {
        var key = NameNormalizer.Label(name);
        if (!byName.TryGetValue(key, out var codes))
        {
            byName[key] = codes = [];
        }

        if (!codes.Contains(code))
        {
            codes.Add(code);
        }
    }

    private static CodeCrosswalk LoadBuiltIn()
    {
        using var stream = typeof(CodeCrosswalk).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the built-in crosswalk {Resource} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, "crosswalk.csv");
    }
}
