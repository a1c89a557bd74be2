using System.Collections.Immutable;
using GovBudget.Amounts;

namespace GovBudget.Documents;

/// <summary>
/// One disclosure published as several files (Jiangsu prints the 情况说明 in the 公开文件 and the tables in the 公开表):
/// the union of what each file gives, with the file each table and narrative section came from.
/// </summary>
/// <remarks>
/// A table kind printed by more than one file is taken from the first file that prints it; the others are kept in
/// <see cref="Duplicates"/> so that their figures can be compared.
/// </remarks>
public sealed class CombinedDisclosure
{
    private readonly Dictionary<BudgetTable, string> tableFiles = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<NarrativeSection, string> sectionFiles = new(ReferenceEqualityComparer.Instance);

    private CombinedDisclosure(IReadOnlyList<Disclosure> parts)
    {
        Sources = [.. parts.Select(FileName)];
        var tables = new List<BudgetTable>();
        var duplicates = new List<DuplicateTable>();
        var sections = new List<NarrativeSection>();
        for (var i = 0; i < parts.Count; i++)
        {
            var file = Sources[i];
            foreach (var table in parts[i].Tables)
            {
                // Within one file every table stays (as when the file is checked alone); across files a kind is read once.
                var first = tables.FirstOrDefault(t => t.Kind == table.Kind && tableFiles[t] != file);
                if (first is not null)
                {
                    duplicates.Add(new DuplicateTable(tableFiles[first], first, file, table));
                    continue;
                }

                tables.Add(table);
                tableFiles[table] = file;
            }

            foreach (var section in parts[i].Narrative)
            {
                sections.Add(section);
                sectionFiles[section] = file;
            }
        }

        var department = parts.Select(p => p.Department).FirstOrDefault(d => d.Name != DepartmentNames.Unknown) ?? parts[0].Department;
        Document = new Disclosure(department, parts[0].Year, parts[0].Kind, tables, sections, string.Join(" + ", Sources))
        {
            Contents = [.. parts.SelectMany(p => p.Contents).DistinctBy(c => NameNormalizer.Title(c.Title))],
            UnreadTables = [.. parts.SelectMany(p => p.UnreadTables)],
            Sources = Sources,
            Names = parts[0].Names,
        };
        Duplicates = [.. duplicates];
    }

    /// <summary>The disclosure the files make together; its <see cref="Disclosure.Sources"/> names them in order.</summary>
    public Disclosure Document { get; }

    /// <summary>The files, in the order given.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>Tables of one kind that two files both print: the one used and the other.</summary>
    internal ImmutableArray<DuplicateTable> Duplicates { get; }

    /// <summary>
    /// Reads <paramref name="parts"/> (two or more files of one disclosure) as one disclosure. Their department, year and
    /// kind must agree; a department the reader did not find in a file (未知部门) takes the others'.
    /// </summary>
    /// <exception cref="DisclosureMismatchException">The files name different departments, years or kinds.</exception>
    public static CombinedDisclosure Combine(IReadOnlyList<Disclosure> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count < 2)
        {
            throw new ArgumentException("combining needs at least two files", nameof(parts));
        }

        var first = parts[0];
        foreach (var other in parts.Skip(1))
        {
            var what = first.Year != other.Year ? $"年度不同（{first.Year.Year} 与 {other.Year.Year}）"
                : first.Kind != other.Kind ? $"类型不同（{first.Kind.ChineseName()} 与 {other.Kind.ChineseName()}）"
                : !DepartmentNames.Same(first.Department.Name, other.Department.Name, first.Names) ? $"部门不同（{first.Department.Name} 与 {other.Department.Name}）"
                : null;
            if (what is not null)
            {
                throw new DisclosureMismatchException($"{FileName(first)} 与 {FileName(other)} 不是同一份公开：{what}");
            }
        }

        return new CombinedDisclosure(parts);
    }

    /// <summary>The file <paramref name="table"/> (a table of <see cref="Document"/>) came from, or null.</summary>
    public string? FileOf(BudgetTable table) => tableFiles.GetValueOrDefault(table);

    /// <summary>The file <paramref name="section"/> (a section of <see cref="Document"/>) came from, or null.</summary>
    public string? FileOf(NarrativeSection section) => sectionFiles.GetValueOrDefault(section);

    private static string FileName(Disclosure d) => d.Source is { } s ? Path.GetFileName(s) : d.ToString();
}

/// <summary>A table kind two files of one disclosure both print.</summary>
/// <param name="UsedFile">The file of the table that is used.</param>
/// <param name="Used">The table used.</param>
/// <param name="OtherFile">The file of the other.</param>
/// <param name="Other">The other.</param>
internal sealed record DuplicateTable(string UsedFile, BudgetTable Used, string OtherFile, BudgetTable Other)
{
    /// <summary>
    /// The figures that differ: per row (matched by code or name and side) and column (by name) that both print, the
    /// two cells, in yuan-exact terms of each table's unit; empty when the two print the same figures.
    /// </summary>
    internal IReadOnlyList<(TableRow Row, int Column, Amount? Used, TableRow OtherRow, int OtherColumn, Amount? Other)> Differences()
    {
        var result = new List<(TableRow, int, Amount?, TableRow, int, Amount?)>();
        foreach (var row in Used.Rows)
        {
            var otherRow = Other.Rows.FirstOrDefault(r => r.Key == row.Key && r.Side == row.Side);
            if (otherRow is null)
            {
                continue;
            }

            for (var c = 0; c < Used.Columns.Length; c++)
            {
                var oc = Other.ColumnIndex(Used.Columns[c].Name, Used.Columns[c].Side);
                if (oc < 0 || c >= row.Cells.Length || oc >= otherRow.Cells.Length)
                {
                    continue;
                }

                var a = row.Cells[c].Number;
                var b = otherRow.Cells[oc].Number;
                if (Yuan(a, Used.Unit) != Yuan(b, Other.Unit))
                {
                    result.Add((row, c, a, otherRow, oc, b));
                }
            }
        }

        return result;
    }

    // A blank and a printed 0 are the same figure; the units may differ between the files.
    private static decimal Yuan(Amount? a, MoneyUnit? unit) => (a?.ToDecimal() ?? 0m) * (unit?.InYuan() ?? 1);
}
