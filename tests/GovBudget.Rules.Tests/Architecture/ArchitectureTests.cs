using System.Reflection;
using System.Runtime.CompilerServices;

namespace GovBudget.Rules.Tests.Architecture;

/// <summary>
/// The parts of GovBudget and GovBudget.Rules keep to docs/architecture.md: read from the compiled assemblies'
/// metadata (signatures and method bodies), so a use inside a method counts as much as one in a signature.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Product = ["GovBudget", "GovBudget.Rules"];

    // Libraries that open their internals to another library or the CLI, each with what removes it.
    private static readonly Dictionary<(string Assembly, string To), string> KnownInternalsVisibleTo = new()
    {
        [("GovBudget", "GovBudget.Rules")] = "dense storage and other internals the compiler reads: they cross as public read-only API or move to GovBudget.Rules (issue 13)",
    };

    [Fact]
    public void Each_part_uses_only_the_parts_it_may()
    {
        var uses = Product.SelectMany(name => AssemblyDependencies.Read(Assembly.Load(name).Location)).ToList();

        Parts.Rules.Problems(uses).Should().BeEmpty("docs/architecture.md says which part may use which");
    }

    [Fact]
    public void No_library_opens_its_internals_to_an_assembly_other_than_its_tests()
    {
        var opened = new[] { "GovBudget", "GovBudget.Rules", "GovBudget.Testing", "GovBudget.Cli" }
            .SelectMany(name => Assembly.Load(name).GetCustomAttributes<InternalsVisibleToAttribute>()
                .Select(a => (Assembly: name, To: a.AssemblyName.Split(',')[0].Trim())))
            .Where(v => !v.To.EndsWith(".Tests", StringComparison.Ordinal))
            .ToList();

        opened.Except(KnownInternalsVisibleTo.Keys).Should().BeEmpty("only test assemblies may see a library's internals");
        KnownInternalsVisibleTo.Keys.Except(opened).Should().BeEmpty("a known InternalsVisibleTo that is gone is taken off the list");
    }

    [Fact]
    public void A_use_inside_a_method_body_is_a_dependency()
    {
        var uses = AssemblyDependencies.Read(typeof(ArchitectureTests).Assembly.Location)
            .Where(u => u.FromNamespace == Fixture.Inner.Caller.Namespace)
            .ToList();

        uses.Should().Contain(u => u.To == typeof(Fixture.Outer.Constructed).FullName && u.Where == "body of Build", "newobj names the constructor");
        uses.Should().Contain(u => u.To == typeof(Fixture.Outer.Called).FullName && u.Where == "body of Build", "call names the static method");
        uses.Should().Contain(u => u.To == typeof(Fixture.Outer.Caught).FullName && u.Where == "body of Build", "a catch clause names its type");
        uses.Should().Contain(u => u.To == typeof(Fixture.Outer.Local).FullName && u.Where == "body of Build", "a local variable's type is in the body's signature");
        uses.Should().Contain(u => u.To == typeof(Fixture.Outer.Argument).FullName && u.Where == "body of Build", "typeof is an ldtoken");
        uses.Should().Contain(u => u.To == typeof(Fixture.Outer.InLambda).FullName, "a lambda's body belongs to the type that wrote it");
        uses.Should().NotContain(u => u.Where.StartsWith("signature", StringComparison.Ordinal) && u.ToNamespace == "GovBudget.Rules.Tests.Architecture.Fixture.Outer",
            "Build's signature names no type of the outer namespace: only its body does");
    }

    [Fact]
    public void A_forbidden_edge_fails_and_names_its_evidence()
    {
        var rules = new PartRules(
            new Dictionary<string, string[]> { ["GovBudget.A"] = ["GovBudget.B"], ["GovBudget.B"] = [], ["GovBudget.C"] = [] },
            new Dictionary<(string From, string To), string>());
        TypeUse[] uses =
        [
            new("GovBudget.A.X", "GovBudget.B.Y", "field y"),
            new("GovBudget.B.Y", "GovBudget.C.Z", "body of Run"),
            new("GovBudget.C.Z", "System.String", "field s"),
        ];

        rules.Problems(uses).Should().Equal("GovBudget.B uses GovBudget.C, which it may not: GovBudget.B.Y → GovBudget.C.Z (body of Run)");
    }

    [Fact]
    public void A_known_violation_passes_while_it_occurs_and_fails_once_it_is_gone()
    {
        var rules = new PartRules(
            new Dictionary<string, string[]> { ["GovBudget.A"] = [], ["GovBudget.B"] = [] },
            new Dictionary<(string From, string To), string> { [("GovBudget.A", "GovBudget.B")] = "to be removed" });

        rules.Problems([new TypeUse("GovBudget.A.X", "GovBudget.B.Y", "field y")]).Should().BeEmpty();
        rules.Problems([new TypeUse("GovBudget.A.X", "GovBudget.A.W", "field w")]).Should().Equal(
            "the known violation GovBudget.A → GovBudget.B no longer occurs: remove it from the list (to be removed)");
    }

    [Fact]
    public void A_namespace_that_is_not_a_declared_part_fails()
    {
        var rules = new PartRules(new Dictionary<string, string[]> { ["GovBudget.A"] = [] }, new Dictionary<(string From, string To), string>());

        rules.Problems([new TypeUse("GovBudget.A.X", "GovBudget.New.Y", "field y")]).Should().Contain(
            "GovBudget.New is not a declared part: add it to the parts with what it may use (and to docs/architecture.md)");
    }

    [Fact]
    public void The_declared_parts_are_the_namespaces_of_the_product()
    {
        var namespaces = Product.SelectMany(name => Assembly.Load(name).GetTypes())
            .Where(t => t.Namespace?.StartsWith("GovBudget", StringComparison.Ordinal) == true)
            .Select(t => t.Namespace!)
            .ToHashSet();

        Parts.Rules.Allowed.Keys.Should().BeEquivalentTo(namespaces, "every part is declared, and no declared part is gone");
    }
}
