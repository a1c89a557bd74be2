using Spectre.Console;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Commands;

/// <summary>The two bars of a dataset check on a terminal, advancing together: bytes read (from the first byte) and
/// departments checked of those read so far.</summary>
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

    /// <summary>Starts the checking bar: reading and checking go together, so its length is the departments read so far.</summary>
    public CheckingBar Checking()
    {
        checking.StartTask();
        return new CheckingBar(checking);
    }

    /// <summary>Departments read (the bar's length) and checked (its value), from the reading and the checking threads.</summary>
    public sealed class CheckingBar(ProgressTask task)
    {
        public void Read(int departments) => task.MaxValue = Math.Max(departments, task.Value);

        public void Checked(int departments) => task.Value = departments;
    }

    // Synchronous: Progress<T> would post to a thread pool and could report after the bar has ended.
    private sealed class Reporter(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
