using GovBudget.Cli.Commands;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Cli;

/// <summary>A run loads each kind's pack once and checks every file with one compiled pack, with the findings a
/// pack compiled for that file alone gives.</summary>
public sealed class PackChoiceTests
{
    [Fact]
    public void A_kinds_pack_is_loaded_once_per_run_and_gives_the_findings_of_a_fresh_one()
    {
        var packs = PackChoice.Load(["standard"]);
        var document = Sample.Import.Document;

        packs.For(DisclosureKind.Budget).Should().BeSameAs(packs.For(DisclosureKind.Budget));
        packs.For(DisclosureKind.FinalAccount).Should().NotBeSameAs(packs.For(DisclosureKind.Budget));

        var fresh = new CompiledPack(GovBudget.Rules.Checking.RulePack.Standard(DisclosureKind.Budget)).Check(document);
        static List<string> Ids(GovBudget.Rules.Findings.DocumentFindings f) => [.. f.Findings.Select(x => x.RuleId + " " + x.Message)];
        var first = packs.Check(document, profile: null, compile: true);
        var again = packs.Check(document, profile: null, compile: true);
        Ids(first).Should().Equal(Ids(fresh)).And.NotBeEmpty();
        Ids(again).Should().Equal(Ids(fresh));
        Ids(packs.Check(document, profile: null, compile: false)).Should().Equal(Ids(fresh));
    }
}
