using GovBudget.Amounts;

namespace GovBudget.Documents;

/// <summary>One cell of a table: blank, a number, or text.</summary>
/// <remarks>Two cells are equal when they hold the same kind and the same value; numbers compare numerically.
/// The default value is a blank cell.</remarks>
public readonly struct Cell : IEquatable<Cell>
{
    private readonly Amount number;
    private readonly string? text;

    private Cell(CellKind kind, Amount number, string? text)
    {
        Kind = kind;
        this.number = number;
        this.text = text;
    }

    /// <summary>A blank cell.</summary>
    public static Cell Blank => default;

    /// <summary>What the cell holds.</summary>
    public CellKind Kind { get; }

    /// <summary>Whether nothing was printed in the cell.</summary>
    public bool IsBlank => Kind == CellKind.Blank;

    /// <summary>The number, or null when the cell is not a number.</summary>
    public Amount? Number => Kind == CellKind.Number ? number : null;

    /// <summary>The text, or null when the cell is not text.</summary>
    public string? Text => Kind == CellKind.Text ? text : null;

    /// <summary>The amount for arithmetic: a blank counts as zero.</summary>
    /// <exception cref="InvalidOperationException">The cell holds text.</exception>
    public Amount ValueOrZero => Kind switch
    {
        CellKind.Number => number,
        CellKind.Blank => Amount.Zero,
        _ => throw new InvalidOperationException($"the cell holds text '{text}', not a number"),
    };

    /// <summary>A cell holding a number.</summary>
    public static Cell FromNumber(Amount value) => new(CellKind.Number, value, null);

    /// <summary>A cell holding text; empty text is a blank cell.</summary>
    public static Cell FromText(string? value) =>
        string.IsNullOrEmpty(value) ? Blank : new Cell(CellKind.Text, default, value);

    /// <inheritdoc/>
    public bool Equals(Cell other) =>
        Kind == other.Kind && number == other.number && string.Equals(text, other.text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Cell other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, number, text);

    /// <summary>The number as printed, the text, or an empty string.</summary>
    public override string ToString() => Kind switch
    {
        CellKind.Number => number.ToString(),
        CellKind.Text => text!,
        _ => string.Empty,
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(Cell left, Cell right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Cell left, Cell right) => !left.Equals(right);
}
