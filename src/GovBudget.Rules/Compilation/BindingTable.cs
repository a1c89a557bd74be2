
namespace GovBudget.Rules.Compilation;

/// <summary>
/// Everything a compiled rule needs about one document shape, resolved once: for each binding of the rule's
/// quantifiers, the slot of each single-cell reference, the slots each row-set reference sums, and the value of each
/// shape-only term (exists, count). A compiled rule loops over the bindings reading only these arrays and the
/// document's values. Immutable after planning; shared by every document of the shape.
/// </summary>
internal sealed class BindingTable
{
    internal BindingTable(
        int count,
        int singleSites,
        int setSites,
        int constSites,
        int[] singles,
        long[] singleFactors,
        int[] setStarts,
        int[] setSlots,
        long[] setFactors,
        long[] constants,
        long literalFactor,
        bool[]? deferred = null)
    {
        Deferred = deferred;
        Count = count;
        SingleSites = singleSites;
        SetSites = setSites;
        ConstSites = constSites;
        Singles = singles;
        SingleFactors = singleFactors;
        SetStarts = setStarts;
        SetSlots = setSlots;
        SetFactors = setFactors;
        Constants = constants;
        LiteralFactor = literalFactor;
    }

    /// <summary>How many bindings the quantifiers produce on this shape.</summary>
    public int Count { get; }

    internal int SingleSites { get; }

    internal int SetSites { get; }

    internal int ConstSites { get; }

    /// <summary>[binding × single site] → slot, or -1 when the row or column is absent (the value is then 0).</summary>
    internal int[] Singles { get; }

    /// <summary>[single site] → 元-per-unit of the site's table, so values of tables in 元 and 万元 compare.</summary>
    internal long[] SingleFactors { get; }

    /// <summary>[binding × set site] → start in <see cref="SetSlots"/>; the entry after it is the end.</summary>
    internal int[] SetStarts { get; }

    /// <summary>The slots of every row set, back to back (-1 for a row whose column is absent).</summary>
    internal int[] SetSlots { get; }

    /// <summary>[set site] → 元-per-unit of the site's table.</summary>
    internal long[] SetFactors { get; }

    /// <summary>[binding × const site] → the value of exists (0/1) or count (in fixed point).</summary>
    internal long[] Constants { get; }

    /// <summary>[binding] → whether the interpreter must decide it, or null when none must.</summary>
    internal bool[]? Deferred { get; }

    /// <summary>元 per unit of the rule's table: the unit plain numbers are taken in.</summary>
    internal long LiteralFactor { get; }
}
