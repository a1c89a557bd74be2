using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Packs;

/// <summary>
/// Half-width and full-width brackets in a name (维修(护)费 / 维修（护）费, 政府办公厅(室) / 政府办公厅（室）) are one name:
/// a table that prints a class's name with the other brackets does not disagree with the document's other tables, and
/// a name that really differs is still reported, plainly.
/// </summary>
public sealed class BracketNamesTests
{
    private static readonly RulePack Pack = RulePack.Standard(DisclosureKind.Budget);

    [Theory]
    [InlineData("维修(护)费", "维修（护）费")]
    [InlineData("因公出国(境)费", "因公出国（境）费")]
    public void Both_brackets_normalise_to_one_name(string half, string full)
    {
        NameNormalizer.Basic(half).Should().Be(NameNormalizer.Basic(full));
        NameNormalizer.Label(half).Should().Be(NameNormalizer.Label(full));
    }

    [Fact]
    public void A_class_printed_with_half_width_brackets_agrees_with_the_other_tables()
    {
        var findings = Pack.Check(With("政府办公厅(室)及相关机构事务")).Findings;

        findings.Where(f => f.RuleId.StartsWith("NM-", StringComparison.Ordinal)).Select(f => (f.RuleId, f.ActualText))
            .Should().Equal(("NM-GB", "一般公共预算支出")); // the sample's own defect, and only it
    }

    [Fact]
    public void A_name_that_differs_is_still_a_plain_warning()
    {
        var finding = Pack.Check(With("政府办公厅及相关机构事务")).Findings.Should().ContainSingle(f => f.RuleId == "NM-SE").Subject;

        finding.Severity.Should().Be(Severity.Warning);
        finding.Uncertain.Should().BeFalse();
        finding.ExpectedText.Should().Be("政府办公厅（室）及相关机构事务");
    }

    // The sample with the 支出总表's 20103 (政府办公厅（室）及相关机构事务, printed so by every table) renamed.
    private static Disclosure With(string name)
    {
        var document = Sample.Import.Document;
        var table = document.Table(TableKind.ExpenditureSummary)!;
        return DocumentEditor.WithLabel(document, table, table.Rows.Single(r => r.Code?.ToString() == "20103"), name);
    }
}
