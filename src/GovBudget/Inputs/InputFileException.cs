namespace GovBudget.Inputs;

/// <summary>
/// An input file that GovBudget refused or could not read: missing, not a regular file, too large. The message names the
/// file and the reason, never any of its content. Each reader turns it into its own located error.
/// </summary>
internal sealed class InputFileException(string message, Exception? inner = null) : IOException(message, inner);
