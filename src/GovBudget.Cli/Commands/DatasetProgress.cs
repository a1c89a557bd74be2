using Spectre.Console;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Commands;

/// <summary>The two bars of a dataset check on a terminal: bytes read (from the first byte), then departments checked
/// (started when reading ends, so its remaining time is the checking's own).</summary>
internal sealed class DatasetProgress
{
    private readonly ProgressTask reading;
    private readonly ProgressTask checking;

    private DatasetProgress(ProgressTask reading, ProgressTask checking)
    {
        this.reading = reading;
        this.checking = checking;
    }

    /// <summary>Reports bytes read to the first bar.</summary>
    public IProgress<long> Reading => new Reporter(n => reading.Value = n);

    public static DatasetProgress Start(ProgressContext ctx, DatasetProgressColumn counts, string path)
    {
        var name = Path.GetFileName(path);
        var size = new FileInfo(path) is { Exists: true } file ? file.Length : 0;
        var reading = ctx.AddTask(T("Progress.Reading", name), maxValue: Math.Max(size, 1));
        var checking = ctx.AddTask(T("Progress.Checking", name), autoStart: false);
        counts.Bytes(reading);
        return new DatasetProgress(reading, checking);
    }

    /// <summary>Ends the reading bar and starts the checking one over <paramref name="departments"/>.</summary>
    public Action<int> Checking(int departments)
    {
        reading.Value = reading.MaxValue;
        reading.StopTask();
        checking.MaxValue = Math.Max(departments, 1);
        checking.StartTask();
        return n => checking.Value = n;
    }

    // Synchronous: Progress<T> would post to a thread pool and could report after the bar has ended.
    private sealed class Reporter(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
