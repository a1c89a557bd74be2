using GovBudget.Inputs;
using System.Text;

namespace GovBudget.Datasets;

/// <summary>
/// The long-format dataset CSV: one fact (one cell of one table of one department) per line, for checking many
/// departments in one run.
/// </summary>
/// <remarks>
/// <para>The format, UTF-8, one header then one line per cell:</para>
/// <code>
/// file   => header line* ;
/// header => "year,kind,department,department_name,table,unit,row_code,row_name,column,amount" ;
/// line   => year "," kind "," department "," department_name "," table "," unit ","
///           [ row_code ] "," [ row_name ] "," column "," [ amount ] ;
/// kind   => "预算" | "决算" ;
/// unit   => "元" | "万元" | "亿元" ;
/// column => [ ( "收入" | "支出" ) ":" ] name ;        (the side, in the two-sided 收支总表 and 财政拨款收支总表 only)
/// </code>
/// <list type="bullet">
/// <item><c>table</c> is the table kind's canonical name (一般公共预算财政拨款基本支出表); any name
/// <see cref="Documents.TableKind.FromName"/> or <see cref="Documents.TableKind.FromTitle"/> resolves is accepted.</item>
/// <item>A row is identified by its <c>row_code</c>, or by its <c>row_name</c> when it has no code (合计,
/// 本年收入合计), within its table and side. When a table side repeats a code or a label, the n-th such row is written
/// with <c>#n</c> after it (<c>一、一般公共预算拨款#2</c>); a label that itself ends in # and digits is written with
/// <c>#1</c>.</item>
/// <item><c>amount</c> is written as printed and keeps its scale (63994.00). An empty amount is a blank cell: the row
/// and column exist but nothing is printed.</item>
/// <item>A line with neither <c>row_code</c> nor <c>row_name</c> (and no amount) declares a column of a table that
/// has no row of that column's side, such as an empty table (空表列示).</item>
/// <item>Lines are grouped by (year, kind, department) in order of first appearance; within a department, tables,
/// rows and columns take the order in which they first appear.</item>
/// </list>
/// <para>What the format does not hold is not kept: printed titles and headers, 栏次 and 序号 numbers, source lines,
/// text columns and the narrative.</para>
/// </remarks>
public static class DatasetCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "year,kind,department,department_name,table,unit,row_code,row_name,column,amount";

    /// <summary>The longest line a dataset may have, in characters (1 MiB, 1,048,576): a line holds one fact and is
    /// far shorter, so a longer one is a <see cref="DatasetFormatException"/> on its line, read no further. A quoted
    /// field's line breaks are part of its line.</summary>
    internal const int MaxLineLength = 1 << 20;

    /// <summary>The largest dataset file read (8 GiB, checked before reading): 10,000 departments take about 100 MB.</summary>
    internal const long MaxBytes = 8L * 1024 * 1024 * 1024;

    /// <summary>Reads a dataset file.</summary>
    /// <exception cref="DatasetFormatException">A line is malformed or longer than <see cref="MaxLineLength"/>; the
    /// message names the file, the line and what was expected; or the file is larger than <see cref="MaxBytes"/> or not a
    /// regular file (a device or a FIFO, never opened).</exception>
    public static Dataset Read(string path) => Read(path, bytesRead: null);

    /// <summary>Reads a dataset file, reporting the bytes read so far to <paramref name="bytesRead"/> as it goes (for a
    /// progress bar: the file's length is known before the first department is).</summary>
    /// <exception cref="DatasetFormatException">As <see cref="Read(string)"/>.</exception>
    public static Dataset Read(string path, IProgress<long>? bytesRead)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var text = OpenText(path, bytesRead);
        return Read(text, Path.GetFileName(path));
    }

    /// <summary>
    /// Reads a dataset file department by department, in the order each first appears: each department is handed over
    /// as soon as its last line is read and is not kept, so memory does not grow with the file. A first pass over the
    /// file's bytes finds the departments whose lines resume after another department's (the format allows it); such
    /// a department is handed over after its last line, and the departments after it wait for it, to keep the order.
    /// <paramref name="bytesRead"/> (optional) receives the bytes of the second pass read so far.
    /// </summary>
    /// <exception cref="DatasetFormatException">As <see cref="Read(string)"/>, raised when the enumeration reaches the
    /// line: the departments before it have been handed over; or the file changed between the two passes.</exception>
    public static IEnumerable<DenseDocument> ReadDepartments(string path, IProgress<long>? bytesRead = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        Dictionary<DepartmentKey, int>? resuming;
        using (var first = Open(path))
        {
            resuming = DatasetResumeScan.Scan(first);
        }

        return Stream(path, resuming, bytesRead);
    }

    private static IEnumerable<DenseDocument> Stream(string path, Dictionary<DepartmentKey, int>? resuming, IProgress<long>? bytesRead)
    {
        using var text = OpenText(path, bytesRead);

        // Without a first pass (a file in UTF-16), every department is kept to the end, as Read does.
        foreach (var department in new DatasetCsvReader(Path.GetFileName(path)).Departments(text, resuming))
        {
            yield return department;
        }
    }

    // The reader owns the file's stream and closes it.
    private static StreamReader OpenText(string path, IProgress<long>? bytesRead)
    {
        var stream = Open(path);
        return new StreamReader(bytesRead is null ? stream : new ProgressStream(stream, bytesRead), Encoding.UTF8,
            detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    private static Stream Open(string path)
    {
        try
        {
            return InputFile.OpenRead(path, MaxBytes, GovBudget.Localization.CoreTexts.T("Input.Limit.Dataset"));
        }
        catch (InputFileException e) when (File.Exists(path) || Directory.Exists(path))
        {
            throw new DatasetFormatException(Path.GetFileName(path), 0, e.Message);
        }
    }

    /// <summary>Reads a dataset from text; <paramref name="sourceName"/> names it in error messages.</summary>
    /// <exception cref="DatasetFormatException">A line is malformed or longer than <see cref="MaxLineLength"/>.</exception>
    internal static Dataset Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        return new DatasetCsvReader(sourceName).Read(reader);
    }

    /// <summary>Writes departments as a dataset: the header, then every cell of every table (blank ones too), so that
    /// reading it back gives the same shapes, values and scales.</summary>
    /// <returns>The number of fact lines written.</returns>
    /// <exception cref="ArgumentException">A document holds what the format cannot: a table of no known kind or
    /// without a unit, two tables of one kind, a text column, a column name that is not canonical, a department
    /// without a code.</exception>
    public static long Write(TextWriter writer, IEnumerable<DenseDocument> departments)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(departments);
        var csv = new DatasetCsvWriter(writer);
        csv.WriteHeader();
        foreach (var department in departments)
        {
            csv.Write(department);
        }

        return csv.Facts;
    }
}
