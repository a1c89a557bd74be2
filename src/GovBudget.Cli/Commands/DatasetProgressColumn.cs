using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Commands;

/// <summary>A progress column of counts: megabytes read of the file's size, or departments checked of all.</summary>
internal sealed class DatasetProgressColumn : ProgressColumn
{
    private readonly HashSet<int> byteTasks = [];

    /// <summary>Shows <paramref name="task"/>'s counts as bytes.</summary>
    public void Bytes(ProgressTask task) => byteTasks.Add(task.Id);

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var text = byteTasks.Contains(task.Id)
            ? string.Create(CultureInfo.InvariantCulture, $"{task.Value / Megabyte:N1}/{task.MaxValue / Megabyte:N1} MB")
            : task.IsStarted
                ? T("Progress.Departments", task.Value, task.MaxValue)
                : string.Empty;
        return new Text(text);
    }

    private const double Megabyte = 1024 * 1024;
}
