using GovBudget.Cli.Commands;

namespace GovBudget.Cli.Output;

/// <summary>
/// A report written while the run goes: each checked entry as it comes (a dataset's departments one by one, in the
/// file's order), then what only the whole run knows (the files together, the waivers, the datasets' summaries).
/// </summary>
internal abstract class ReportSink
{
    public abstract void Add(CheckedDocument entry);

    public abstract void Finish(RunTally run, IReadOnlyList<DatasetSummary> datasets, WaiverReport? waivers);
}
