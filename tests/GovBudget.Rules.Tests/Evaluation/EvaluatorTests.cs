using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private static Disclosure Doc => Sample.Import.Document;

    private static string Eval(string expression, string? table = "基本支出表", string? column = "合计") =>
        Evaluator.Evaluate(Doc, expression, table is null ? null : Doc.FindTable(table), column);

    [Theory]
    [InlineData("sum(3011x..30113) + 30199", "214.88")] // the brief's example: 30110..30113 + 30199
    [InlineData("sum(children(301))", "1112.32")]
    [InlineData("sum(301xx)", "1112.32")]
    [InlineData("sum(301..303)", "1259.54")]
    [InlineData("sum(30101..30113)", "1077.32")]
    [InlineData("sum(类)", "1259.54")]
    [InlineData("count(款)", "23")]
    [InlineData("count(3010x)", "5")]
    [InlineData("parent(30217)", "128.73")]
    [InlineData("\"合计\"", "1259.54")]
    [InlineData("\"合计\"[人员经费] + \"合计\"[公用经费]", "1259.54")]
    [InlineData("301[人员经费]", "1112.32")]
    [InlineData("30217[人员经费]", "0")] // a blank cell is zero in arithmetic
    [InlineData("30106", "0")] // an absent row is zero
    [InlineData("sum(30106..30106)", "0")] // a range with no row present sums to 0
    [InlineData("max(301, 302, 303)", "1112.32")]
    [InlineData("min(children(303))", "1.79")]
    [InlineData("abs(302 - 301)", "983.59")]
    [InlineData("round(301 / 3.0, 1)", "370.8")]
    [InlineData("if exists(30106) then 301 else 302", "128.73")]
    [InlineData("301 == sum(children(301))", "true")]
    [InlineData("sum(3011x..30113) + 30199 == 301", "false")]
    [InlineData("not exists(30106) and exists(30113)", "true")]
    [InlineData("name(30217)", "公务接待费")]
    public void Expressions_on_the_basic_expenditure_table(string expression, string value) =>
        Eval(expression).Should().Be(value);

    [Fact]
    public void Both_sides_of_two_sided_tables_and_other_tables_are_addressable()
    {
        Eval("收入:\"本年收入合计\"", "收支总表", null).Should().Be("65559.38");
        Eval("支出:\"住房保障支出\"", "收支总表", null).Should().Be("102.00");
        Eval("sum(items(支出))", "收支总表", null).Should().Be("65559.38");
        Eval("count(items(收入))", "收支总表", null).Should().Be("9");
        Eval("支出:\"本年支出合计\"[一般公共预算财政拨款]", "财政拨款收支总表", null).Should().Be("65559.38");
        Eval("三公经费表::\"公务接待费\"[合计] == 基本支出表::30217[合计]", null, null).Should().Be("true");
        Eval("支出总表::\"合计\"[基本支出]", null, null).Should().Be("1259.54");
        Eval("2150516", "部门预算支出总表", "项目支出").Should().Be("63994.00");
        Eval("sum(members(\"石家庄市电子政务中心小计\"))", "政府采购表", "合计").Should().Be("64054.50");
        Eval("sum(subtotals)", "政府采购表", "合计").Should().Be("64197.00");
        Eval("sum(headings)", "政府采购表", "合计").Should().Be("64197.00", "a table that is not an outline: its 小计 rows");
        Eval("sum(items())", "资产表", "价值").Should().Be("16079.66");
    }

    [Fact]
    public void Narrative_figures_are_converted_to_the_table_unit()
    {
        Eval("text(\"基本支出\")").Should().Be("1259.54");
        Eval("text(\"基本支出\") == \"合计\"").Should().Be("true");
        Eval("text(\"人员经费\") + text(\"公用经费\")").Should().Be("1259.54");
        Eval("text(\"三公经费预算安排\")", "三公经费表").Should().Be("6.53", "quotes are normalised: “三公” and 三公 match");
    }

    [Fact]
    public void Text_tries_each_wording_in_turn_and_takes_the_first_the_narrative_states()
    {
        // The sample says 支出预算为65559.38万元; a template that says 支出预算3,121.42万元 (Shanghai) is read by the second.
        Eval("text(\"支出预算为\", \"支出预算\")").Should().Be("65559.38");
        Eval("text(\"不在文中的说法\", \"人员经费\")").Should().Be("1130.81");
        var act = () => Eval("text(\"不在文中的说法\", \"也不在文中\")");
        act.Should().Throw<Exception>().WithMessage("*情况说明没有在“不在文中的说法”或“也不在文中”之后写出金额*");
    }

    [Fact]
    public void Labels_match_after_stripping_ordinals_markers_and_quotes()
    {
        Eval("\"教学科研人员因公出国（境）费\"", "三公经费表").Should().Be("0");
        Eval("\"公务用车购置及运维费\"", "三公经费表").Should().Be("5.80");
        Eval("\"三公经费小计\"", "三公经费表").Should().Be("6.53");
        Eval("\"单价在20万元以上设备\"", "资产表", "价值").Should().Be("13893.2");
    }

    [Fact]
    public void A_row_printed_under_a_regional_variant_of_its_name_is_found_by_the_name()
    {
        var columns = new[] { new TableColumn("合计", "合计", null, null, TableSide.None, ColumnType.Amount) };
        TableRow Row(string label, string amount) =>
            new(null, null, label, TableSide.None, [Cell.FromNumber(GovBudget.Amounts.Amount.Parse(amount))], 0);
        var table = new BudgetTable(TableKind.ThreePublicExpenses, "“三公”经费支出预算表", GovBudget.Amounts.MoneyUnit.TenThousandYuan, columns,
            [Row("“三公”经费小计", "9.00"), Row("二、公务用车购置及运行维护费", "5.00"), Row("公务用车购置及运行费小计", "4.00")]);
        var d = new Disclosure(new Department(null, "某部门"), new FiscalYear(2019), DisclosureKind.Budget, [table], []);

        Evaluator.Evaluate(d, "\"公务用车购置及运维费\"", table).Should().Be("5.00", "the first row of that name, as printed in Jiangsu");
        Evaluator.Evaluate(d, "\"公务用车购置及运行维护费\"", table).Should().Be("5.00", "its own name first");
        Evaluator.Evaluate(d, "exists(\"公务接待费\")", table).Should().Be("false", "an unknown name has no variants");
    }

    [Theory]
    // Jiangsu 收支预算总表: 当年收入小计 before the carry-over, 收入合计 after it.
    [InlineData(new[] { "一、财政拨款", "当年收入小计", "上年结转资金", "收入合计" }, "30.00", "30.00")]
    // Jiangsu 财政拨款收支预算总表 and Shanghai 2025: one total and no carry-over, so the year's total is the grand total.
    [InlineData(new[] { "一、一般公共预算", "收入合计" }, "30.00", "30.00")]
    [InlineData(new[] { "一、一般公共预算资金", "收入总计" }, "30.00", "30.00")]
    // A carry-over after the only total: that total is the year's, and the side prints no grand total.
    [InlineData(new[] { "一、财政拨款", "收入合计", "上年结转" }, "30.00", null)]
    // A carry-over before the only total: that total is the grand total, and the side prints no year's total.
    [InlineData(new[] { "一、财政拨款", "上年结转", "收入合计" }, null, "30.00")]
    public void A_sides_totals_named_otherwise_are_found_by_their_place(string[] labels, string? year, string? grand)
    {
        var columns = new[] { new TableColumn("预算数", "预算数", null, null, TableSide.Income, ColumnType.Amount) };
        var table = new BudgetTable(TableKind.IncomeExpenditureSummary, "收支预算总表", GovBudget.Amounts.MoneyUnit.TenThousandYuan, columns,
            labels.Select(l => new TableRow(null, null, l, TableSide.Income, [Cell.FromNumber(GovBudget.Amounts.Amount.Parse("30.00"))], 0)));
        var d = new Disclosure(new Department(null, "某部门"), new FiscalYear(2019), DisclosureKind.Budget, [table], []);
        string? Eval(string label)
        {
            try
            {
                return Evaluator.Evaluate(d, $"收入:\"{label}\"", table);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        Eval("本年收入合计").Should().Be(year);
        Eval("收入总计").Should().Be(grand);
        Eval("支出总计").Should().BeNull("the 支出 side prints no row");
    }

    [Fact]
    public void A_quantity_times_a_price_is_money()
    {
        Eval("\"防入侵检测经费\"[数量] * \"防入侵检测经费\"[单价]", "政府采购表", "合计").Should().Be("20.00");
    }
}

public sealed class TableNameTests
{
    [Theory]
    [InlineData("收支总表", "收支总表")]
    [InlineData("财政拨款收支总表", "财政拨款收支总表")]
    [InlineData("基本支出表", "一般公共预算财政拨款基本支出表")]
    [InlineData("部门预算一般公共预算财政拨款基本支出表", "一般公共预算财政拨款基本支出表")]
    [InlineData("“三公”经费支出表", "“三公”经费支出表")]
    [InlineData("\"三公\"经费支出表", "“三公”经费支出表")]
    [InlineData("三公经费支出表", "“三公”经费支出表")]
    [InlineData("三公经费表", "“三公”经费支出表")]
    [InlineData("支出表", "支出总表")]
    [InlineData("部门财务收支预算总表", "收支总表")]
    [InlineData("收入支出决算总表", "收支总表")]
    public void Names_aliases_and_titles_resolve_to_their_kind(string name, string canonical) =>
        (TableKind.FromName(name) ?? TableKind.FromTitle(name))!.CanonicalName.Should().Be(canonical);

    [Fact]
    public void The_summary_is_never_the_fiscal_appropriation_summary()
    {
        var doc = Sample.Import.Document;
        doc.FindTable("收支总表")!.Title.Should().Be("部门预算收支总表");
        doc.FindTable("财政拨款收支总表")!.Title.Should().Be("部门预算财政拨款收支总表");
        TableKind.FromTitle("部门预算财政拨款收支总表").Should().BeSameAs(TableKind.FiscalAppropriationSummary);
        TableKind.FromTitle("部门预算收支总表").Should().BeSameAs(TableKind.IncomeExpenditureSummary);
    }
}
