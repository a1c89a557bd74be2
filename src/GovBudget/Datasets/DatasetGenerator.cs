using System.Globalization;
using System.Text;
using GovBudget.Amounts;
using GovBudget.Documents;

namespace GovBudget.Datasets;

/// <summary>
/// Generates realistic multi-department budget datasets (部门预算, 万元, two decimals) that the standard budget pack
/// passes by construction, with single-cell errors injected at a given rate and listed as truth.
/// </summary>
/// <remarks>
/// <para>Each department has the 收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算财政拨款支出表,
/// 一般公共预算财政拨款基本支出表 and “三公”经费支出表. Its functional codes are a few 项 under one to three 类 of a
/// full-size code tree, plus the usual staff costs (养老, 医疗, 住房公积金); its 基本支出 is split over economic 款
/// of 301, 302, 303 and sometimes 310. Names are those of the built-in 2023 catalog, then those the crosswalk and the
/// other built-in editions give (204 公共安全支出), else neutral labels (功能科目2010301).</para>
/// <para>By default every department has its own layout, as in real data; with fewer <c>layouts</c> than departments,
/// departments draw their layout from a pool of that many, so several share a <see cref="DocumentShape"/>.</para>
/// <para>The output depends only on the arguments: the same arguments give the same bytes. An injected error changes
/// one printed amount by 1.00 to 100.00 (never below zero), far beyond what rounding can explain, in a cell that an
/// error-severity identity of the standard pack reads; amounts are otherwise the same as with no errors.</para>
/// </remarks>
public static class DatasetGenerator
{
    /// <summary>The fiscal year of generated departments.</summary>
    internal const int Year = 2023;

    /// <summary>The header of the truth file.</summary>
    internal const string TruthHeader = "department,table,row_code,column,original,injected";

    // Independent random streams per department, so that injecting errors never changes the other amounts.
    private const int AmountStream = 1;
    private const int LayoutStream = 2;
    private const int ErrorStream = 3;

    /// <summary>The number of layouts used when none is given: one per department (at least one), as real departments,
    /// which print only the codes they spend on, nearly all have their own.</summary>
    public static int DefaultLayouts(int departments) => Math.Max(1, departments);

    /// <summary>Generates a dataset in memory with <see cref="DefaultLayouts"/> layouts.</summary>
    /// <param name="departments">How many departments (0 or more).</param>
    /// <param name="seed">The seed; the same arguments give the same dataset.</param>
    /// <param name="errorRate">The probability (0 to 1) that a department gets one injected error.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static GeneratedDataset Generate(int departments, int seed, double errorRate) =>
        Generate(departments, seed, errorRate, DefaultLayouts(departments));

    /// <summary>Generates a dataset in memory whose departments draw from <paramref name="layouts"/> layouts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static GeneratedDataset Generate(int departments, int seed, double errorRate, int layouts)
    {
        Check(departments, errorRate, layouts);
        var documents = new List<DenseDocument>(departments);
        var truth = new List<InjectedError>();
        foreach (var (document, error) in Enumerate(departments, seed, errorRate, layouts))
        {
            documents.Add(document);
            if (error is not null)
            {
                truth.Add(error);
            }
        }

        return new GeneratedDataset(new Dataset(documents), truth.AsReadOnly());
    }

    /// <summary>Generates a dataset straight into a file (see <see cref="DatasetCsv"/>) and writes its truth file
    /// beside it (<see cref="TruthPath"/>), one department at a time.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static GenerationSummary WriteCsv(string outPath, int departments, int seed, double errorRate) =>
        WriteCsv(outPath, departments, seed, errorRate, DefaultLayouts(departments));

    /// <summary>Generates a dataset straight into a file with <paramref name="layouts"/> layouts, and its truth file.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static GenerationSummary WriteCsv(string outPath, int departments, int seed, double errorRate, int layouts)
    {
        ArgumentException.ThrowIfNullOrEmpty(outPath);
        Check(departments, errorRate, layouts);
        var truth = new List<InjectedError>();
        var shapes = new HashSet<DocumentShape>(ReferenceEqualityComparer.Instance);
        long facts;
        using (var writer = CreateText(outPath))
        {
            var csv = new DatasetCsvWriter(writer);
            csv.WriteHeader();
            foreach (var (document, error) in Enumerate(departments, seed, errorRate, layouts))
            {
                csv.Write(document);
                shapes.Add(document.Shape);
                if (error is not null)
                {
                    truth.Add(error);
                }
            }

            facts = csv.Facts;
        }

        var truthPath = TruthPath(outPath);
        using (var writer = CreateText(truthPath))
        {
            WriteTruth(writer, truth);
        }

        return new GenerationSummary(departments, facts, truth.Count, shapes.Count, outPath, truthPath);
    }

    /// <summary>The truth file written beside a dataset: <c>x.csv</c> → <c>x.truth.csv</c> (<c>x</c> →
    /// <c>x.truth.csv</c>).</summary>
    internal static string TruthPath(string outPath)
    {
        ArgumentNullException.ThrowIfNull(outPath);
        var stem = outPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? outPath[..^4] : outPath;
        return stem + ".truth.csv";
    }

    /// <summary>Writes injected errors as the truth file: <see cref="TruthHeader"/>, then one line per error.</summary>
    internal static void WriteTruth(TextWriter writer, IEnumerable<InjectedError> truth)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(truth);
        writer.Write(TruthHeader);
        writer.Write('\n');
        foreach (var e in truth)
        {
            writer.Write(string.Join(',',
                DatasetCsvWriter.Escape(e.Department), DatasetCsvWriter.Escape(e.Table.CanonicalName), DatasetCsvWriter.Escape(e.Row),
                DatasetCsvWriter.Escape(e.Column), e.Original.ToString(), e.Injected.ToString()));
            writer.Write('\n');
        }
    }

    /// <summary>The departments one by one, each with its injected error or null.</summary>
    internal static IEnumerable<(DenseDocument Document, InjectedError? Error)> Enumerate(int departments, int seed, double errorRate, int layouts)
    {
        var tree = FunctionalCodeTree.Instance;
        // As many layouts as departments: each department its own, drawn from its own seed and not kept (a national
        // run's 300,000 layouts would not fit); the shapes they happen to share are still shared, up to a bound.
        var own = layouts >= departments;
        var shapes = new ShapeInterner { Limit = own ? OwnLayoutsInterned : null };
        var pool = own ? [] : new DepartmentLayout?[layouts];
        var year = new FiscalYear(Year);
        for (var i = 0; i < departments; i++)
        {
            var random = new Random(Seed(seed, i, AmountStream));
            var index = own ? i : random.Next(layouts);
            var layout = own
                ? DepartmentLayout.Create(new Random(Seed(seed, index, LayoutStream)), tree, shapes)
                : pool[index] ??= DepartmentLayout.Create(new Random(Seed(seed, index, LayoutStream)), tree, shapes);
            var values = new long[layout.Shape.SlotCount];
            var scales = new byte[layout.Shape.SlotCount];
            DepartmentSynthesizer.Fill(layout, random, values, scales);
            var code = (i + 1).ToString("D6", CultureInfo.InvariantCulture);
            var errors = new Random(Seed(seed, i, ErrorStream));
            var error = errors.NextDouble() < errorRate ? Inject(layout.Shape, values, scales, errors, code) : null;
            yield return (new DenseDocument(new Department(code, "模拟部门" + code), year, DisclosureKind.Budget, layout.Shape, values, scales), error);
        }
    }

    // Shapes kept for sharing when every department has its own layout (a streamed read keeps as many).
    private const int OwnLayoutsInterned = 4096;

    // Changes one printed amount by 1.00 to 100.00; every printed amount of a generated department is read by an
    // error-severity identity of the standard pack.
    private static InjectedError Inject(DocumentShape shape, long[] values, byte[] scales, Random random, string department)
    {
        var printed = 0;
        foreach (var s in scales)
        {
            printed += s == DenseDocument.Blank ? 0 : 1;
        }

        var pick = random.Next(printed);
        var slot = 0;
        for (; ; slot++)
        {
            if (scales[slot] != DenseDocument.Blank && pick-- == 0)
            {
                break;
            }
        }

        var original = values[slot];
        var delta = (100 + random.NextInt64(9_901)) * 100;   // 1.00 to 100.00, in ten-thousandths
        if (random.Next(2) == 0 && original > delta)
        {
            delta = -delta;
        }

        values[slot] = original + delta;
        var table = shape.Tables.Last(t => t.Offset <= slot);
        var row = table.Rows[(slot - table.Offset) / table.Columns.Length];
        var column = table.Columns[(slot - table.Offset) % table.Columns.Length];
        return new InjectedError(department, table.Kind, row.Code?.ToString() ?? row.Label, DatasetColumnName.Format(column.Side, column.Name),
            Amount.FromRaw(original, scales[slot]), Amount.FromRaw(values[slot], scales[slot]));
    }

    // SplitMix64 of (seed, index, stream): seeds for System.Random that do not overlap between departments.
    private static int Seed(int seed, int index, int stream)
    {
        unchecked
        {
            var z = (((ulong)(uint)seed << 32) | (uint)index) ^ ((ulong)(uint)stream * 0x9E3779B97F4A7C15UL);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFF_FFFF);
        }
    }

    private static void Check(int departments, double errorRate, int layouts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(departments);
        ArgumentOutOfRangeException.ThrowIfLessThan(layouts, 1);
        if (double.IsNaN(errorRate) || errorRate is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(errorRate), errorRate, "the error rate is a probability between 0 and 1");
        }
    }

    private static StreamWriter CreateText(string path) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), new UTF8Encoding(false), 1 << 16);
}
