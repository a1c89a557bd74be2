using GovBudget.Amounts;
using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Compilation;

public sealed class CompiledPackTests
{
    private static readonly RulePack Pack = RulePack.Standard(DisclosureKind.Budget);
    private static readonly CompiledPack Compiled = new(Pack);

    private static Disclosure Doc => Sample.Import.Document;

    internal static void SameFindings(DocumentFindings compiled, DocumentFindings interpreted)
    {
        compiled.Findings.Should().BeEquivalentTo(interpreted.Findings, o => o.WithStrictOrdering());
        compiled.NotApplicable.Should().Equal(interpreted.NotApplicable);
        compiled.NotApplicableReasons.Should().Equal(interpreted.NotApplicableReasons);
        compiled.Passed.Should().Equal(interpreted.Passed);
    }

    [Fact]
    public void Most_of_the_standard_pack_compiles()
    {
        Compiled.CompiledCount.Should().BeGreaterThan(50);
        Pack.Rules.Where(r => r.Id.StartsWith("NR-", StringComparison.Ordinal) || r.Id.StartsWith("NM-", StringComparison.Ordinal) || r.Id == "PR-AMOUNT")
            .Should().NotBeEmpty();
    }

    [Fact]
    public void The_sample_gives_the_same_findings_compiled_and_interpreted() =>
        SameFindings(Compiled.Check(Doc), Pack.Check(Doc));

    [Fact]
    public void Every_single_cell_change_gives_the_same_findings_compiled_and_interpreted()
    {
        var changes = 0;
        foreach (var table in Doc.Tables)
        {
            foreach (var row in table.Rows)
            {
                for (var c = 0; c < table.Columns.Length; c++)
                {
                    if (row.Cells[c].Number is not { } value)
                    {
                        continue;
                    }

                    foreach (var delta in new[] { "0.01", "-1", "100" })
                    {
                        var changed = DocumentEditor.WithCell(Doc, table, row, c, Cell.FromNumber(value + Amount.Parse(delta)));
                        SameFindings(Compiled.Check(changed), Pack.Check(changed));
                        changes++;
                    }
                }
            }
        }

        changes.Should().BeGreaterThan(900);
    }

    [Fact]
    public void A_dense_document_has_no_narrative_so_narrative_rules_do_not_apply()
    {
        var dense = DenseDocument.FromDisclosure(Doc);
        var result = Compiled.Check(dense);
        result.NotApplicable.Should().Contain(r => r.StartsWith("NR-", StringComparison.Ordinal));
        result.Findings.Should().ContainSingle().Which.RuleId.Should().Be("NM-GB");
        var interpreted = Pack.Check(dense.ToDisclosure()); // the dense document's own object model: no narrative, no notes

        // A department of a dataset has no contents list or printed tables of its own: PUB-TABLES does not apply to it,
        // while the same tables checked as a document are checked against its profile.
        result.NotApplicable.Should().Contain("PUB-TABLES");
        result.NotApplicableReasons.Single(r => r.Rule == "PUB-TABLES").Reason.Should().Be(Findings.NotApplicableReason.OtherKind);
        result.Findings.Should().BeEquivalentTo(interpreted.Findings.Where(f => f.RuleId != "PUB-TABLES"));
        // Nor do the checks of what a table prints (ROW-REPEAT, NM-CODE-MISPRINT): the department prints nothing.
        string[] notPrinted = ["PUB-TABLES", "ROW-REPEAT", "NM-CODE-MISPRINT"];
        result.NotApplicable.Should().BeEquivalentTo(interpreted.NotApplicable.Concat(notPrinted));
        result.NotApplicableReasons.Where(r => notPrinted.Skip(1).Contains(r.Rule)).Should().HaveCount(2).And.OnlyContain(r => r.Reason == Findings.NotApplicableReason.OtherKind);
        result.NotApplicableReasons.Where(r => !notPrinted.Contains(r.Rule)).Should().BeEquivalentTo(interpreted.NotApplicableReasons);
        (result.Passed.Count + result.NotApplicable.Count + 1).Should().Be(Pack.Checks.Count, "NM-GB found something; every other check passed or did not apply");
        result.NotApplicableReasons.Where(r => r.Rule.StartsWith("NR-", StringComparison.Ordinal))
            .Should().OnlyContain(r => r.Reason == Findings.NotApplicableReason.NarrativeAbsent
                || (r.Rule == "NR-OPERATING-TABLE" && r.Reason == Findings.NotApplicableReason.TableAbsent), "the sample prints no 机关运行经费 table of its own");
        Compiled.NotApplicableReasons(dense.Shape, dense.Year).Should().BeEquivalentTo(result.NotApplicableReasons,
            "a dataset's department gets the same reasons without being interpreted");
        Compiled.CheckFast(dense).Should().NotBeNull("the name rule needs the interpreter's findings");
    }

    [Fact]
    public void Shapes_are_planned_once()
    {
        var pack = new CompiledPack(Pack);
        var dense = DenseDocument.FromDisclosure(Doc);
        pack.Check(dense);
        pack.Check(DenseDocument.FromDisclosure(Doc));
        pack.PlannedShapes.Should().Be(1);
    }
}
