using System.Buffers;
using System.Text;
using GovBudget.Documents;

namespace GovBudget.Datasets;

/// <summary>
/// The first pass of a streamed read: which departments' lines resume after another department's, and how many lines
/// each of those has. A department that does not resume is complete when the file moves on to the next one; one that
/// resumes is complete after its last line, so the second pass can hand every department over as soon as it is whole.
/// </summary>
/// <remarks>
/// Reads bytes, not text: a record ends at a line break outside quotes (<c>\r\n</c>, <c>\n</c> or <c>\r</c>, as Sep
/// reads them) and only its first three fields are decoded, and only where they differ from the previous record's. A
/// line this pass cannot make sense of (a bad year, a third field missing) is skipped: the second pass reports it
/// with its line number.
/// </remarks>
internal static class DatasetResumeScan
{
    private const int BufferSize = 1 << 20;

    // A UTF-8 record of the longest line allowed (4 bytes a character at most) plus its line break.
    private const int MaxRecordBytes = (DatasetCsv.MaxLineLength * 4) + 2;

    private static readonly byte[] Budget = Encoding.UTF8.GetBytes("预算");
    private static readonly byte[] Final = Encoding.UTF8.GetBytes("决算");
    private static readonly SearchValues<byte> RecordBytes = SearchValues.Create("\"\r\n"u8);

    // Byte order marks: UTF-8 is skipped; UTF-16 and UTF-32 (either order) are left to the text reader.
    private static readonly byte[] Utf8Mark = [0xEF, 0xBB, 0xBF];
    private static readonly byte[][] WideMarks = [[0xFF, 0xFE], [0xFE, 0xFF], [0x00, 0x00, 0xFE, 0xFF]];

    /// <summary>
    /// The departments that resume, with their number of lines; null when the file cannot be scanned as UTF-8 bytes (a
    /// UTF-16 or UTF-32 byte order mark) or holds a record longer than any line a dataset may have: the read then
    /// keeps every department to the end, as an unstreamed read does.
    /// </summary>
    public static Dictionary<DepartmentKey, int>? Scan(Stream stream)
    {
        var counts = new Dictionary<DepartmentKey, int>();
        var resuming = new HashSet<DepartmentKey>();
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            var filled = 0;
            var start = 0; // where the record being scanned starts in the buffer
            var atFileStart = true;
            var header = true;
            var quoted = false;
            var scanned = 0; // how far the current record has been scanned, from its start
            var previous = Array.Empty<byte>(); // the previous record's first three fields, as bytes
            DepartmentKey? current = null;
            while (true)
            {
                if (start > 0)
                {
                    buffer.AsSpan(start, filled - start).CopyTo(buffer);
                    filled -= start;
                    start = 0;
                }

                if (filled == buffer.Length)
                {
                    if (buffer.Length >= MaxRecordBytes)
                    {
                        return null;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = stream.Read(buffer, filled, buffer.Length - filled);
                var end = read == 0;
                filled += read;
                if (atFileStart && (filled >= 4 || end))
                {
                    var head = buffer.AsSpan(0, filled);
                    if (IsWide(head))
                    {
                        return null; // UTF-16 or UTF-32: the text reader decodes it, this pass does not
                    }

                    start = head.StartsWith(Utf8Mark) ? Utf8Mark.Length : 0;
                    atFileStart = false;
                }
                else if (atFileStart)
                {
                    continue;
                }

                // Each complete record in the buffer.
                while (true)
                {
                    var span = buffer.AsSpan(start + scanned, filled - start - scanned);
                    var at = span.IndexOfAny(RecordBytes);
                    if (at < 0 || (span[at] == (byte)'\r' && !quoted && at + 1 == span.Length && !end))
                    {
                        scanned = filled - start - (at < 0 ? 0 : 1); // wait for more (a \r may be the first half of \r\n)
                        break;
                    }

                    if (span[at] == (byte)'"')
                    {
                        quoted = !quoted; // an escaped "" toggles twice
                        scanned += at + 1;
                        continue;
                    }

                    if (quoted)
                    {
                        scanned += at + 1;
                        continue;
                    }

                    var length = scanned + at;
                    var breakLength = span[at] == (byte)'\r' && at + 1 < span.Length && span[at + 1] == (byte)'\n' ? 2 : 1;
                    var record = buffer.AsSpan(start, length);
                    if (header)
                    {
                        header = false;
                    }
                    else if (!record.IsEmpty)
                    {
                        Count(record, ref previous, ref current, counts, resuming);
                    }

                    start += length + breakLength;
                    scanned = 0;
                }

                if (end)
                {
                    var rest = buffer.AsSpan(start, filled - start);
                    if (!header && !rest.IsEmpty)
                    {
                        Count(rest, ref previous, ref current, counts, resuming);
                    }

                    break;
                }
            }

            foreach (var key in counts.Keys.Where(k => !resuming.Contains(k)).ToList())
            {
                counts.Remove(key);
            }

            return counts;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool IsWide(ReadOnlySpan<byte> head)
    {
        foreach (var mark in WideMarks)
        {
            if (head.StartsWith(mark))
            {
                return true;
            }
        }

        return false;
    }

    private static void Count(ReadOnlySpan<byte> record, ref byte[] previous, ref DepartmentKey? current,
        Dictionary<DepartmentKey, int> counts, HashSet<DepartmentKey> resuming)
    {
        var prefix = Prefix(record);
        if (current is { } same && prefix.SequenceEqual(previous))
        {
            counts[same]++;
            return;
        }

        if (Key(prefix) is not { } key)
        {
            return; // the second pass names this line's mistake
        }

        if (current != key && counts.ContainsKey(key))
        {
            resuming.Add(key);
        }

        previous = prefix.ToArray();
        current = key;
        counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    // The bytes of the first three fields and their separators (year,kind,department).
    private static ReadOnlySpan<byte> Prefix(ReadOnlySpan<byte> record)
    {
        var commas = 0;
        var quoted = false;
        for (var i = 0; i < record.Length; i++)
        {
            if (record[i] == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (record[i] == (byte)',' && !quoted && ++commas == 3)
            {
                return record[..i];
            }
        }

        return record;
    }

    private static DepartmentKey? Key(ReadOnlySpan<byte> prefix)
    {
        Span<Range> fields = stackalloc Range[4];
        var text = Encoding.UTF8.GetString(prefix);
        if (Fields(text, fields) != 3)
        {
            return null;
        }

        var year = Unquote(text[fields[0]]);
        var kind = Unquote(text[fields[1]]);
        if (!int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y))
        {
            return null;
        }

        DisclosureKind? k = kind switch { "预算" => DisclosureKind.Budget, "决算" => DisclosureKind.FinalAccount, _ => null };
        return k is { } known ? new DepartmentKey(y, known, Unquote(text[fields[2]])) : null;
    }

    private static int Fields(string text, Span<Range> fields)
    {
        var count = 0;
        var from = 0;
        var quoted = false;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (i == text.Length || (text[i] == ',' && !quoted))
            {
                if (count == fields.Length)
                {
                    return count + 1;
                }

                fields[count++] = from..i;
                from = i + 1;
            }
        }

        return count;
    }

    // As Sep unescapes a field: a field that starts with a quote loses its enclosing quotes and "" becomes ".
    private static string Unquote(string field) =>
        field.Length >= 2 && field[0] == '"' && field[^1] == '"' ? field[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : field;
}
