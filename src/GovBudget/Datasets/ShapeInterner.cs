namespace GovBudget.Datasets;

/// <summary>
/// Gives departments with the same layout one <see cref="DocumentShape"/> instance. A layout is looked up by a
/// signature (a list of numbers for its tables, columns and rows) before any shape is built, so a department whose
/// layout was seen before costs no allocation; shapes are also interned by <see cref="DocumentShape.Key"/>.
/// </summary>
internal sealed class ShapeInterner
{
    private readonly Dictionary<int[], DocumentShape> bySignature = new(SignatureComparer.Instance);
    private readonly Dictionary<int[], DocumentShape>.AlternateLookup<ReadOnlySpan<int>> bySpan;
    private readonly Dictionary<string, DocumentShape> byKey = new(StringComparer.Ordinal);

    public ShapeInterner()
    {
        bySpan = bySignature.GetAlternateLookup<ReadOnlySpan<int>>();
    }

    /// <summary>The shape for a signature, built by <paramref name="build"/> the first time the signature is seen.</summary>
    public DocumentShape Intern<TState>(ReadOnlySpan<int> signature, TState state, Func<TState, DocumentShape> build)
    {
        if (bySpan.TryGetValue(signature, out var shape))
        {
            return shape;
        }

        shape = Intern(build(state));
        bySignature.Add(signature.ToArray(), shape);
        return shape;
    }

    /// <summary>
    /// How many distinct shapes are kept, or null for all: past it, the interner starts afresh, so a read of departments
    /// that each print their own layout does not grow with the file (later departments of an old layout then get a new,
    /// equal instance).
    /// </summary>
    public int? Limit { get; set; }

    /// <summary>The instance already seen with the same key as <paramref name="shape"/>, or the shape itself.</summary>
    public DocumentShape Intern(DocumentShape shape)
    {
        if (byKey.TryGetValue(shape.Key, out var existing))
        {
            return existing;
        }

        if (byKey.Count >= Limit)
        {
            byKey.Clear();
            bySignature.Clear();
        }

        byKey.Add(shape.Key, shape);
        return shape;
    }

    private sealed class SignatureComparer : IEqualityComparer<int[]>, IAlternateEqualityComparer<ReadOnlySpan<int>, int[]>
    {
        public static readonly SignatureComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(int[] obj) => GetHashCode((ReadOnlySpan<int>)obj);

        public bool Equals(ReadOnlySpan<int> alternate, int[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<int> alternate)
        {
            var hash = default(HashCode);
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(alternate));
            return hash.ToHashCode();
        }

        public int[] Create(ReadOnlySpan<int> alternate) => alternate.ToArray();
    }
}
