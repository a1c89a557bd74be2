using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace GovBudget.Documents;

/// <summary>
/// The wording disclosures print for their tables, columns and rows: title variants per table kind, column and row
/// name variants, the “三公” items and the forms of department names. Read from data files (docs/names.md describes
/// the format), so that a region's variants are added with a file, not with code.
/// </summary>
/// <remarks>
/// <see cref="Default"/> holds the built-in wording, read once from the library's data files. A reader given other
/// names (<c>DisclosureTextReader.Read(text, source, names)</c>, <c>PdfDisclosureReader.ReadFile(path, names)</c>)
/// recognises titles and columns by them, and the rules find rows by them. Instances are immutable.
/// </remarks>
public sealed partial class DisclosureNames
{
    /// <summary>
    /// The <c>formatVersion</c> of the files this library writes its built-in names in. It reads files of version 1 too:
    /// version 2 added the sections <c>headings</c> and <c>headerWords</c>.
    /// </summary>
    internal const int FormatVersion = 2;

    private const string ResourcePrefix = "GovBudget.Documents.Names.";

    private static readonly Lazy<DisclosureNames> BuiltIn = new(LoadBuiltIn);

    private readonly NameData data;

    // Titles normalised for matching, in the order of TableKind.All (a tie in length goes to the earlier kind).
    private readonly ImmutableArray<(string Title, TableKind Kind)> titleMatches;
    private readonly Dictionary<string, string> columnToCanonical;
    private readonly Dictionary<string, string> rowToCanonical;
    private readonly HashSet<string> rowCanonicals;
    private readonly HashSet<string> threePublicItems;
    private readonly Regex partHeading;

    // Column headers repeat on every page of every document: look each distinct one up once (bounded, as in NameNormalizer).
    private const int CacheLimit = 100_000;
    private readonly ConcurrentDictionary<string, string> columnCache = new(StringComparer.Ordinal);

    private DisclosureNames(NameData data)
    {
        this.data = data;
        titleMatches = [.. TableKind.All.SelectMany(k => TitlesOf(k).Append(k.CanonicalName).Select(t => (TitleMatching.Key(t), k)))];
        columnToCanonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, variants) in data.Columns)
        {
            columnToCanonical[NameNormalizer.Label(canonical)] = canonical;
            foreach (var v in variants)
            {
                columnToCanonical[NameNormalizer.Label(v)] = canonical;
            }
        }

        rowToCanonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, variants) in data.Rows)
        {
            foreach (var v in variants)
            {
                rowToCanonical[NameNormalizer.Label(v)] = NameNormalizer.Label(canonical);
            }
        }

        rowCanonicals = [.. data.Rows.Select(r => NameNormalizer.Label(r.Canonical))];
        threePublicItems = [.. data.ThreePublicItems.Select(i => HalfWidthBrackets(NameNormalizer.Label(i)))];
        // 第三部分 …: an ordinal, then a word of the part headings (no word: no line is a part heading).
        var parts = Headings(HeadingRole.Parts);
        partHeading = new Regex(
            parts.IsEmpty ? "(?!)" : $"^第[一二三四五六七八九十]+(?:{string.Join('|', parts.Select(Regex.Escape))})",
            RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(RegexTimeout.Milliseconds));
        HeaderWords = new TableHeaderWords(data.HeaderWords);
    }

    /// <summary>The built-in names (石家庄市, 上海市 and 江苏省 wording), read once from the library's data files.</summary>
    public static DisclosureNames Default => BuiltIn.Value;

    // The names of the reading in progress on this thread (Default when none is): the readers' layout helpers are many
    // and static, so the names a reader was given reach them through the reading's scope rather than through each call.
    [ThreadStatic]
    private static DisclosureNames? reading;

    /// <summary>The names of the reading in progress on this thread, or <see cref="Default"/>.</summary>
    internal static DisclosureNames Reading => reading ?? Default;

    /// <summary>Runs <paramref name="read"/> with <paramref name="names"/> as <see cref="Reading"/>.</summary>
    internal static T ReadWith<T>(DisclosureNames? names, Func<T> read)
    {
        var outer = reading;
        reading = names ?? outer;
        try
        {
            return read();
        }
        finally
        {
            reading = outer;
        }
    }

    /// <summary>The files these names were read from, in order (the built-in files are named <c>names/…</c>).</summary>
    public ImmutableArray<string> Sources => data.Sources;

    /// <summary>Reads a names file (UTF-8 JSON; docs/names.md describes it). It holds only the file's own names: add them to the built-in ones with <c>Default.With(…)</c>.</summary>
    /// <exception cref="NamesFormatException">The file is not a valid names file; the message names the file, line and column and what was expected.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DisclosureNames Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new DisclosureNames(NamesFileReader.ReadFile(path));
    }

    /// <summary>Reads names from JSON text; errors name <paramref name="sourceName"/>.</summary>
    /// <exception cref="NamesFormatException">The text is not a valid names file.</exception>
    public static DisclosureNames Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        return new DisclosureNames(NamesFileReader.Read(json, sourceName));
    }

    /// <summary>
    /// These names and <paramref name="extra"/>'s: every variant of both. Where both map one printed name to
    /// different canonical names, <paramref name="extra"/>'s mapping wins.
    /// </summary>
    public DisclosureNames With(DisclosureNames extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        return new DisclosureNames(data.Merge(extra.data));
    }

    /// <summary>The titles this set knows for <paramref name="kind"/>, its canonical name aside.</summary>
    internal ImmutableArray<string> TitlesOf(TableKind kind) => data.Titles.TryGetValue(kind, out var titles) ? titles : [];

    /// <summary>
    /// The kind a printed title denotes, or null: the longest known title it ends with, after normalising; a title that
    /// ends with a qualifier in brackets (…支出预算表（一般公共预算）) is matched without it when it does not match with it.
    /// </summary>
    internal TableKind? KindOfTitle(string title) => MatchTitle(title)?.Kind;

    /// <summary>
    /// The year and the department a title prints before the table's name (either null when it prints none). A
    /// 绩效目标表 is titled by its project (办公设备购置绩效目标表), never by a department.
    /// </summary>
    internal (int? Year, string? Department) PrintedParts(string title)
    {
        if (MatchTitle(title) is not { } m)
        {
            return (null, null);
        }

        var (year, department) = TitleMatching.Parts(title, m.Matched, m.Cut);
        return (year, m.Kind == TableKind.PerformanceTargets ? null : department);
    }

    // The kind, how many letters of the title's end (as compared) its name covers, and how many letters of a trailing
    // qualifier were dropped to match.
    private (TableKind Kind, int Matched, int Cut)? MatchTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (Match(TitleMatching.Key(title)) is { } whole)
        {
            return (whole.Kind, whole.Length, 0);
        }

        if (TrailingQualifier(title) is > 0 and var at && Match(TitleMatching.Key(title[..at])) is { } cut)
        {
            return (cut.Kind, cut.Length, NameNormalizer.Basic(title).Length - NameNormalizer.Basic(title[..at]).Length);
        }

        return null;
    }

    private (TableKind Kind, int Length)? Match(string t)
    {
        if (t.Length == 0)
        {
            return null;
        }

        (TableKind Kind, int Length)? best = null;
        foreach (var (name, kind) in titleMatches)
        {
            if (name.Length > (best?.Length ?? 0) && t.EndsWith(name, StringComparison.Ordinal))
            {
                best = (kind, name.Length);
            }
        }

        return best;
    }

    // Where a trailing （…） or (…) qualifier starts, or -1.
    private static int TrailingQualifier(string title)
    {
        var t = title.TrimEnd();
        if (t.Length == 0 || t[^1] is not ('）' or ')'))
        {
            return -1;
        }

        var open = t.LastIndexOfAny(['（', '(']);
        return open > 0 ? open : -1;
    }

    /// <summary>The canonical name of a printed column header; the normalised header itself when it is no known variant.</summary>
    internal string CanonicalColumn(string printed)
    {
        if (columnCache.TryGetValue(printed, out var cached))
        {
            return cached;
        }

        var n = WithoutLeadingYear(printed);
        var result = columnToCanonical.TryGetValue(n, out var canonical) ? canonical : n;
        if (columnCache.Count < CacheLimit)
        {
            columnCache.TryAdd(printed, result);
        }

        return result;
    }

    /// <summary>Whether a column name is a canonical name or a variant of these names.</summary>
    internal bool IsKnownColumn(string name) => columnToCanonical.ContainsKey(WithoutLeadingYear(name));

    /// <summary>Every canonical column name, in the order first known.</summary>
    internal IEnumerable<string> KnownColumns => columnToCanonical.Values.Distinct();

    /// <summary>The variants of a canonical column name.</summary>
    internal IReadOnlyList<string> ColumnVariantsOf(string canonical) =>
        data.Columns.FirstOrDefault(c => c.Canonical == canonical).Variants is { IsDefault: false } v ? v : [];

    /// <summary>
    /// The canonical name of a normalised row label, or null when it is no known name. A known name followed by 小计 is
    /// that name too: a group's 小计 column read as a row (公务用车购置及运行维护费 / 小计).
    /// </summary>
    internal string? CanonicalRow(string normalised)
    {
        var name = normalised.EndsWith("小计", StringComparison.Ordinal) && IsKnownRow(normalised[..^2]) ? normalised[..^2] : normalised;
        return rowToCanonical.TryGetValue(name, out var canonical) ? canonical : rowCanonicals.Contains(name) ? name : null;
    }

    /// <summary>Whether a column header (normalised, brackets half width) is a “三公” item.</summary>
    internal bool IsThreePublicItem(string label) => threePublicItems.Contains(HalfWidthBrackets(NameNormalizer.Label(label)));

    /// <summary>Whether a heading (compact, markup removed) opens the 情况说明: it ends with a word of the narrative headings.</summary>
    internal bool IsNarrativeHeading(string heading) =>
        Headings(HeadingRole.Narrative).Any(w => heading.EndsWith(w, StringComparison.Ordinal));

    /// <summary>Whether a heading of a text document opens the contents list: it holds a word of the contents headings (2023 年部门预算信息公开目录).</summary>
    internal bool IsContentsHeading(string heading) =>
        Headings(HeadingRole.Contents).Any(w => heading.Contains(w, StringComparison.Ordinal));

    /// <summary>Whether a PDF line (compact) is the contents list's title: a word of the contents headings alone (目录).</summary>
    internal bool IsContentsTitle(string line) => Headings(HeadingRole.Contents).Contains(line, StringComparer.Ordinal);

    /// <summary>Whether a PDF line (compact) starts with a part heading (第三部分 …), which always starts the text after the tables.</summary>
    internal bool IsPartHeading(string line) => partHeading.IsMatch(line);

    /// <summary>The words a table's header prints over its label, code and number columns.</summary>
    internal TableHeaderWords HeaderWords { get; }

    private ImmutableArray<string> Headings(string role) => data.Headings.TryGetValue(role, out var words) ? words : [];

    /// <summary>Groups of wordings that name one body inside a department's name; the last of each is the short form.</summary>
    internal ImmutableArray<ImmutableArray<string>> DepartmentNameForms => data.DepartmentNameForms;

    private bool IsKnownRow(string name) => rowToCanonical.ContainsKey(name) || rowCanonicals.Contains(name);

    private static string WithoutLeadingYear(string name) => LeadingYear().Replace(NameNormalizer.Label(name), string.Empty);

    private static string HalfWidthBrackets(string name) => name.Replace('（', '(').Replace('）', ')');

    [GeneratedRegex("^(?:19|20)[0-9]{2}年(?:度)?", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex LeadingYear();

    private static DisclosureNames LoadBuiltIn()
    {
        var assembly = typeof(DisclosureNames).Assembly;
        var merged = NameData.Empty;
        foreach (var resource in assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            merged = merged.Merge(NamesFileReader.Read(reader.ReadToEnd(), "names/" + resource[ResourcePrefix.Length..]));
        }

        return new DisclosureNames(merged);
    }
}
