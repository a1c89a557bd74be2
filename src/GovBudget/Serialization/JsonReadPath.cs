using System.Text;
using System.Text.Json;
using GovBudget.Import;

namespace GovBudget.Serialization;

/// <summary>
/// Where a value sits in the JSON being read (<c>$.tables[2].rows[5].cells[1]</c>), and the input it came from, so that
/// a value of the wrong shape is reported with its path, line and column.
/// </summary>
internal sealed class JsonReadPath
{
    private readonly string source;
    private readonly byte[] utf8;

    private JsonReadPath(string source, byte[] utf8, JsonReadPath? parent, string? name, int index)
    {
        this.source = source;
        this.utf8 = utf8;
        Parent = parent;
        Name = name;
        Index = index;
    }

    /// <summary>The container, or null for the root <c>$</c>.</summary>
    public JsonReadPath? Parent { get; }

    /// <summary>The property name, or null for an array item (or the root).</summary>
    public string? Name { get; }

    /// <summary>The array index when <see cref="Name"/> is null.</summary>
    public int Index { get; }

    /// <summary>The root <c>$</c> of <paramref name="utf8"/>, read from <paramref name="source"/>.</summary>
    public static JsonReadPath Root(string source, byte[] utf8) => new(source, utf8, null, null, -1);

    public JsonReadPath Property(string name) => new(source, utf8, this, name, -1);

    public JsonReadPath Item(int index) => new(source, utf8, this, null, index);

    public override string ToString()
    {
        var parts = new Stack<JsonReadPath>();
        for (var p = this; p.Parent is not null; p = p.Parent)
        {
            parts.Push(p);
        }

        var text = new StringBuilder("$");
        foreach (var p in parts)
        {
            _ = p.Name is { } name ? text.Append('.').Append(name) : text.Append('[').Append(p.Index).Append(']');
        }

        return text.ToString();
    }

    /// <summary>The error for the value at this path (located at its first character): <c>$.year: problem</c>.</summary>
    public DisclosureFormatException Error(string problem) => Error(ToString(), problem);

    /// <summary>The error for a problem located at this path's value, reported under <paramref name="shownPath"/>.</summary>
    public DisclosureFormatException Error(string shownPath, string problem)
    {
        var (line, column) = JsonPositions.OfOffset(utf8, Offset());
        return new DisclosureFormatException(source, line, column, $"{shownPath}: {problem}");
    }

    // The byte offset of this path's value, found by reading the (valid) JSON again: JsonElement keeps no position.
    private long Offset()
    {
        var steps = new Stack<JsonReadPath>();
        for (var p = this; p.Parent is not null; p = p.Parent)
        {
            steps.Push(p);
        }

        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read())
        {
            return 0;
        }

        foreach (var step in steps)
        {
            if (!(step.Name is { } name ? ToProperty(ref reader, name) : ToItem(ref reader, step.Index)))
            {
                break; // not there (a missing property): the container is the place to show
            }
        }

        return reader.TokenStartIndex;
    }

    // Moves from a StartObject to the value of its last property called name (JsonElement reads the last one too).
    private static bool ToProperty(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var depth = reader.CurrentDepth;
        var found = false;
        var at = reader;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            var match = reader.ValueTextEquals(name);
            _ = reader.Read();
            if (match)
            {
                found = true;
                at = reader;
            }

            reader.Skip();
        }

        reader = at;
        return found;
    }

    private static bool ToItem(ref Utf8JsonReader reader, int index)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var depth = reader.CurrentDepth;
        var start = reader;
        for (var i = 0; reader.Read() && !(reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == depth); i++)
        {
            if (i == index)
            {
                return true;
            }

            reader.Skip();
        }

        reader = start;
        return false;
    }
}
