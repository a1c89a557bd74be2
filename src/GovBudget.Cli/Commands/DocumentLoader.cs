using GovBudget.Documents;
using GovBudget.Import;
using static GovBudget.Cli.CliTexts;

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
            stderr.WriteLine(T("Err.NoSuchFile", path));
            return null;
        }

        try
        {
            return DisclosureFile.Read(path, names);
        }
        catch (DisclosureFormatException e)
        {
            stderr.WriteLine(T("Err.Line", e.Message));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            stderr.WriteLine(T("Err.InFile", Path.GetFileName(path), OneLine(e.Message)));
        }
        catch (IOException e)
        {
            stderr.WriteLine(T("Err.CannotRead", path, OneLine(e.Message)));
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine(T("Err.CannotRead", path, OneLine(e.Message)));
        }
        catch (ReaderFaultException e)
        {
            failure = ExitCodes.InternalFault;
            stderr.WriteLine(T("Err.Line", OneLine(e.Message)));
        }
#pragma warning disable CA1031 // Whatever a reader does, the file is reported unusable and the run goes on.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            failure = ExitCodes.InternalFault;
            stderr.WriteLine(FaultLine(path, T("Err.Stage.Reading"), e));
        }

        return null;
    }

    /// <summary>The one line that reports a reader's own failure on a file (exit 3).</summary>
    public static string FaultLine(string path, string stage, Exception e) =>
        T("Err.Fault", path, stage, e.GetType().Name, OneLine(e.Message));

    /// <summary>A message on one line (a stderr report is one line per problem).</summary>
    public static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
