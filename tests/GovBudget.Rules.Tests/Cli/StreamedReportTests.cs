using System.Text;
using System.Text.Json;
using GovBudget.Datasets;

namespace GovBudget.Rules.Tests.Cli;

/// <summary>A dataset's JSON report is written as it goes, a MiB or so at a time, not built whole in memory first.</summary>
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
