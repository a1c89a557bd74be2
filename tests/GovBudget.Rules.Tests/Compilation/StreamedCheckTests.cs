using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;

namespace GovBudget.Rules.Tests.Compilation;

/// <summary><see cref="DatasetChecker.CheckEach(IEnumerable{DenseDocument}, CompiledPack, Action{int}?)"/>: departments
/// checked as they come give what a check of the whole dataset gives, in input order.</summary>
public sealed class StreamedCheckTests
{
    private static readonly Lazy<GeneratedDataset> Generated = new(() => DatasetGenerator.Generate(700, seed: 21, errorRate: 0.05, layouts: 700));

    private static readonly RulePack Standard = RulePack.Standard(DisclosureKind.Budget);

    [Fact]
    public void Departments_checked_as_they_come_give_the_findings_and_not_applicable_checks_of_a_whole_check_in_order()
    {
        var dataset = Generated.Value.Dataset;
        var whole = DatasetChecker.Check(dataset, Standard);
        var reported = new List<int>();

        var streamed = DatasetChecker.CheckEach(dataset.Departments, new CompiledPack(Standard), reported.Add).ToList();

        streamed.Select(r => r.Department).Should().Equal(dataset.Departments, (a, b) => ReferenceEquals(a, b));
        for (var i = 0; i < streamed.Count; i++)
        {
            (streamed[i].Findings?.Findings ?? []).Should().BeEquivalentTo(whole.Departments[i]?.Findings ?? [], o => o.WithStrictOrdering());
            streamed[i].NotApplicable.Should().Equal(whole.NotApplicableReasons(i));
        }

        streamed.Count(r => r.Findings is not null).Should().BeGreaterThan(20, "about 5% of 700 departments carry an injected error");
        reported.Should().BeInAscendingOrder().And.HaveCountGreaterThan(1);
        reported[^1].Should().Be(700);
    }

    [Fact]
    public void The_interpreter_checks_as_they_come_agree_with_the_compiled_pack()
    {
        var departments = Generated.Value.Dataset.Departments.Take(120).ToList();

        var interpreted = DatasetChecker.CheckEach(departments, Standard).ToList();
        var compiled = DatasetChecker.CheckEach(departments, new CompiledPack(Standard)).ToList();

        for (var i = 0; i < departments.Count; i++)
        {
            (interpreted[i].Findings?.Findings ?? []).Should().BeEquivalentTo(compiled[i].Findings?.Findings ?? [], o => o.WithStrictOrdering());
            // The compiled pack also says why PUB-TABLES, ROW-REPEAT and NM-CODE-MISPRINT do not apply to a dataset's
            // department (it prints no table); the interpreter reads the department's object model, where they hold.
            compiled[i].NotApplicable.Select(n => n.Rule).Except(interpreted[i].NotApplicable.Select(n => n.Rule)).Should().BeSubsetOf(["PUB-TABLES", "ROW-REPEAT", "NM-CODE-MISPRINT"]);
            interpreted[i].NotApplicable.Select(n => n.Rule).Should().BeSubsetOf(compiled[i].NotApplicable.Select(n => n.Rule));
        }
    }

    [Fact]
    public void A_reading_error_is_raised_after_the_results_of_every_department_read_before_it()
    {
        var results = new List<DepartmentResult>();

        var checking = () =>
        {
            foreach (var r in DatasetChecker.CheckEach(FailingAfter(300), new CompiledPack(Standard)))
            {
                results.Add(r);
            }
        };

        checking.Should().Throw<DatasetFormatException>().WithMessage("x.csv:9: *");
        results.Should().HaveCount(300);
    }

    [Fact]
    public void A_caller_that_stops_early_stops_the_reading()
    {
        var read = 0;

        var first = DatasetChecker.CheckEach(Counting(() => read++), new CompiledPack(Standard)).Take(10).ToList();

        first.Should().HaveCount(10);
        read.Should().BeLessThan(2_000, "of 7,000 departments, only the few batches ahead of the checking are read");
    }

    private static IEnumerable<DenseDocument> FailingAfter(int count)
    {
        foreach (var d in Generated.Value.Dataset.Departments.Take(count))
        {
            yield return d;
        }

        throw new DatasetFormatException("x.csv", 9, "year: expected a fiscal year (1950 to 2200), found '20x3'");
    }

    private static IEnumerable<DenseDocument> Counting(Action each)
    {
        for (var round = 0; round < 10; round++)
        {
            foreach (var d in Generated.Value.Dataset.Departments)
            {
                each();
                yield return d;
            }
        }
    }
}
