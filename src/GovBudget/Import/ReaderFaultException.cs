using GovBudget.Documents;

namespace GovBudget.Import;

/// <summary>
/// A reader's own code failed on a file: a fault of GovBudget, not of the file (which gets a
/// <see cref="DisclosureFormatException"/>). The message names the file and the stage that failed; the inner exception
/// is the cause. A caller reports it and goes on with its other files; the CLI exits 3.
/// </summary>
public sealed class ReaderFaultException : Exception
{
    /// <summary>Creates the exception.</summary>
    internal ReaderFaultException(string source, string stage, Exception inner)
        : base(Localization.CoreTexts.T("Reader.Fault", source, stage, inner?.GetType().Name, inner?.Message), inner)
    {
        File = source;
        Stage = stage;
    }

    /// <summary>The file being read.</summary>
    internal string File { get; }

    /// <summary>What the reader was doing (laying out the PDF's pages, parsing the text, …).</summary>
    internal string Stage { get; }

    /// <summary>Runs one stage of a reader, turning a failure of the reader's own code into this exception.</summary>
    internal static T Run<T>(string source, string stage, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (TableLimitException e)
        {
            throw new DisclosureFormatException(source, e.Line, null, e.Message, e);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
        {
            // The patterns are linear: only a file far beyond any disclosure (a line of millions of characters) gets here.
            throw new DisclosureFormatException(source, 0, null,
                $"the file could not be read in time while {stage}: a pattern ran past {RegexTimeout.Milliseconds:N0} ms on a line of {e.Input.Length:N0} characters", e);
        }
        catch (Exception e) when (e is not (SourceFormatException or ReaderFaultException or OutOfMemoryException or OperationCanceledException))
        {
            throw new ReaderFaultException(source, stage, e);
        }
    }
}
