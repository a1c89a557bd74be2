namespace GovBudget.Documents;

/// <summary>What a table cell holds.</summary>
public enum CellKind
{
    /// <summary>Nothing printed: no amount (not zero in the data; zero in sums).</summary>
    Blank = 0,

    /// <summary>A number (an amount, a price, a quantity).</summary>
    Number = 1,

    /// <summary>Text (an item name, a catalogue number, a target value).</summary>
    Text = 2,
}
