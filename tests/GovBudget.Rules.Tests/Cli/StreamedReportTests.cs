using System.Text;
using System.Text.Json;
using GovBudget.Datasets;

namespace GovBudget.Rules.Tests.Cli;

/// <summary>A dataset's report is written as its departments are checked (a JSON report a MiB or so at a time), not
/// built whole in memory first: what was checked before a line the reader rejects is already in the report.</summary>
public sealed class StreamedReportTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"govbudget-streamed-report-{Guid.NewGuid():N}");

    public StreamedReportTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_large_json_report_reaches_its_writer_in_pieces_of_about_a_mebibyte()
    {
        var csv = Path.Combine(folder, "d.csv");
        DatasetGenerator.WriteCsv(csv, 600, seed: 4, errorRate: 0.02, layouts: 60);
        var stdout = new RecordingWriter();
        using var stderr = new StringWriter();

        var code = GovBudget.Cli.Program.Run(["check", csv, "--format", "json"], stdout, stderr);

        code.Should().BeOneOf([0, 1], stderr.ToString());
        var report = stdout.ToString();
        Encoding.UTF8.GetByteCount(report).Should().BeGreaterThan(3 << 20, "600 departments make a report of several MiB");
        stdout.Writes.Count.Should().BeGreaterThan(3);
        stdout.Writes.Max().Should().BeLessThan(2 << 20, "no piece is much larger than the MiB drained at a time");
        using var parsed = JsonDocument.Parse(report);
        parsed.RootElement.GetProperty("documents").GetArrayLength().Should().Be(600);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Departments_checked_before_a_bad_last_line_are_reported_and_the_dataset_is_unusable(string format)
    {
        var csv = Path.Combine(folder, "bad-end.csv");
        DatasetGenerator.WriteCsv(csv, 40, seed: 7, errorRate: 1.0, layouts: 40);
        var lines = File.ReadAllLines(csv);
        var last = lines[^1].Split(',');
        last[^1] = "一百"; // not an amount
        File.AppendAllText(csv, string.Join(',', last) + "\n");
        var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = GovBudget.Cli.Program.Run(["check", csv, "--format", format], stdout, stderr);

        code.Should().Be(2, "the file has a line the reader rejects");
        stderr.ToString().Should().Contain($":{lines.Length + 1}", "the error names the bad line");
        var report = stdout.ToString();
        if (format == "json")
        {
            using var parsed = JsonDocument.Parse(report);
            var documents = parsed.RootElement.GetProperty("documents").EnumerateArray().ToList();
            documents.Should().HaveCountGreaterThan(30, "every department before the last one was checked and written");
            documents[0].GetProperty("department").GetString().Should().Be("000001");
            documents[^1].GetProperty("error").GetString().Should().NotBeNull();
            parsed.RootElement.TryGetProperty("datasets", out _).Should().BeFalse("an unusable dataset has no summary");
        }
        else
        {
            report.Should().StartWith("000001 ", "the first department, with its injected error, heads the report");
            report.Should().Contain("000039 ");
            report.Should().NotContain("个部门，", "an unusable dataset has no summary");
        }
    }

    private sealed class RecordingWriter : StringWriter
    {
        public List<int> Writes { get; } = [];

        public override void Write(string? value)
        {
            Writes.Add(value?.Length ?? 0);
            base.Write(value);
        }
    }
}
