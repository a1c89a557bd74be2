using System.Text;
using System.Text.Json;
using GovBudget.Import;

namespace GovBudget.Serialization;

/// <summary>
/// Says in our words what is wrong where System.Text.Json stopped on text that is not JSON: what was expected there and
/// what was found (its own message is 0-based, counts bytes and is not ours to show).
/// </summary>
internal static class JsonSyntaxError
{
    private const int MaxDepth = 64; // JsonDocument's default, which Deserialize keeps

    /// <summary>
    /// Parses JSON text (a leading byte-order mark dropped) and gives its UTF-8 too, which the located errors of later
    /// reading count in. Half of a surrogate pair is refused, not encoded: UTF-8 would silently make it U+FFFD.
    /// </summary>
    /// <exception cref="DisclosureFormatException">The text holds a lone surrogate or is not JSON; the message names <paramref name="source"/>, the line and the column.</exception>
    public static (JsonDocument Document, byte[] Utf8) Parse(string source, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var json = text.StartsWith('\uFEFF') ? text[1..] : text;
        if (LoneSurrogate(json) is { } at)
        {
            var (line, column) = JsonPositions.OfChar(json, at);
            throw new DisclosureFormatException(source, line, column,
                Localization.CoreTexts.T("Json.LoneSurrogate", (int)json[at]));
        }

        var utf8 = Encoding.UTF8.GetBytes(json);
        return (Parse(source, utf8), utf8);
    }

    /// <summary>Parses <paramref name="utf8"/>; text that is not JSON is a located error naming <paramref name="source"/>.</summary>
    /// <exception cref="DisclosureFormatException">The text is not JSON.</exception>
    public static JsonDocument Parse(string source, byte[] utf8)
    {
        try
        {
            return JsonDocument.Parse(utf8);
        }
        catch (JsonException e)
        {
            throw From(source, utf8, e);
        }
    }

    private static int? LoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The located error for <paramref name="utf8"/>, on which the parser threw <paramref name="e"/>.</summary>
    public static DisclosureFormatException From(string source, byte[] utf8, JsonException e)
    {
        var (stack, last, consumed) = ReadUntilTheError(utf8);
        var (problem, at) = Describe(utf8, stack, last, (int)consumed);
        // the place described; inside a bad string, the parser's place (the bad character) is the better one
        var offset = at is null && e.LineNumber is { } line && e.BytePositionInLine is { } position
            ? JsonPositions.OffsetOf(utf8, line, position)
            : at ?? consumed;
        var (l, c) = JsonPositions.OfOffset(utf8, offset);
        return new DisclosureFormatException(source, l, c, problem, e);
    }

    // The containers open where reading stopped (true: an object), the last token read and the bytes read up to it.
    private static (List<bool> Stack, JsonTokenType Last, long Consumed) ReadUntilTheError(byte[] utf8)
    {
        var stack = new List<bool>();
        var last = JsonTokenType.None;
        long consumed = 0; // kept after each token: a failed Read may have moved past a separator
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            while (reader.Read())
            {
                last = reader.TokenType;
                consumed = reader.BytesConsumed;
                switch (last)
                {
                    case JsonTokenType.StartObject:
                        stack.Add(true);
                        break;
                    case JsonTokenType.StartArray:
                        stack.Add(false);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // expected: the error is what we describe
        }

        return (stack, last, consumed);
    }

    private static (string Problem, int? At) Describe(byte[] b, List<bool> stack, JsonTokenType last, int consumed)
    {
        var p = SkipSpace(b, consumed);
        if (stack.Count >= MaxDepth && p < b.Length && b[p] is (byte)'{' or (byte)'[')
        {
            return (Localization.CoreTexts.T("Json.TooDeep", MaxDepth), p);
        }

        var afterValue = last is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False
            or JsonTokenType.Null or JsonTokenType.EndObject or JsonTokenType.EndArray;
        var afterComma = false;
        if (afterValue && stack.Count > 0 && p < b.Length && b[p] == (byte)',')
        {
            afterComma = true;
            p = SkipSpace(b, p + 1);
        }

        var inObject = stack.Count > 0 && stack[^1];
        var name = (last == JsonTokenType.StartObject) || (inObject && afterComma);
        var value = last == JsonTokenType.None || last == JsonTokenType.PropertyName || last == JsonTokenType.StartArray || (!inObject && afterComma);
        var expected = last switch
        {
            JsonTokenType.None => Localization.CoreTexts.T("Json.Expect.Object"),
            _ when stack.Count == 0 => Localization.CoreTexts.T("Json.Expect.Nothing"),
            JsonTokenType.PropertyName => Localization.CoreTexts.T("Json.Expect.Value"),
            JsonTokenType.StartObject => Localization.CoreTexts.T("Json.Expect.NameOrEnd"),
            JsonTokenType.StartArray => Localization.CoreTexts.T("Json.Expect.ValueOrEnd"),
            _ when afterComma => inObject ? Localization.CoreTexts.T("Json.Expect.Name") : Localization.CoreTexts.T("Json.Expect.Value"),
            _ => inObject ? Localization.CoreTexts.T("Json.Expect.CommaOrBrace") : Localization.CoreTexts.T("Json.Expect.CommaOrBracket"),
        };
        string found;
        int? at = p;
        if (p < b.Length && b[p] == (byte)'"' && (name || value))
        {
            var end = StringEnd(b, p);
            if (end < 0)
            {
                found = Localization.CoreTexts.T("Json.Found.BadString");
                at = null;
            }
            else
            {
                // the name is fine: what follows it is not
                expected = Localization.CoreTexts.T("Json.Expect.Colon");
                p = SkipSpace(b, end);
                at = p;
                found = Found(b, p);
            }
        }
        else if (p < b.Length && value && (b[p] == (byte)'-' || char.IsAsciiDigit((char)b[p])))
        {
            found = Localization.CoreTexts.T("Json.Found.BadNumber", Word(b, p));
        }
        else if (p < b.Length && value && char.IsAsciiLetter((char)b[p]))
        {
            found = Localization.CoreTexts.T("Json.Found.BadWord", Word(b, p));
        }
        else
        {
            found = Found(b, p);
        }

        if (p >= b.Length)
        {
            return (last == JsonTokenType.None
                ? Localization.CoreTexts.T("Json.NoJson")
                : Localization.CoreTexts.T("Json.EndsEarly", expected), p);
        }

        return (Localization.CoreTexts.T("Json.NotJson", expected, found), at);
    }

    private static int SkipSpace(byte[] b, int p)
    {
        while (p < b.Length && b[p] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            p++;
        }

        return p;
    }

    // The index after the closing quote of the string opening at p, or -1 when it is not a valid JSON string.
    private static int StringEnd(byte[] b, int p)
    {
        for (var i = p + 1; i < b.Length; i++)
        {
            var c = b[i];
            if (c == (byte)'"')
            {
                return i + 1;
            }

            if (c < 0x20)
            {
                return -1;
            }

            if (c == (byte)'\\')
            {
                if (++i >= b.Length)
                {
                    return -1;
                }

                if (b[i] == (byte)'u')
                {
                    for (var k = 0; k < 4; k++)
                    {
                        if (++i >= b.Length || !char.IsAsciiHexDigit((char)b[i]))
                        {
                            return -1;
                        }
                    }
                }
                else if (b[i] is not ((byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t'))
                {
                    return -1;
                }
            }
        }

        return -1;
    }

    private static string Found(byte[] b, int p)
    {
        if (p >= b.Length)
        {
            return Localization.CoreTexts.T("Json.Found.End");
        }

        _ = Rune.DecodeFromUtf8(b.AsSpan(p), out var rune, out _);
        return Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) ? $"U+{rune.Value:X4}" : Localization.CoreTexts.T("Json.Found.Char", rune.ToString());
    }

    // The run of characters at p up to the next space or punctuation, at most 24 bytes (a number, a word).
    private static string Word(byte[] b, int p)
    {
        var end = p;
        while (end < b.Length && end - p < 24 && b[end] > 0x20 && b[end] is not ((byte)',' or (byte)':' or (byte)']' or (byte)'}' or (byte)'[' or (byte)'{' or (byte)'"'))
        {
            end++;
        }

        return Encoding.UTF8.GetString(b, p, end - p);
    }
}
