namespace GovBudget.Inputs;

/// <summary>What a path names, as the file system reports it without opening it.</summary>
internal enum FileKind
{
    /// <summary>Nothing.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A character or block device, a FIFO (named pipe) or a socket: opening one may block or never end.</summary>
    Special,
}
