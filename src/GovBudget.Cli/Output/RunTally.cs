using GovBudget.Cli.Commands;
using GovBudget.Rules.Findings;

namespace GovBudget.Cli.Output;

/// <summary>
/// What a report's end needs of the entries it has already written, without keeping a dataset's departments: the
/// files (not departments), the first entry of each year, kind and profile (what <see cref="ProducedBy"/> names), the
/// accepted findings and the exit code the findings call for.
/// </summary>
internal sealed class RunTally
{
    private readonly List<CheckedDocument> files = [];
    private readonly List<CheckedDocument> representatives = [];
    private readonly HashSet<(int? Year, string? Kind, string? Profile)> seen = [];

    /// <summary>The entries that are files of their own, in order (a dataset's departments are not).</summary>
    public IReadOnlyList<CheckedDocument> Files => files;

    /// <summary>The first read entry of each year, kind and profile, in order of first appearance.</summary>
    public IReadOnlyList<CheckedDocument> Representatives => representatives;

    /// <summary>Findings a waiver accepted, over the run.</summary>
    public int Accepted { get; private set; }

    /// <summary>3 when a rule, a check or a reader failed, 1 when there is an error finding, else 0.</summary>
    public int Exit { get; private set; } = ExitCodes.Success;

    public void Add(CheckedDocument e)
    {
        if (!e.InDataset)
        {
            files.Add(e);
        }

        if (e.Error is null && e.Kind is not null && seen.Add((e.Year?.Year, e.Kind?.ToString(), e.Profile?.Profile.Name)))
        {
            representatives.Add(e);
        }

        Accepted += e.Findings.Count(f => f.IsAccepted);
        if (e.Findings.Any(f => f.Finding.IsInternalFault))
        {
            Exit = ExitCodes.InternalFault;
        }
        else if (Exit < ExitCodes.ErrorFindings && e.Findings.Any(f => f.Finding.Severity == Severity.Error))
        {
            Exit = ExitCodes.ErrorFindings;
        }
    }
}
