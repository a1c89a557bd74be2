using GovBudget.Documents;
using GovBudget.Import;

namespace GovBudget.Cli.Commands;

/// <summary>Reads an input file with the library's reader for its kind (<see cref="DisclosureFile"/>), reporting a failure in one line.</summary>
internal static class DocumentLoader
{
    /// <summary>
    /// Reads <paramref name="path"/>; on failure returns null, writes one line naming the file and the reason to
    /// <paramref name="stderr"/>, and sets <paramref name="failure"/>: <see cref="ExitCodes.Unusable"/> when the file
    /// is at fault, <see cref="ExitCodes.InternalFault"/> when the reader is. A PDF or text is read with
    /// <paramref name="names"/> (the built-in names when null); GovBudget JSON holds canonical names already.
    /// </summary>
    public static ImportResult? TryLoad(string path, TextWriter stderr, out int failure, DisclosureNames? names = null)
    {
        names ??= DisclosureNames.Default;
        failure = ExitCodes.Unusable;
        if (!File.Exists(path))
        {
            stderr.WriteLine($"govbudget: {path}: no such file");
            return null;
        }

        try
        {
            return DisclosureFile.Read(path, names);
        }
        catch (DisclosureFormatException e)
        {
            stderr.WriteLine($"govbudget: {e.Message}");
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            stderr.WriteLine($"govbudget: {Path.GetFileName(path)}: {OneLine(e.Message)}");
        }
        catch (IOException e)
        {
            stderr.WriteLine($"govbudget: {path}: cannot be read: {OneLine(e.Message)}");
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"govbudget: {path}: cannot be read: {OneLine(e.Message)}");
        }
        catch (ReaderFaultException e)
        {
            failure = ExitCodes.InternalFault;
            stderr.WriteLine($"govbudget: {OneLine(e.Message)}");
        }
#pragma warning disable CA1031 // Whatever a reader does, the file is reported unusable and the run goes on.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            failure = ExitCodes.InternalFault;
            stderr.WriteLine(FaultLine(path, "reading", e));
        }

        return null;
    }

    /// <summary>The one line that reports a reader's own failure on a file (exit 3).</summary>
    public static string FaultLine(string path, string stage, Exception e) =>
        $"govbudget: {path}: internal error while {stage}: {e.GetType().Name}: {OneLine(e.Message)}; this is a fault of GovBudget, please report it";

    /// <summary>A message on one line (a stderr report is one line per problem).</summary>
    public static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
