namespace GovBudget.Datasets;

/// <summary>
/// Interns the names a dataset repeats on every line (row labels, column names) and numbers them, so that a line
/// costs a lookup by span and no string, and a layout can be compared as a list of numbers.
/// </summary>
internal sealed class NamePool
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> byChars;
    private readonly List<string> names = [];

    public NamePool()
    {
        byChars = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The number of a name, adding it when new.</summary>
    public int Id(ReadOnlySpan<char> name)
    {
        if (byChars.TryGetValue(name, out var id))
        {
            return id;
        }

        return Add(name.ToString());
    }

    /// <summary>The number of a name, adding it when new.</summary>
    public int Id(string name) => ids.TryGetValue(name, out var id) ? id : Add(name);

    /// <summary>The name with a number.</summary>
    public string this[int id] => names[id];

    private int Add(string name)
    {
        var id = names.Count;
        names.Add(name);
        ids.Add(name, id);
        return id;
    }
}
