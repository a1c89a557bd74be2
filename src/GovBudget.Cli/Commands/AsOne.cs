using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Findings;
using GovBudget.Import;
using GovBudget.Profiles;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Waivers;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Commands;

/// <summary><c>check a.pdf b.pdf --as-one</c>: the files read as one disclosure and checked once.</summary>
internal static class AsOne
{
    /// <summary>
    /// Reads every file, combines them and checks the result; null (and <paramref name="failure"/> set, the reason on
    /// <paramref name="stderr"/>) when a file cannot be read or the files are not one disclosure.
    /// </summary>
    public static CheckedDocument? Check(
        IReadOnlyList<string> files, PackChoice packs, DisclosureProfile? profile, bool noCompile, WaiverRun waivers, DisclosureNames names,
        TextWriter stderr, out int failure)
    {
        failure = ExitCodes.Success;
        var parts = new List<ImportResult>();
        foreach (var file in files)
        {
            if (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                stderr.WriteLine(T("Err.AsOneDataset", file));
                failure = Math.Max(failure, ExitCodes.Unusable);
                continue;
            }

            if (DocumentLoader.TryLoad(file, stderr, out var loadFailure, names) is { } imported)
            {
                parts.Add(imported);
            }
            else
            {
                failure = Math.Max(failure, loadFailure);
            }
        }

        if (failure != ExitCodes.Success)
        {
            return null; // half a disclosure would be checked as if it were all of it
        }

        if (parts.Count < 2)
        {
            stderr.WriteLine(T("Err.AsOneTwoFiles"));
            failure = ExitCodes.Unusable;
            return null;
        }

        CombinedDisclosure combined;
        try
        {
            combined = CombinedDisclosure.Combine([.. parts.Select(p => p.Document)]);
        }
        catch (DisclosureMismatchException e)
        {
            stderr.WriteLine(T("Err.AsOne", e.Message));
            failure = ExitCodes.Unusable;
            return null;
        }

        DocumentFindings findings;
        try
        {
            findings = packs.Check(combined, profile, !noCompile);
        }
        catch (RuleLimitException e)
        {
            stderr.WriteLine(T("Err.AsOne", e.Diagnostic));
            failure = ExitCodes.Unusable;
            return null;
        }

        return CheckedDocument.From(combined.Document.Source!, combined.Document, waivers.Apply(findings), [.. parts.SelectMany(p => p.Notices)])
            with { Sources = combined.Sources };
    }
}
