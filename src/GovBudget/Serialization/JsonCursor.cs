using System.Text.Json;
using static GovBudget.Localization.CoreTexts;

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
                throw path.Error(T("Json.NameSurrogate", W(what)));
            }

            yield return name;
        }
    }

    /// <summary>This value, which must be an object (<paramref name="what"/> says which).</summary>
    public JsonCursor Object(string what) => Kind == JsonValueKind.Object ? this : throw Expected(Kinds.Object, what);

    /// <summary>The property that must be there.</summary>
    public JsonCursor Required(string name, string kind, string what)
    {
        if (Property(name) is { } v)
        {
            return v;
        }

        throw Path.Error(Path.Property(name).ToString(), T("Json.Missing", W(kind), W(what)));
    }

    /// <summary>The items of this value, which must be an array.</summary>
    public IEnumerable<JsonCursor> Items(string what)
    {
        if (Kind != JsonValueKind.Array)
        {
            throw Expected(Kinds.Array, what);
        }

        var path = Path;
        return Value.EnumerateArray().Select((item, i) => new JsonCursor(item, path.Item(i)));
    }

    /// <summary>The items of the property <paramref name="name"/>, which must be an array.</summary>
    public IEnumerable<JsonCursor> RequiredArray(string name, string what) => Required(name, Kinds.Array, what).Items(what);

    /// <summary>The items of the property, or none when it is absent or null (properties that came later).</summary>
    public IEnumerable<JsonCursor> OptionalArray(string name, string what) =>
        Property(name) is { IsNull: false } v ? v.Items(what) : [];

    /// <summary>This value, which must be a string.</summary>
    public string String(string what)
    {
        if (Kind != JsonValueKind.String)
        {
            throw Expected(Kinds.String, what);
        }

        try
        {
            return Value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // the escapes are well formed but name a lone surrogate (\ud800): no UTF-16 string holds that
            throw Path.Error(T("Json.StringSurrogate", W(what)));
        }
    }

    /// <summary>The string property that must be there.</summary>
    public string RequiredString(string name, string what) => Required(name, Kinds.String, what).String(what);

    /// <summary>The string property, or null when it is absent or null.</summary>
    public string? OptionalString(string name, string what) =>
        Property(name) is { IsNull: false } v ? v.String(what) : null;

    /// <summary>This value, which must be a whole number that fits an int.</summary>
    public int Int(string what)
    {
        if (Kind != JsonValueKind.Number)
        {
            throw Expected(Kinds.Number, what);
        }

        return Value.TryGetInt32(out var n)
            ? n
            : throw Path.Error(T("Json.WholeNumber", int.MinValue, int.MaxValue, W(what), Shown(Value.GetRawText())));
    }

    /// <summary>The number property that must be there.</summary>
    public int RequiredInt(string name, string what) => Required(name, Kinds.Number, what).Int(what);

    /// <summary>The number property, or null when it is absent or null.</summary>
    public int? OptionalInt(string name, string what) =>
        Property(name) is { IsNull: false } v ? v.Int(what) : null;

    /// <summary>The error for this value: <c>$.path: problem</c>.</summary>
    public GovBudget.Import.DisclosureFormatException Error(string problem) => Path.Error(problem);

    /// <summary>"expected {kind} ({what}), found {what this is}".</summary>
    public GovBudget.Import.DisclosureFormatException Expected(string kind, string what) =>
        Path.Error(T("Json.Expected", W(kind), W(what), Found()));

    /// <summary>What this value is, for a message: "a string", "an array", "null", "the number 2.5".</summary>
    public string Found() => Kind switch
    {
        JsonValueKind.Object => T(Kinds.Object),
        JsonValueKind.Array => T(Kinds.Array),
        JsonValueKind.String => T(Kinds.String),
        JsonValueKind.Number => T("Json.Found.Number", Shown(Value.GetRawText())),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private static string Shown(string raw) => raw.Length <= 40 ? raw : raw[..40] + "…";

    // A description given as a message key (Kinds, the readers' Json.What.*) is worded only when an error is reported,
    // so a document read without error looks nothing up; one built at run time comes worded already.
    internal static string W(string what) => what.StartsWith("Json.", StringComparison.Ordinal) ? T(what) : what;

    /// <summary>The kinds of JSON value a read expects, as message keys.</summary>
    internal static class Kinds
    {
        public const string Object = "Json.Kind.Object";
        public const string Array = "Json.Kind.Array";
        public const string String = "Json.Kind.String";
        public const string Number = "Json.Kind.Number";
        public const string Cell = "Json.Kind.Cell";
    }
}
