using System.Globalization;
using NodaTime;

namespace GovBudget.Documents;

/// <summary>A 预算年度: China's fiscal year is the calendar year, 1 January to 31 December.</summary>
/// <remarks>Equality and ordering are those of the year number. The default value is year 0 and is not valid in a document.</remarks>
public readonly struct FiscalYear : IEquatable<FiscalYear>, IComparable<FiscalYear>
{
    /// <summary>Creates the fiscal year <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is not between 1950 and 2200.</exception>
    public FiscalYear(int year)
    {
        if (year is < 1950 or > 2200)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "a fiscal year lies between 1950 and 2200");
        }

        Year = year;
    }

    /// <summary>The year number (2023).</summary>
    public int Year { get; }

    /// <summary>The days the year covers: 1 January to 31 December inclusive.</summary>
    public DateInterval Interval => new(new LocalDate(Year, 1, 1), new LocalDate(Year, 12, 31));

    /// <summary>Whether <paramref name="date"/> falls within the year.</summary>
    public bool Contains(LocalDate date) => date.Year == Year;

    /// <inheritdoc/>
    public bool Equals(FiscalYear other) => Year == other.Year;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FiscalYear other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Year;

    /// <inheritdoc/>
    public int CompareTo(FiscalYear other) => Year.CompareTo(other.Year);

    /// <summary>"2023".</summary>
    public override string ToString() => Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Equality.</summary>
    public static bool operator ==(FiscalYear left, FiscalYear right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(FiscalYear left, FiscalYear right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(FiscalYear left, FiscalYear right) => left.Year < right.Year;

    /// <summary>Ordering.</summary>
    public static bool operator >(FiscalYear left, FiscalYear right) => left.Year > right.Year;

    /// <summary>Ordering.</summary>
    public static bool operator <=(FiscalYear left, FiscalYear right) => left.Year <= right.Year;

    /// <summary>Ordering.</summary>
    public static bool operator >=(FiscalYear left, FiscalYear right) => left.Year >= right.Year;
}
