using System.Runtime.CompilerServices;
using System.Text;
using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Datasets;

/// <summary>
/// <see cref="DatasetCsv.ReadDepartments"/>: departments handed over one by one as they are whole, the same as a whole
/// read gives, in the same order, also where a department's lines resume after another's.
/// </summary>
public sealed class DatasetStreamingTests : InEnglish
{
    private const string Header = "year,kind,department,department_name,table,unit,row_code,row_name,column,amount";

    private readonly string path = Path.Combine(Path.GetTempPath(), $"govbudget-stream-{Guid.NewGuid():N}.csv");

    protected override void Dispose(bool disposing)
    {
        File.Delete(path);
        File.Delete(DatasetGenerator.TruthPath(path));
        base.Dispose(disposing);
    }

    [Fact]
    public void A_streamed_read_gives_the_departments_of_a_whole_read_in_the_same_order()
    {
        DatasetGenerator.WriteCsv(path, 60, seed: 11, errorRate: 0.2, layouts: 60);

        var whole = DatasetCsv.Read(path).Departments;
        var streamed = DatasetCsv.ReadDepartments(path).ToList();

        streamed.Select(Describe).Should().Equal(whole.Select(Describe));
        for (var i = 0; i < whole.Count; i++)
        {
            streamed[i].Shape.Should().Be(whole[i].Shape);
            streamed[i].Values.Should().Equal(whole[i].Values);
            streamed[i].Scales.Should().Equal(whole[i].Scales);
        }
    }

    [Fact]
    public void Each_department_is_handed_over_before_the_rest_of_the_file_is_read()
    {
        DatasetGenerator.WriteCsv(path, 40, seed: 12, errorRate: 0, layouts: 40);
        var length = new FileInfo(path).Length;
        long read = 0;
        var progress = new Recorder(n => read = n);

        using var departments = DatasetCsv.ReadDepartments(path, progress).GetEnumerator();
        departments.MoveNext().Should().BeTrue();

        read.Should().BeLessThan(length / 4, "the first of 40 departments needs only the first part of the file");
        departments.Current.Department.Code.Should().Be(DatasetCsv.Read(path).Departments[0].Department.Code);
    }

    [Fact]
    public void A_department_handed_over_is_not_kept_by_the_reader()
    {
        DatasetGenerator.WriteCsv(path, 10, seed: 13, errorRate: 0, layouts: 10);
        using var departments = DatasetCsv.ReadDepartments(path).GetEnumerator();

        var first = FirstOf(departments);
        departments.MoveNext().Should().BeTrue();
        GC.Collect();
        GC.WaitForPendingFinalizers();

        first.IsAlive.Should().BeFalse("the reader keeps no department it has handed over");
    }

    [Fact]
    public void A_department_whose_lines_resume_is_handed_over_after_its_last_line_and_keeps_the_order()
    {
        File.WriteAllText(path, Header + "\r\n"
            + "2023,预算,A,甲,基本支出表,万元,,合计,合计,3.00\r\n"
            + "2023,预算,B,乙,基本支出表,万元,,合计,合计,5.00\r\n"
            + "2023,预算,C,丙,基本支出表,万元,,\"合\r\n计\",合计,7.00\r\n" // a quoted line break is not a line's end
            + "2023,预算,A,甲,基本支出表,万元,,合计,人员经费,3.00\r\n"
            + "\r\n"
            + "2023,预算,B,乙,支出总表,万元,,合计,合计,9.5\r\n"
            + "2024,预算,A,甲,支出总表,万元,,合计,合计,1", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var streamed = DatasetCsv.ReadDepartments(path).ToList();

        streamed.Select(Describe).Should().Equal("2023 A", "2023 B", "2023 C", "2024 A");
        streamed[0].Values.Should().Equal(30_000, 30_000);
        streamed[1].Shape.Tables.Select(t => t.Kind).Should().Equal(TableKind.GeneralBudgetBasicExpenditure, TableKind.ExpenditureSummary);
        streamed[2].Shape.Tables[0].Rows.Single().Label.Should().Be("合\r\n计");
        streamed.Select(Describe).Should().Equal(DatasetCsv.Read(path).Departments.Select(Describe));
    }

    [Fact]
    public void Departments_after_one_that_resumes_wait_for_its_last_line()
    {
        File.WriteAllText(path, Header + "\n"
            + "2023,预算,A,甲,基本支出表,万元,,合计,合计,3.00\n"
            + "2023,预算,B,乙,基本支出表,万元,,合计,合计,5.00\n"
            + "2023,预算,C,丙,基本支出表,万元,,合计,合计,7.00\n"
            + "2023,预算,A,甲,基本支出表,万元,,合计,人员经费,3.00\n"
            + "2023,预算,D,丁,基本支出表,万元,,合计,合计,1.00\n");

        var streamed = DatasetCsv.ReadDepartments(path).ToList();

        streamed.Select(Describe).Should().Equal("2023 A", "2023 B", "2023 C", "2023 D");
        streamed[0].Values.Should().Equal(30_000, 30_000); // A whole, with its line after B and C
    }

    [Fact]
    public void A_file_in_UTF16_is_read_whole_and_gives_the_same_departments()
    {
        File.WriteAllText(path, Header + "\n"
            + "2023,预算,A,甲,基本支出表,万元,,合计,合计,3.00\n"
            + "2023,预算,B,乙,基本支出表,万元,,合计,合计,5.00\n"
            + "2023,预算,A,甲,基本支出表,万元,,合计,人员经费,3.00\n", Encoding.Unicode);

        var streamed = DatasetCsv.ReadDepartments(path).ToList();

        streamed.Select(Describe).Should().Equal("2023 A", "2023 B");
        streamed[0].Values.Should().Equal(30_000, 30_000);
    }

    [Fact]
    public void A_mistake_is_raised_at_its_line_after_the_departments_before_it()
    {
        File.WriteAllText(path, Header + "\n"
            + "2023,预算,A,甲,基本支出表,万元,,合计,合计,3.00\n"
            + "2023,预算,B,乙,基本支出表,万元,,合计,合计,5.00\n"
            + "20x3,预算,C,丙,基本支出表,万元,,合计,合计,7.00\n");
        var seen = new List<string>();

        var reading = () =>
        {
            foreach (var d in DatasetCsv.ReadDepartments(path))
            {
                seen.Add(Describe(d));
            }
        };

        reading.Should().Throw<DatasetFormatException>().WithMessage("*:4: year: expected a fiscal year*");
        seen.Should().Equal("2023 A");
    }

    [Fact]
    public void Lines_that_resume_beyond_what_the_first_pass_counted_are_a_clear_error()
    {
        // As if the file had changed between the passes: the first pass saw one more line of A, not two.
        var text = Header + "\n"
            + "2023,预算,A,甲,基本支出表,万元,,合计,合计,3.00\n"
            + "2023,预算,B,乙,基本支出表,万元,,合计,合计,5.00\n"
            + "2023,预算,A,甲,基本支出表,万元,,合计,人员经费,3.00\n"
            + "2023,预算,B,乙,基本支出表,万元,,合计,人员经费,5.00\n"
            + "2023,预算,A,甲,基本支出表,万元,,合计,公用经费,0\n";
        var counted = new Dictionary<DepartmentKey, int> { [new(2023, DisclosureKind.Budget, "A")] = 2, [new(2023, DisclosureKind.Budget, "B")] = 2 };

        var reading = () => new DatasetCsvReader("x.csv").Departments(new StringReader(text), counted).ToList();

        reading.Should().Throw<DatasetFormatException>().WithMessage("x.csv:6: department A (2023 预算): its lines resume here*did the file change*");
    }

    [Fact]
    public void The_first_pass_counts_the_lines_of_the_departments_that_resume_only()
    {
        var text = Header + "\n"
            + "2023,预算,A,甲,基本支出表,万元,,合计,合计,3.00\n"
            + "2023,预算,\"B\",乙,基本支出表,万元,,\"x\"\"\ny\",合计,5.00\n"
            + "2023,预算,A,甲,基本支出表,万元,,合计,人员经费,3.00\r"
            + "2023,预算,B,乙,基本支出表,万元,,合计,人员经费,5.00\n"
            + "2023,预算,C,丙,基本支出表,万元,,合计,合计,1\n";
        using var bytes = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var resuming = DatasetResumeScan.Scan(bytes);

        resuming.Should().BeEquivalentTo(new Dictionary<DepartmentKey, int>
        {
            [new(2023, DisclosureKind.Budget, "A")] = 2,
            [new(2023, DisclosureKind.Budget, "B")] = 2,
        });
    }

    [Fact]
    public void An_interner_with_a_limit_forgets_its_shapes_past_it_and_one_without_keeps_them()
    {
        var shapes = Enumerable.Range(1, 3).Select(n => new DocumentShape(
            [new TableShape(TableKind.ExpenditureSummary, "支出总表", null, [new TableColumn("合计", "合计", null, null, TableSide.None, ColumnType.Amount)], Enumerable.Range(0, n).Select(i => new RowShape(null, null, "行" + i, TableSide.None)))]))
            .ToList();
        var limited = new ShapeInterner { Limit = 2 };
        var kept = new ShapeInterner();

        var first = limited.Intern(shapes[0]);
        limited.Intern(shapes[1]);
        limited.Intern(shapes[2]);
        kept.Intern(shapes[0]);
        kept.Intern(shapes[1]);
        kept.Intern(shapes[2]);

        limited.Intern(new DocumentShape(shapes[0].Tables)).Should().NotBeSameAs(first).And.Be(first);
        kept.Intern(new DocumentShape(shapes[0].Tables)).Should().BeSameAs(shapes[0]);
    }

    private static string Describe(DenseDocument d) => $"{d.Year.Year} {d.Department.Code}";

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference FirstOf(IEnumerator<DenseDocument> departments)
    {
        departments.MoveNext().Should().BeTrue();
        return new WeakReference(departments.Current);
    }

    private sealed class Recorder(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
