namespace GovBudget.Testing;

/// <summary>Text that FluentAssertions prints as it is, without quotes or escaping.</summary>
internal sealed class Verbatim(string text)
{
    public override string ToString() => text;
}
