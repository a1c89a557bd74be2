using NodaTime;
using NodaTime.Text;
using GovBudget.Rules.Diagnostics;

namespace GovBudget.Rules.Waivers;

/// <summary>
/// An accepted, explained finding: a rule's warning (or info) that someone has looked at, explained and accepted
/// until a date. One line of a waiver file (<see cref="WaiverSet"/>).
/// </summary>
/// <remarks>
/// A waiver matches a finding when the rule ids are equal, the department (when given) is the document's, and the
/// table, row and column (each when given) describe one and the same cell the finding read. It accepts what it
/// matches up to and including <see cref="Expires"/>, and never a finding of an error (强制性) rule.
/// </remarks>
/// <param name="RuleId">The id of the rule whose findings it accepts.</param>
/// <param name="Department">The department code (or name) it applies to, or null for any department.</param>
/// <param name="Table">The table kind's canonical name (一般公共预算财政拨款支出表), or null for any table.</param>
/// <param name="Row">The row's code (201) or label (合计), or null for any row.</param>
/// <param name="Column">The column's name (合计), or null for any column.</param>
/// <param name="Reason">Why the finding is accepted.</param>
/// <param name="By">Who accepted it.</param>
/// <param name="Expires">The last day on which it accepts anything.</param>
/// <param name="Location">Where it is written (file and line; column 1).</param>
public sealed record Waiver(
    string RuleId,
    string? Department,
    string? Table,
    string? Row,
    string? Column,
    string Reason,
    string By,
    LocalDate Expires,
    SourceSpan Location)
{
    /// <summary>Whether the waiver has expired on <paramref name="today"/>: it is valid up to and including <see cref="Expires"/>.</summary>
    public bool IsExpired(LocalDate today) => today > Expires;

    /// <summary>"NM-GB 302 一般公共预算财政拨款支出表 201 [合计]": the rule and what the waiver is restricted to.</summary>
    public override string ToString()
    {
        var parts = new List<string>(4) { RuleId };
        if (Department is not null)
        {
            parts.Add(Department);
        }

        if (Table is not null)
        {
            parts.Add(Table);
        }

        if (Row is not null)
        {
            parts.Add(Row);
        }

        if (Column is not null)
        {
            parts.Add($"[{Column}]");
        }

        return string.Join(' ', parts);
    }

    /// <summary>"waivers.csv:3", for messages.</summary>
    internal string Where => $"{Location.File}:{Location.Line}";

    /// <summary>The expiry date as written (yyyy-MM-dd).</summary>
    internal string ExpiresText => LocalDatePattern.Iso.Format(Expires);
}
