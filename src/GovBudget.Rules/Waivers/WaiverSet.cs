using GovBudget.Inputs;
using System.Text;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using NodaTime;

namespace GovBudget.Rules.Waivers;

/// <summary>
/// The waivers of one or more waiver files: known, explained warnings accepted until a date. Immutable and
/// thread-safe; a check run applies them through a <see cref="WaiverRun"/>.
/// </summary>
/// <remarks>
/// <para>A waiver file is CSV in UTF-8: the header <see cref="Header"/>, then one waiver per line.</para>
/// <code>
/// rule,department,table,row,column,reason,by,expires
/// NM-GB,302,一般公共预算支出表,201,,财政局模板的固定表述，已函告,张三,2027-12-31
/// </code>
/// <list type="bullet">
/// <item><c>rule</c> (required): the rule id.</item>
/// <item><c>department</c>, <c>table</c>, <c>row</c>, <c>column</c> (each may be empty for any): the department
/// code, a table name or title (resolved as in a rule's <c>table</c> clause), the row's code or label, and the
/// column's name.</item>
/// <item><c>reason</c>, <c>by</c> (required): why the finding is accepted, and who accepted it.</item>
/// <item><c>expires</c> (required): the last day the waiver is valid, ISO yyyy-MM-dd: a real calendar date with a
/// four-digit year from 2000 to 2200.</item>
/// </list>
/// <para>A malformed line, or one longer than <see cref="MaxLineLength"/>, is a <see cref="WaiverFormatException"/>. A waiver of a rule the pack lacks, or of an
/// error rule, is not a load error: it is reported when the waivers are applied.</para>
/// </remarks>
public sealed class WaiverSet
{
    /// <summary>The header line of a waiver file.</summary>
    public const string Header = "rule,department,table,row,column,reason,by,expires";

    /// <summary>The name of the waiver file <c>govbudget check</c> looks for beside rule files.</summary>
    public const string DefaultFileName = "waivers.csv";

    /// <summary>The longest line a waiver file may have, in characters (1 MiB, 1,048,576): a waiver is one short line,
    /// so a longer one is a <see cref="WaiverFormatException"/> on its line, read no further. A quoted field's line
    /// breaks are part of its line.</summary>
    public const int MaxLineLength = 1 << 20;

    private WaiverSet(IReadOnlyList<Waiver> waivers, IReadOnlyList<string> sources)
    {
        Waivers = waivers;
        Sources = sources;
    }

    /// <summary>No waivers.</summary>
    public static WaiverSet Empty { get; } = new([], []);

    /// <summary>The waivers, in file order.</summary>
    public IReadOnlyList<Waiver> Waivers { get; }

    /// <summary>The files (or other sources) the waivers came from; each is read once.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The largest waiver file read (64 MiB, checked before reading); a waiver file is a few kilobytes.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Loads waiver files, in order; a file given twice is read once.</summary>
    /// <exception cref="WaiverFormatException">A line is malformed or longer than <see cref="MaxLineLength"/>, or the file is larger than <see cref="MaxBytes"/> or not a regular file (a device or a FIFO, never opened); the message names the file, the line and what was expected.</exception>
    /// <exception cref="IOException">A file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    public static WaiverSet Load(params IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var waivers = new List<Waiver>();
        var sources = new List<string>();
        foreach (var path in paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var name = DisplayName(path);
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new FileNotFoundException($"no waiver file '{path}'", path);
            }

            Stream stream;
            try
            {
                stream = InputFile.OpenRead(path, MaxBytes, RuleTexts.T("Waiver.Limit"));
            }
            catch (InputFileException e)
            {
                throw new WaiverFormatException(name, 0, e.Message);
            }

            using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            waivers.AddRange(new WaiverCsvReader(name).Read(text));
            sources.Add(name);
        }

        return new WaiverSet(waivers, sources);
    }

    /// <summary>Loads waivers from text; <paramref name="sourceName"/> names it in messages and findings.</summary>
    /// <exception cref="WaiverFormatException">A line is malformed or longer than <see cref="MaxLineLength"/>.</exception>
    public static WaiverSet Load(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        return new WaiverSet(new WaiverCsvReader(sourceName).Read(reader), [sourceName]);
    }

    /// <summary>
    /// Starts applying the waivers to a run of documents: apply each document's findings with
    /// <see cref="WaiverRun.Apply"/>, then call <see cref="WaiverRun.Finish"/> once for the waivers that matched nothing.
    /// </summary>
    /// <param name="packs">The packs the run checks with: they say which rule ids exist and which are errors.</param>
    /// <param name="today">The date expiry is judged on (a waiver is valid up to and including its expiry date).</param>
    public WaiverRun Start(IEnumerable<RulePack> packs, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(packs);
        return new WaiverRun(this, packs, today);
    }

    /// <summary>
    /// Applies the waivers to the findings of one document checked with <paramref name="pack"/>, as a run of its own:
    /// the result also reports the waivers that matched nothing.
    /// </summary>
    public WaivedFindings Apply(DocumentFindings findings, RulePack pack, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(pack);
        var run = Start([pack], today);
        var result = run.Apply(findings);
        return result.WithProblems(run.Finish());
    }

    private static string DisplayName(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
