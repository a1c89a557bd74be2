using System.Buffers;

namespace GovBudget;

/// <summary>
/// Passes a CSV file's text through to the CSV parser (Sep) and stops at the first line longer than a limit, before the
/// parser sees it: Sep would otherwise buffer a line of up to 16 MiB and then fail with an exception of its own. A line
/// is counted as Sep reads a row: from one line break to the next outside double quotes, so a quoted field's line
/// breaks are part of its line; the breaks themselves are not counted.
/// </summary>
/// <remarks>The inner reader stays the caller's: disposing this one leaves it open.</remarks>
internal sealed class CsvLineLimiter(TextReader inner, int maxLength, Func<int, Exception> tooLong) : TextReader
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\"\r\n");

    private int line = 1; // the line of the file being read, 1-based
    private int rowLine = 1; // the line the current row started on
    private long rowLength;
    private bool quoted;
    private bool afterCr;

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        Scan(buffer[..read]);
        return read;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    private void Scan(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var i = text.IndexOfAny(Special);
            if (i < 0)
            {
                Count(text.Length);
                afterCr = false;
                return;
            }

            if (i > 0)
            {
                Count(i);
                afterCr = false;
            }

            var c = text[i];
            if (c == '"')
            {
                quoted = !quoted;
                Count(1);
                afterCr = false;
            }
            else if (c == '\n' && afterCr)
            {
                afterCr = false; // the second half of \r\n
            }
            else
            {
                line++;
                afterCr = c == '\r';
                if (quoted)
                {
                    Count(1);
                }
                else
                {
                    rowLength = 0;
                    rowLine = line;
                }
            }

            text = text[(i + 1)..];
        }
    }

    private void Count(int chars)
    {
        rowLength += chars;
        if (rowLength > maxLength)
        {
            throw tooLong(rowLine);
        }
    }
}
