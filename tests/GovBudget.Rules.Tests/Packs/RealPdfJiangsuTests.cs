using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Packs;

/// <summary>
/// The standard pack on the real Jiangsu 2019 budget PDF, in which no defect was found by hand: no error, and the
/// procurement and 三公 rules really run on its outline and its 三公 table laid out by item.
/// </summary>
public sealed class RealPdfJiangsuTests
{
    private static Disclosure Jiangsu2019 => RealPdf.Import(RealPdf.Jiangsu2019).Document;

    private static readonly RulePack Pack = RulePack.Standard(DisclosureKind.Budget);

    [Fact]
    public void The_standard_pack_reports_no_error_on_the_Jiangsu_budget()
    {
        var interpreted = Pack.Check(Jiangsu2019);
        var compiled = new CompiledPack(Pack).Check(Jiangsu2019);

        interpreted.Findings.Should().NotContain(f => f.Severity == Severity.Error);
        compiled.Findings.Should().BeEquivalentTo(interpreted.Findings);
        interpreted.Passed.Should().Contain(["PR-TOTAL", "PR-SUBTOTAL", "SG-TOTAL", "SG-CAR"]);
        compiled.Passed.Should().Contain(["PR-TOTAL", "PR-SUBTOTAL", "SG-TOTAL", "SG-CAR"]);
    }

    [Fact]
    public void The_summary_rules_run_and_pass_where_the_summary_tables_print_what_they_read()
    {
        var interpreted = Pack.Check(Jiangsu2019);
        var compiled = new CompiledPack(Pack).Check(Jiangsu2019);

        // 收支预算总表: 当年收入小计 / 收入合计 and 当年支出小计 / 支出合计 are its totals, 上年结转资金 / 结转下年资金 its
        // carry-overs; 财政拨款收支预算总表 prints one total a side and no carry-over.
        string[] running = ["SS-INCOME", "SS-EXPENDITURE", "SS-INCOME-TOTAL", "SS-EXPENDITURE-TOTAL", "SS-BALANCE", "FS-INCOME", "FS-EXPENDITURE"];
        interpreted.Passed.Should().Contain(running);
        compiled.Passed.Should().Contain(running);

        // 财政拨款收支预算总表 prints no column by fund (合计, 一般公共预算财政拨款 …) and no carry-over row; 收入预算总表
        // lists its sources as rows under one 金额 column, with no 小计 column, no 合计 row and no classes.
        string[] notApplicable = ["FS-ROW", "FS-BALANCE", "FS-INCOME-TOTAL", "FS-EXPENDITURE-TOTAL", "IS-SUBTOTAL", "IS-ROW", "IS-TOTAL"];
        interpreted.NotApplicable.Should().Contain(notApplicable);
        compiled.NotApplicable.Should().Contain(notApplicable);
    }

    [Fact]
    public void The_summary_rules_check_the_function_list_and_the_fiscal_summary_its_purposes()
    {
        var d = Jiangsu2019;
        string Eval(string expression, TableKind kind) => Evaluator.Evaluate(d, expression, d.Table(kind));

        // The 支出 side lists its classes by function, and beside them by purpose: items(支出) are the classes.
        Eval("sum(items(支出))", TableKind.IncomeExpenditureSummary).Should().Be("37188.34"); // 27488.23 + 2355.65 + 7344.46
        Eval("支出:\"本年支出合计\"", TableKind.IncomeExpenditureSummary).Should().Be("37188.34", "printed 当年支出小计");
        Eval("收入:\"收入总计\"", TableKind.IncomeExpenditureSummary).Should().Be("37188.34", "printed 收入合计");
        Eval("sum(items(支出))", TableKind.FiscalAppropriationSummary).Should().Be("37188.34"); // 21968.00 + 10208.94 + 5011.40

        var housing = WithCell(d, TableKind.IncomeExpenditureSummary, r => r.Label == "十八、住房保障支出", "预算数", "7345.46");
        Pack.Subset("SS-EXPENDITURE").Check(housing).Findings.Should().ContainSingle()
            .Which.Should().Match<Findings.Finding>(f => f.Severity == Severity.Error && f.Actual == 37188.34m && f.Expected == 37189.34m);
        var project = WithCell(d, TableKind.FiscalAppropriationSummary, r => r.Label == "二、项目支出", "预算数", "10209.94");
        Pack.Subset("FS-EXPENDITURE").Check(project).Findings.Should().ContainSingle()
            .Which.Should().Match<Findings.Finding>(f => f.Severity == Severity.Error && f.Actual == 37188.34m && f.Expected == 37189.34m);
    }

    [Fact]
    public void The_procurement_total_is_the_sum_of_its_three_headings_and_each_heading_of_its_projects()
    {
        var d = Jiangsu2019;
        string Eval(string expression) => Evaluator.Evaluate(d, expression, d.Table(TableKind.GovernmentProcurement), "合计");

        Eval("\"合计\"").Should().Be("5227.59");
        Eval("sum(subtotals)").Should().Be("5227.59"); // 1637.72 + 530.00 + 3059.87
        Eval("sum(members(\"一、货物A\"))").Should().Be("1637.72"); // 966.50 + 653.22 + 9.00 + 9.00
        Eval("sum(members(\"三、服务C\"))").Should().Be("3059.87");
    }

    [Fact]
    public void A_procurement_heading_that_does_not_add_up_is_an_error()
    {
        var broken = WithCell(Jiangsu2019, TableKind.GovernmentProcurement, r => r.Label == "一、货物A", "合计", "1638.72");

        var findings = Pack.Subset("PR-TOTAL", "PR-SUBTOTAL").Check(broken).Findings;

        findings.Should().Contain(f => f.RuleId == "PR-SUBTOTAL" && f.Severity == Severity.Error && f.Actual == 1638.72m && f.Expected == 1637.72m);
        findings.Should().Contain(f => f.RuleId == "PR-TOTAL" && f.Severity == Severity.Error && f.Actual == 5227.59m && f.Expected == 5228.59m);
    }

    [Fact]
    public void The_income_table_is_an_outline_of_its_fund_groups()
    {
        var d = Jiangsu2019;
        string Eval(string expression) => Evaluator.Evaluate(d, expression, d.Table(TableKind.IncomeSummary));

        Eval("\"收入总计\"").Should().Be("37188.34");
        Eval("sum(subtotals)").Should().Be("37188.34"); // the five groups' 小计: 37188.34 + four blanks
        Eval("sum(members(\"一般公共预算资金小计\"))").Should().Be("37188.34"); // 公共财政拨款（补助）资金 + 专项收入
        Eval("count(members(\"其他资金小计\"))").Should().Be("4");
    }

    [Fact]
    public void The_three_public_rules_read_the_table_laid_out_by_item()
    {
        var d = Jiangsu2019;
        string Eval(string expression) => Evaluator.Evaluate(d, expression, d.Table(TableKind.ThreePublicExpenses));

        Eval("\"三公经费小计\"").Should().Be("513.75");
        Eval("\"因公出国（境）费\"").Should().Be("160.00");
        Eval("\"公务用车购置及运维费\"").Should().Be("266.80", "printed 公务用车购置及运行维护费 / 小计");
        Eval("\"公务接待费\"").Should().Be("86.95");
        Eval("\"三公经费小计\" == \"因公出国（境）费\" + \"公务用车购置及运维费\" + \"公务接待费\"").Should().Be("true");
    }

    [Fact]
    public void A_three_public_item_that_does_not_add_up_is_an_error()
    {
        var table = Jiangsu2019.Table(TableKind.ThreePublicExpenses)!;
        var broken = WithCell(Jiangsu2019, TableKind.ThreePublicExpenses, _ => true, "因公出国（境）费", "161.00");

        var finding = Pack.Subset("SG-TOTAL").Check(broken).Findings.Should().ContainSingle().Which;

        finding.Severity.Should().Be(Severity.Error);
        (finding.Actual, finding.Expected).Should().Be((513.75m, 514.75m));
        finding.Cells.Should().Contain(c => c.Label == "因公出国（境）费" && c.Value == 161.00m && c.Unit == "万元");
        finding.Page.Should().Be(14, "the transposed table keeps the page its line is printed on");
        table.Rows.Should().ContainSingle("the document as read keeps the printed layout: one line under the item headers");
    }

    private static Disclosure WithCell(Disclosure d, TableKind kind, Func<TableRow, bool> row, string column, string value)
    {
        var tables = d.Tables.Select(t => t.Kind != kind ? t : new BudgetTable(t.Kind, t.Title, t.Unit, t.Columns,
            t.Rows.Select(r => row(r) ? r with { Cells = r.Cells.SetItem(t.ColumnIndex(column, r.Side), Cell.FromNumber(Amount.Parse(value))) } : r),
            t.Notes, t.AsOf, t.Line));
        return new Disclosure(d.Department, d.Year, d.Kind, tables, d.Narrative, d.Source);
    }

    [Fact]
    public void The_narrative_figures_worded_with_支出_预算数为_总金额为_are_checked_against_the_tables()
    {
        // “因公出国（境）费支出160万元”, “政府采购预算总金额为5227.59万元”, 基本支出 21968 = 人员经费 18387.95 + 公用经费 3580.05.
        Pack.Check(Jiangsu2019).Passed.Should().Contain(["NR-SANGONG-ABROAD", "NR-PROCUREMENT", "NR-BASIC-PARTS", "NR-SANGONG-RECEPTION"]);

        var changed = TestSupport.DocumentEditor.WithNarrative(Jiangsu2019, "因公出国（境）费支出160万元", "因公出国（境）费支出170万元");
        var finding = Pack.Check(changed).Findings.Should().ContainSingle(f => f.RuleId == "NR-SANGONG-ABROAD").Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Actual.Should().Be(170m);
        finding.Expected.Should().Be(160m);
        finding.Page.Should().BeGreaterThan(14, "the narrative is printed after the tables");
    }

    [Fact]
    public void The_general_budget_income_is_found_under_its_jiangsu_name_in_both_summaries_and_the_narrative()
    {
        // 收支预算总表 prints 1.一般公共预算 and 财政拨款收支预算总表 一、一般公共预算 (37,188.34 each), the rules ask for
        // 一般公共预算拨款收入 / 一般公共预算拨款; the narrative says 一般公共预算收入预算37188.34万元.
        Pack.Check(Jiangsu2019).Passed.Should().Contain(["X-SS-FS", "NR-GENERAL-INCOME"]);

        var broken = WithCell(Jiangsu2019, TableKind.FiscalAppropriationSummary,
            r => r.Side == TableSide.Income && r.Label == "一、一般公共预算", "预算数", "37288.34");
        var finding = Pack.Check(broken).Findings.Should().ContainSingle(f => f.RuleId == "X-SS-FS").Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Cells.Select(c => c.Value).Should().Equal(37188.34m, 37288.34m);
    }

    [Fact]
    public void The_expenditure_summary_printing_only_its_unlabelled_total_line_is_checked_as_that_total()
    {
        // 公开03表 prints one line of figures under its header and no name: 37,188.34 = 21,968.00 + 10,208.94 + 5,011.40.
        var table = Jiangsu2019.Table(TableKind.ExpenditureSummary)!;
        table.Rows.Should().ContainSingle().Which.Label.Should().Be("合计");
        Pack.Check(Jiangsu2019).Passed.Should().Contain(["X-SS-SE", "SE-ROW", "NR-BASIC", "NR-PROJECT"]);

        var broken = WithCell(Jiangsu2019, TableKind.ExpenditureSummary, _ => true, "基本支出", "21978.00");
        var findings = Pack.Check(broken).Findings;
        findings.Should().Contain(f => f.RuleId == "SE-ROW" && f.Severity == Severity.Error);
        findings.Should().Contain(f => f.RuleId == "NR-BASIC" && f.Severity == Severity.Error && f.Actual == 21968m && f.Expected == 21978m);
    }

    [Fact]
    public void Each_project_of_the_procurement_outline_is_the_sum_of_its_items()
    {
        // 信息网络建设费 966.50 = PC服务器 68.00 + 台式计算机 99.00 + 便携式计算机 112.50 + 计算机软件 177.00 + 其他 510.00.
        var d = Jiangsu2019;
        string Eval(string expression) => Evaluator.Evaluate(d, expression, d.Table(TableKind.GovernmentProcurement), "合计");
        Eval("count(headings)").Should().Be("28", "3 headings of the first level and 25 projects that list items");
        Eval("count(subtotals)").Should().Be("3");

        var broken = WithCell(d, TableKind.GovernmentProcurement, r => r.Label == "PC服务器", "合计", "69.00");
        var finding = Pack.Check(broken).Findings.Should().ContainSingle(f => f.RuleId == "PR-SUBTOTAL").Which;
        finding.Severity.Should().Be(Severity.Error);
        (finding.Actual, finding.Expected).Should().Be((966.50m, 967.50m));
        finding.Cells[0].Label.Should().Be("信息网络建设费");
    }
}
