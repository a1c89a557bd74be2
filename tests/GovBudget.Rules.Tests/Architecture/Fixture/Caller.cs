using GovBudget.Rules.Tests.Architecture.Fixture.Outer;

namespace GovBudget.Rules.Tests.Architecture.Fixture.Inner;

/// <summary>Uses the outer namespace in its body only: a signature-only reading would find no dependency.</summary>
internal static class Caller
{
    public const string Namespace = "GovBudget.Rules.Tests.Architecture.Fixture.Inner";

    public static object Build(int seed)
    {
        try
        {
            var local = new Local { Value = Called.Twice(seed) };
            Func<int> later = () => InLambda.One();
            return (new Constructed(), typeof(Argument), local.Value + later());
        }
        catch (Caught)
        {
            return seed;
        }
    }
}
