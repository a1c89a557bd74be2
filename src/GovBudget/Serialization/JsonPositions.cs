using System.Text;

namespace GovBudget.Serialization;

/// <summary>1-based line and character column of a place in UTF-8 JSON (System.Text.Json counts bytes, from 0).</summary>
internal static class JsonPositions
{
    /// <summary>The line and column of the byte at <paramref name="offset"/>.</summary>
    public static (int Line, int Column) OfOffset(byte[] utf8, long offset)
    {
        var end = (int)Math.Clamp(offset, 0, utf8.Length);
        var line = 1;
        var start = 0;
        for (var i = 0; i < end; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                start = i + 1;
            }
        }

        return (line, Encoding.UTF8.GetCharCount(utf8, start, end - start) + 1);
    }

    /// <summary>The byte offset of System.Text.Json's 0-based line and byte position in that line.</summary>
    public static long OffsetOf(byte[] utf8, long lineNumber, long bytePositionInLine)
    {
        long start = 0;
        for (long line = 0; line < lineNumber && start < utf8.Length; line++)
        {
            var next = Array.IndexOf(utf8, (byte)'\n', (int)start);
            if (next < 0)
            {
                return utf8.Length;
            }

            start = next + 1;
        }

        return Math.Min(utf8.Length, start + Math.Max(0, bytePositionInLine));
    }

    /// <summary>The line and column of the <paramref name="index"/>th character of <paramref name="text"/>.</summary>
    public static (int Line, int Column) OfChar(string text, int index)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                start = i + 1;
            }
        }

        return (line, index - start + 1);
    }
}
