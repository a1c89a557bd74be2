namespace GovBudget.Rules.Tests.Architecture.Fixture.Outer;

// Types the fixture's caller uses only inside a method body (ArchitectureTests.A_use_inside_a_method_body_is_a_dependency).
internal sealed class Constructed;

internal static class Called
{
    public static int Twice(int x) => 2 * x;
}

internal sealed class Caught : Exception;

internal struct Local
{
    public int Value;
}

internal sealed class Argument;

internal static class InLambda
{
    public static int One() => 1;
}
