using GovBudget.Datasets;

namespace GovBudget.Tests.Datasets;

/// <summary>Reading a dataset file reports the bytes read as it goes, up to the file's length.</summary>
public sealed class DatasetCsvProgressTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"govbudget-progress-{Guid.NewGuid():N}.csv");

    public void Dispose()
    {
        File.Delete(path);
        File.Delete(DatasetGenerator.TruthPath(path));
    }

    [Fact]
    public void Bytes_read_are_reported_in_order_up_to_the_length_and_the_dataset_is_the_same()
    {
        DatasetGenerator.WriteCsv(path, 20, seed: 5, errorRate: 0);
        var reported = new List<long>();

        var read = DatasetCsv.Read(path, new Recorder(reported));

        reported.Count.Should().BeGreaterThan(1, "a file of several buffers reports more than once");
        reported.Should().BeInAscendingOrder().And.OnlyContain(n => n > 0);
        reported[^1].Should().Be(new FileInfo(path).Length);
        read.Departments.Select(d => d.Department.Code).Should().Equal(DatasetCsv.Read(path).Departments.Select(d => d.Department.Code));
    }

    private sealed class Recorder(List<long> into) : IProgress<long>
    {
        public void Report(long value) => into.Add(value);
    }
}
