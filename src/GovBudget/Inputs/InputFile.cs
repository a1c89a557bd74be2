using System.Runtime.InteropServices;

namespace GovBudget.Inputs;

/// <summary>
/// Opens input files the way a hostile input demands: only regular files (a device such as /dev/zero never ends, a FIFO
/// blocks forever on open), their size checked before any byte is read, and read through a cap so that a file that
/// grows or lies about its size (/proc) still stops at the limit. Errors name the file and never echo its content.
/// </summary>
internal static partial class InputFile
{
    /// <summary>What <paramref name="path"/> names, following symbolic links, without opening it.</summary>
    public static FileKind KindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        if (OperatingSystem.IsLinux())
        {
            return LinuxKind(path);
        }

        // Elsewhere the portable API cannot tell a device from a file; a device reports no size, and an empty file
        // needs no opening either, so an input of 0 bytes is read as empty without being opened.
        return FileKind.Regular;
    }

    /// <summary>Why GovBudget will not open <paramref name="path"/>, or null when it is a regular file.</summary>
    public static string? Refusal(string path) => KindOf(path) switch
    {
        FileKind.Missing => Localization.CoreTexts.T("Input.Missing"),
        FileKind.Directory => Localization.CoreTexts.T("Input.Folder"),
        FileKind.Special => Localization.CoreTexts.T("Input.Special"),
        _ => null,
    };

    /// <summary>Reads a regular file whole, refusing anything else and anything larger than <paramref name="maxBytes"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    /// <param name="limitText">What the limit is of, for the message ("a rule file is").</param>
    /// <exception cref="InputFileException">The file is refused, too large or cannot be read.</exception>
    public static byte[] ReadAllBytes(string path, long maxBytes, string limitText)
    {
        using var stream = OpenRead(path, maxBytes, limitText);
        try
        {
            using var buffer = new MemoryStream((int)Math.Min(stream.Length, maxBytes) + 1);
            var chunk = new byte[81_920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                // The size said is not trusted: a file that grows, or /proc, still stops at the limit.
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(Localization.CoreTexts.T("Input.MoreThanBytes", maxBytes), maxBytes, limitText);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not InputFileException)
        {
            throw new InputFileException(Localization.CoreTexts.T("Input.CannotRead", Reason(e)), e);
        }
    }

    /// <summary>Opens a regular file for reading after the same checks, for readers that stream (PDF, CSV).</summary>
    /// <exception cref="InputFileException">The file is refused or too large.</exception>
    public static Stream OpenRead(string path, long maxBytes, string limitText)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Refusal(path) is { } refusal)
        {
            throw new InputFileException(Localization.CoreTexts.T("Input.CannotRead", refusal));
        }

        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                throw TooLarge(Localization.CoreTexts.T("Input.Bytes", length), maxBytes, limitText);
            }

            // Where a device cannot be told from a file (not Linux), an input of 0 bytes is read as empty, unopened.
            return length == 0 && !OperatingSystem.IsLinux()
                ? new MemoryStream([], writable: false)
                : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not InputFileException)
        {
            throw new InputFileException(Localization.CoreTexts.T("Input.CannotRead", Reason(e)), e);
        }
    }

    private static InputFileException TooLarge(string size, long maxBytes, string limitText) =>
        new(Localization.CoreTexts.T("Input.TooLarge", size, limitText, maxBytes));

    // The exception's own message names the path and the system's reason; nothing of the content.
    private static string Reason(Exception e) => e is UnauthorizedAccessException ? Localization.CoreTexts.T("Input.PermissionDenied") : e.Message;

    private static FileKind LinuxKind(string path)
    {
        // statx has one layout on every Linux architecture (stat does not): stx_mode is the u16 at offset 28.
        const int AtCurrentDirectory = -100;
        const uint StatxType = 0x1;
        const int ModeOffset = 28;
        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0)
            {
                return File.Exists(path) ? FileKind.Regular : FileKind.Missing;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return FileKind.Regular; // a libc without statx (before glibc 2.28): as on other systems
        }

        var mode = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = false)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
}
