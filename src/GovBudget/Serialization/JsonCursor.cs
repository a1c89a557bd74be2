using System.Text.Json;

namespace GovBudget.Serialization;

/// <summary>
/// A JSON value with its path: typed reads that, on a value of the wrong kind, throw a
/// <see cref="GovBudget.Import.DisclosureFormatException"/> naming the path, the line and column, what was expected and
/// what was found — never System.Text.Json's own exception.
/// </summary>
internal readonly struct JsonCursor
{
    public JsonCursor(JsonElement value, JsonReadPath path)
    {
        Value = value;
        Path = path;
    }

    public JsonElement Value { get; }

    public JsonReadPath Path { get; }

    public JsonValueKind Kind => Value.ValueKind;

    public bool IsNull => Value.ValueKind == JsonValueKind.Null;

    /// <summary>The property, or null when it is absent (a null value is returned as a cursor on null).</summary>
    public JsonCursor? Property(string name) =>
        Value.ValueKind == JsonValueKind.Object && Value.TryGetProperty(name, out var v) ? new JsonCursor(v, Path.Property(name)) : null;

    /// <summary>The names of this object's properties, in order; <paramref name="what"/> says which object it must be.</summary>
    public IEnumerable<string> PropertyNames(string what)
    {
        var path = Object(what).Path;
        foreach (var p in Value.EnumerateObject())
        {
            string name;
            try
            {
                name = p.Name;
            }
            catch (InvalidOperationException)
            {
                // as in String: the name escapes a lone surrogate (\ud800)
                throw path.Error($"a property name of {what} is not valid text: it escapes half of a UTF-16 surrogate pair (\\uD800–\\uDFFF) without the other half");
            }

            yield return name;
        }
    }

    /// <summary>This value, which must be an object (<paramref name="what"/> says which).</summary>
    public JsonCursor Object(string what) => Kind == JsonValueKind.Object ? this : throw Expected("an object", what);

    /// <summary>The property that must be there.</summary>
    public JsonCursor Required(string name, string kind, string what)
    {
        if (Property(name) is { } v)
        {
            return v;
        }

        throw Path.Error(Path.Property(name).ToString(), $"missing: expected {kind} ({what})");
    }

    /// <summary>The items of this value, which must be an array.</summary>
    public IEnumerable<JsonCursor> Items(string what)
    {
        if (Kind != JsonValueKind.Array)
        {
            throw Expected("an array", what);
        }

        var path = Path;
        return Value.EnumerateArray().Select((item, i) => new JsonCursor(item, path.Item(i)));
    }

    /// <summary>The items of the property <paramref name="name"/>, which must be an array.</summary>
    public IEnumerable<JsonCursor> RequiredArray(string name, string what) => Required(name, "an array", what).Items(what);

    /// <summary>The items of the property, or none when it is absent or null (properties that came later).</summary>
    public IEnumerable<JsonCursor> OptionalArray(string name, string what) =>
        Property(name) is { IsNull: false } v ? v.Items(what) : [];

    /// <summary>This value, which must be a string.</summary>
    public string String(string what)
    {
        if (Kind != JsonValueKind.String)
        {
            throw Expected("a string", what);
        }

        try
        {
            return Value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // the escapes are well formed but name a lone surrogate (\ud800): no UTF-16 string holds that
            throw Path.Error($"the string ({what}) is not valid text: it escapes half of a UTF-16 surrogate pair (\\uD800–\\uDFFF) without the other half");
        }
    }

    /// <summary>The string property that must be there.</summary>
    public string RequiredString(string name, string what) => Required(name, "a string", what).String(what);

    /// <summary>The string property, or null when it is absent or null.</summary>
    public string? OptionalString(string name, string what) =>
        Property(name) is { IsNull: false } v ? v.String(what) : null;

    /// <summary>This value, which must be a whole number that fits an int.</summary>
    public int Int(string what)
    {
        if (Kind != JsonValueKind.Number)
        {
            throw Expected("a number", what);
        }

        return Value.TryGetInt32(out var n)
            ? n
            : throw Path.Error($"expected a whole number from {int.MinValue} to {int.MaxValue} ({what}), found {Shown(Value.GetRawText())}");
    }

    /// <summary>The number property that must be there.</summary>
    public int RequiredInt(string name, string what) => Required(name, "a number", what).Int(what);

    /// <summary>The number property, or null when it is absent or null.</summary>
    public int? OptionalInt(string name, string what) =>
        Property(name) is { IsNull: false } v ? v.Int(what) : null;

    /// <summary>The error for this value: <c>$.path: problem</c>.</summary>
    public GovBudget.Import.DisclosureFormatException Error(string problem) => Path.Error(problem);

    /// <summary>"expected {kind} ({what}), found {what this is}".</summary>
    public GovBudget.Import.DisclosureFormatException Expected(string kind, string what) =>
        Path.Error($"expected {kind} ({what}), found {Found()}");

    /// <summary>What this value is, for a message: "a string", "an array", "null", "the number 2.5".</summary>
    public string Found() => Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"the number {Shown(Value.GetRawText())}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private static string Shown(string raw) => raw.Length <= 40 ? raw : raw[..40] + "…";
}
