using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Findings;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>
/// A procurement table printed as an outline, as Jiangsu prints it: 合计, then 一、货物 over the projects it buys for,
/// each over its items. subtotals are the first level, headings every row with rows under it, and members(s) the rows
/// one level under s.
/// </summary>
public sealed class OutlineTests
{
    private static readonly RulePack Pack = RulePack.Standard(DisclosureKind.Budget).Subset("PR-TOTAL", "PR-SUBTOTAL");

    private static Disclosure Document(string projectA = "60.00")
    {
        var columns = new[] { new TableColumn("合计", "总计", null, null, TableSide.None, ColumnType.Amount) };
        TableRow Row(string label, string amount, int depth) =>
            new(null, null, label, TableSide.None, [Cell.FromNumber(Amount.Parse(amount))], 16) { Depth = depth };
        var rows = new[]
        {
            Row("合计", "100.00", 0),
            Row("一、货物A", "60.00", 1),
            Row("信息网络建设费", projectA, 2),
            Row("PC服务器", "40.00", 3),
            Row("计算机软件", "20.00", 3),
            Row("二、服务C", "40.00", 1),
            Row("案件审判经费", "40.00", 2),
            Row("会议服务", "40.00", 3),
        };
        var table = new BudgetTable(TableKind.GovernmentProcurement, "政府采购支出预算表", MoneyUnit.TenThousandYuan, columns, rows);
        return new Disclosure(new Department(null, "江苏省高级人民法院"), new FiscalYear(2019), DisclosureKind.Budget, [table], []);
    }

    private static string Eval(Disclosure d, string expression) =>
        Evaluator.Evaluate(d, expression, d.Table(TableKind.GovernmentProcurement), "合计");

    [Fact]
    public void Subtotals_are_the_first_level_and_members_the_rows_one_level_under()
    {
        var d = Document();

        Eval(d, "sum(subtotals)").Should().Be("100.00");
        Eval(d, "count(subtotals)").Should().Be("2");
        Eval(d, "sum(members(\"一、货物A\"))").Should().Be("60.00", "the project, not the project and its items");
        Eval(d, "sum(members(\"信息网络建设费\"))").Should().Be("60.00");
        Eval(d, "count(members(\"合计\"))").Should().Be("2");
        Eval(d, "count(headings)").Should().Be("4", "both headings and both projects, which list items");
    }

    [Fact]
    public void The_procurement_rules_pass_an_outline_that_adds_up()
    {
        var result = Pack.Check(Document());

        result.Findings.Should().BeEmpty();
        result.Passed.Should().Equal("PR-SUBTOTAL", "PR-TOTAL", "NM-CODE-MISPRINT");
        new CompiledPack(Pack).Check(Document()).Passed.Should().Equal("PR-SUBTOTAL", "PR-TOTAL", "NM-CODE-MISPRINT");
        result.NotApplicableReasons.Should().ContainSingle(r => r.Rule == "ROW-REPEAT", "a procurement table lists projects, whose names may repeat: no table of rows by code to look at")
            .Which.Reason.Should().Be(NotApplicableReason.TableAbsent);
    }

    [Fact]
    public void A_project_that_does_not_add_up_to_its_heading_is_an_error()
    {
        var findings = Pack.Check(Document(projectA: "61.00")).Findings;

        // One changed project breaks two equalities: its heading's (60 ≠ 61) and its own (61 ≠ its items' 60).
        findings.Should().HaveCount(2).And.OnlyContain(f => f.RuleId == "PR-SUBTOTAL" && f.Severity == Severity.Error);
        findings[0].Cells.Should().Contain(c => c.Label == "一、货物A" && c.Value == 60.00m)
            .And.Contain(c => c.Label == "信息网络建设费" && c.Value == 61.00m)
            .And.NotContain(c => c.Label == "PC服务器", "items are members of their project, not of the heading");
        findings[1].Cells.Select(c => (c.Label, c.Value)).Should().Equal(("信息网络建设费", 61.00m), ("PC服务器", 40.00m), ("计算机软件", 20.00m));
        new CompiledPack(Pack).Check(Document(projectA: "61.00")).Findings.Should().BeEquivalentTo(findings);
    }
}
