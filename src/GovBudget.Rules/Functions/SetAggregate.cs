namespace GovBudget.Rules.Functions;

/// <summary>What compiled code computes over the cells of a set of rows in one binding.</summary>
internal enum SetAggregate
{
    /// <summary>The total.</summary>
    Sum,

    /// <summary>The least value (0 when the set is empty).</summary>
    Min,

    /// <summary>The greatest value (0 when the set is empty).</summary>
    Max,

    /// <summary>How many cells the set has, as a plain count (not in fixed point).</summary>
    Size,
}
