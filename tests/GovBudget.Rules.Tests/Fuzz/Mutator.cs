using System.Text;

namespace GovBudget.Rules.Tests.Fuzz;

/// <summary>
/// Mutations of a real input: truncation, byte flips, deleted and duplicated lines and ranges, huge and deep constructs,
/// invalid encodings. Each case applies one to four of them, chosen by its seed.
/// </summary>
internal static class Mutator
{
    private static readonly string[] Huge =
    [
        new string('9', 40), new string('1', 20_000), new string('(', 5_000), string.Concat(Enumerable.Repeat("if ", 5_000)),
        string.Concat(Enumerable.Repeat("1.0 + ", 5_000)), string.Concat(Enumerable.Repeat("not ", 5_000)), new string('x', 200_000),
        "\t" + string.Join('\t', Enumerable.Repeat("12,65", 50)), "合计0万元。其中住房0万元，占0%。", "\ud800", "-", "0000-01-01", "\"", ",,,,",
        "9999999999999999999999999999.99", "1e308", "null", "[]", "{}", "\\u0000",
    ];

    private const string Replacements = "{}[]\",:0n\\-.\t\n#()=<>x";

    /// <summary>A mutated copy of <paramref name="bytes"/> and what was done to it.</summary>
    public static (byte[] Bytes, string What) Mutate(Random random, byte[] bytes)
    {
        var data = new List<byte>(bytes);
        var what = new List<string>();
        var count = random.Next(1, 5);
        for (var i = 0; i < count && data.Count > 0; i++)
        {
            var at = random.Next(data.Count);
            switch (random.Next(9))
            {
                case 0:
                    data.RemoveRange(at, data.Count - at);
                    what.Add($"truncated at {at}");
                    break;
                case 1:
                    data[at] ^= (byte)(1 << random.Next(8));
                    what.Add($"bit flip at {at}");
                    break;
                case 2:
                    var length = Math.Min(random.Next(1, 400), data.Count - at);
                    data.RemoveRange(at, length);
                    what.Add($"deleted {length} at {at}");
                    break;
                case 3:
                    var span = Math.Min(random.Next(1, 400), data.Count - at);
                    data.InsertRange(at, data.GetRange(at, span));
                    what.Add($"duplicated {span} at {at}");
                    break;
                case 4:
                    var (start, end) = LineAround(data, at);
                    data.RemoveRange(start, end - start);
                    what.Add($"deleted the line at {start}");
                    break;
                case 5:
                    var (s, e) = LineAround(data, at);
                    // Many copies of a short line (20,000 duplicated rows was a quadratic case); a long line once.
                    var line = data.GetRange(s, e - s);
                    var copies = random.Next(1, 4) == 1 && line.Count < 1_000 ? 2_000 : 1;
                    data.InsertRange(s, Enumerable.Repeat(line, copies).SelectMany(l => l));

                    what.Add($"duplicated the line at {s} ×{copies}");
                    break;
                case 6:
                    var huge = Huge[random.Next(Huge.Length)];
                    data.InsertRange(at, Encoding.UTF8.GetBytes(huge));
                    what.Add($"inserted '{(huge.Length > 20 ? huge[..20] + "…" : huge)}' ({huge.Length}) at {at}");
                    break;
                case 7:
                    data.InsertRange(at, [0xC3, 0x28, 0xFF, 0xFE]);
                    what.Add($"invalid UTF-8 at {at}");
                    break;
                default:
                    data[at] = (byte)Replacements[random.Next(Replacements.Length)];
                    what.Add($"replaced a byte at {at}");
                    break;
            }
        }

        return ([.. data], string.Join("; ", what));
    }

    /// <summary>A mutated copy of a text, through its UTF-8 bytes (invalid sequences become U+FFFD).</summary>
    public static (string Text, string What) Mutate(Random random, string text)
    {
        var (bytes, what) = Mutate(random, Encoding.UTF8.GetBytes(text));
        return (Encoding.UTF8.GetString(bytes), what);
    }

    private static (int Start, int End) LineAround(List<byte> data, int at)
    {
        var start = at;
        while (start > 0 && data[start - 1] != (byte)'\n')
        {
            start--;
        }

        var end = at;
        while (end < data.Count && data[end] != (byte)'\n')
        {
            end++;
        }

        return (start, Math.Min(data.Count, end + 1));
    }
}
