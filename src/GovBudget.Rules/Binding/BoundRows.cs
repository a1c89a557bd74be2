using GovBudget.Classification;
using GovBudget.Documents;

namespace GovBudget.Rules.Binding;

/// <summary>Which rows of a table a bound reference means.</summary>
internal abstract record BoundRows
{
    /// <summary>Whether this can mean more than one row.</summary>
    public abstract bool IsSet { get; }
}

/// <summary>The row with this code.</summary>
/// <param name="Code">The code.</param>
internal sealed record CodeRows(ClassificationCode Code) : BoundRows
{
    /// <inheritdoc/>
    public override bool IsSet => false;
}

/// <summary>Present rows whose code matches a pattern with x wildcards.</summary>
/// <param name="Pattern">The pattern (digits and x).</param>
internal sealed record PatternRows(string Pattern) : BoundRows
{
    /// <inheritdoc/>
    public override bool IsSet => true;

    /// <summary>Whether <paramref name="code"/> matches.</summary>
    public bool Matches(ClassificationCode code)
    {
        var digits = code.ToString();
        if (digits.Length != Pattern.Length)
        {
            return false;
        }

        for (var i = 0; i < digits.Length; i++)
        {
            if (Pattern[i] != 'x' && Pattern[i] != digits[i])
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Present rows whose code has the endpoints' length and lies between them, inclusive.</summary>
/// <param name="From">The lowest code.</param>
/// <param name="To">The highest code.</param>
internal sealed record RangeRows(ClassificationCode From, ClassificationCode To) : BoundRows
{
    /// <inheritdoc/>
    public override bool IsSet => true;

    /// <summary>Whether <paramref name="code"/> lies in the range.</summary>
    public bool Matches(ClassificationCode code) => code.Length == From.Length && code >= From && code <= To;
}

/// <summary>The first row whose label matches after normalising, optionally on one side.</summary>
/// <param name="Label">The label, normalised.</param>
/// <param name="Printed">The label as written.</param>
/// <param name="Side">The side, or none for any.</param>
internal sealed record LabelRows(string Label, string Printed, TableSide Side) : BoundRows
{
    /// <inheritdoc/>
    public override bool IsSet => false;
}

/// <summary>The row bound to a quantifier variable (in another table: the row with the same code or label).</summary>
/// <param name="Name">The variable's name.</param>
/// <param name="Slot">The variable's slot.</param>
internal sealed record VariableRows(string Name, int Slot) : BoundRows
{
    /// <inheritdoc/>
    public override bool IsSet => false;
}

/// <summary>Present rows with a code of one level (类, 款, 项), or every coded row.</summary>
/// <param name="Level">The level, or null for every coded row.</param>
internal sealed record LevelRows(CodeLevel? Level) : BoundRows
{
    /// <inheritdoc/>
    public override bool IsSet => true;
}

/// <summary>Present rows whose code is a direct child of the inner reference's code.</summary>
/// <param name="Of">The parent.</param>
internal sealed record ChildRows(BoundRows Of) : BoundRows
{
    /// <inheritdoc/>
    public override bool IsSet => true;
}

/// <summary>The row of the parent code of the inner reference.</summary>
/// <param name="Of">The child.</param>
internal sealed record ParentRows(BoundRows Of) : BoundRows
{
    /// <inheritdoc/>
    public override bool IsSet => false;
}

/// <summary>The numbered items (一、… 三十一、 or 1、 2、) of a side, or of a one-sided table, before the first 合计 row.</summary>
/// <param name="Side">The side, or none for a one-sided table.</param>
internal sealed record ItemRows(TableSide Side) : BoundRows
{
    /// <inheritdoc/>
    public override bool IsSet => true;
}

/// <summary>The rows a subtotal or total row sums: those after it up to the next row labelled …小计 or …合计.</summary>
/// <param name="Of">The subtotal row.</param>
internal sealed record MemberRows(BoundRows Of) : BoundRows
{
    /// <inheritdoc/>
    public override bool IsSet => true;
}

/// <summary>The rows labelled …小计.</summary>
internal sealed record SubtotalRows : BoundRows
{
    /// <inheritdoc/>
    public override bool IsSet => true;
}

/// <summary>
/// The rows other rows add up to: the …小计 rows, or in an outline every row with rows nested under it, at any level
/// (一、货物, and each of its projects that lists items).
/// </summary>
internal sealed record HeadingRows : BoundRows
{
    /// <inheritdoc/>
    public override bool IsSet => true;
}
