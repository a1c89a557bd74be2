using GovBudget.TestSupport;
using System.Globalization;
using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Documents;
using NodaTime;

namespace GovBudget.Tests.Import;

public sealed class SampleImportTests
{
    private static Disclosure Doc => Sample.Import.Document;

    private static BudgetTable Table(TableKind kind) => Doc.Table(kind) ?? throw new InvalidOperationException($"no {kind}");

    private static Amount Value(BudgetTable table, string code, string column) =>
        table.Cell(table.RowsWithCode(ClassificationCode.Parse(code)).Single(), column).Number!.Value;

    private static Amount Value(BudgetTable table, TableRow row, string column) => table.Cell(row, column).Number!.Value;

    [Fact]
    public void Reads_the_department_year_and_kind()
    {
        Doc.Department.Should().Be(new Department("302", "石家庄市数据资源管理局"));
        Doc.Year.Year.Should().Be(2023);
        Doc.Year.Interval.Start.Should().Be(new LocalDate(2023, 1, 1));
        Doc.Year.Interval.End.Should().Be(new LocalDate(2023, 12, 31));
        Doc.Kind.Should().Be(DisclosureKind.Budget);
    }

    [Fact]
    public void Recognises_every_standard_table_of_the_sample()
    {
        var kinds = Doc.Tables.Select(t => t.Kind).ToList();
        kinds.Should().ContainInOrder(
            TableKind.IncomeExpenditureSummary, TableKind.IncomeSummary, TableKind.ExpenditureSummary,
            TableKind.FiscalAppropriationSummary, TableKind.GeneralBudgetExpenditure, TableKind.GeneralBudgetBasicExpenditure,
            TableKind.GovernmentFundExpenditure, TableKind.StateCapitalExpenditure, TableKind.ThreePublicExpenses,
            TableKind.Organisation, TableKind.PerformanceTargets, TableKind.GovernmentProcurement, TableKind.StateAssets);
        kinds.Count(k => k == TableKind.PerformanceTargets).Should().Be(15);
        kinds.Should().NotContain(TableKind.Unrecognised);
        Table(TableKind.GovernmentFundExpenditure).Title.Should().Be("部门预算政府基金预算财政拨款支出表");
    }

    [Fact]
    public void The_two_sided_summary_balances_at_65559_38_on_both_sides()
    {
        var t = Table(TableKind.IncomeExpenditureSummary);
        t.Unit.Should().Be(MoneyUnit.TenThousandYuan);
        Value(t, t.FindRow("本年收入合计", TableSide.Income)!, "预算数").ToString().Should().Be("65559.38");
        Value(t, t.FindRow("本年支出合计", TableSide.Expenditure)!, "预算数").ToString().Should().Be("65559.38");
        Value(t, t.FindRow("收入总计", TableSide.Income)!, "预算数").ToString().Should().Be("65559.38");
        Value(t, t.FindRow("支出总计", TableSide.Expenditure)!, "预算数").ToString().Should().Be("65559.38");
        Value(t, t.FindRow("一般公共预算拨款收入", TableSide.Income)!, "预算数").Should().Be(Amount.Parse("65559.38"));
        Value(t, t.FindRow("资源勘探工业信息等支出", TableSide.Expenditure)!, "预算数").ToString().Should().Be("63994.00");
        Value(t, t.FindRow("住房保障支出", TableSide.Expenditure)!, "预算数").ToString().Should().Be("102.00");
        t.Rows.Where(r => r.Side == TableSide.Expenditure).Should().HaveCount(34, "31 支出 items, 本年支出合计, 年终结转结余, 支出总计");
        t.Rows.Where(r => r.Side == TableSide.Income).Select(r => r.Label).Should().Contain(["九、其他收入", "上年结转结余"]);
        t.FindRow("外交支出", TableSide.Expenditure)!.Cells.Should().OnlyContain(c => c.IsBlank, "a blank cell is no amount, not zero");
    }

    [Fact]
    public void The_basic_expenditure_table_holds_the_real_figures()
    {
        var t = Table(TableKind.GeneralBudgetBasicExpenditure);
        Value(t, "301", "合计").Should().Be(Amount.Parse("1112.32"));
        Value(t, "302", "合计").Should().Be(Amount.Parse("128.73"));
        Value(t, "303", "合计").Should().Be(Amount.Parse("18.49"));
        var total = t.FindRow("合计")!;
        Value(t, total, "合计").Should().Be(Amount.Parse("1259.54"));
        Value(t, total, "人员经费").Should().Be(Amount.Parse("1130.81"));
        Value(t, total, "公用经费").Should().Be(Amount.Parse("128.73"));
        (Value(t, total, "人员经费") + Value(t, total, "公用经费")).Should().Be(Value(t, total, "合计"));
        t.Cell(t.RowsWithCode(ClassificationCode.Parse("301")).Single(), "公用经费").IsBlank.Should().BeTrue();
        t.Columns.Select(c => c.Group).Should().AllBe("一般公共预算基本支出");
        t.Columns.Select(c => c.Number).Should().Equal(3, 4, 5);
        t.Rows.Should().HaveCount(27);

        var sum301 = t.Rows.Where(r => r.Code is { } c && c.IsChildOf(ClassificationCode.Parse("301")))
            .Aggregate(Amount.Zero, (s, r) => s + t.Cell(r, "合计").ValueOrZero);
        sum301.Should().Be(Amount.Parse("1112.32"));
    }

    [Fact]
    public void Row_names_split_across_pages_are_merged()
    {
        var income = Table(TableKind.IncomeSummary);
        var row = income.RowsWithCode(ClassificationCode.Parse("2080505")).Single();
        row.Label.Should().Be("机关事业单位基本养老保险缴费支出");
        income.Rows.Should().HaveCount(22, "the continuation line is merged, not a row of its own");
        income.Rows.Select(r => r.Number).Should().Equal(Enumerable.Range(1, 22).Select(i => (int?)i));

        var fiscal = Table(TableKind.FiscalAppropriationSummary);
        fiscal.Rows.Should().Contain(r => r.Side == TableSide.Expenditure && r.Label == "三十、抗疫特别国债安排的支出" && r.Number == 30);
        fiscal.Rows.Should().NotContain(r => r.Label == "出");
    }

    [Fact]
    public void Header_typos_and_continuation_pages_are_read()
    {
        var expenditure = Table(TableKind.ExpenditureSummary); // second page header prints 科目 编 码
        expenditure.Rows.Select(r => r.Code?.ToString()).Should().Contain(["21505", "2150516", "2210201"]);
        expenditure.Rows.Should().HaveCount(22);

        var sanGong = Table(TableKind.ThreePublicExpenses); // prints 档次 for 栏次, 项 目, 资 金 性 质
        sanGong.Columns.Select(c => c.Number).Should().Equal(2, 3, 4, 5);
        sanGong.Columns.Select(c => c.Name).Should().Equal("合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款");
        Value(sanGong, sanGong.FindRow("“三公”经费小计")!, "合计").Should().Be(Amount.Parse("6.53"));
        Value(sanGong, sanGong.FindRow("公务接待费")!, "合计").Should().Be(Amount.Parse("0.73"));
        Value(sanGong, sanGong.FindRow("公务用车运行维护费")!, "合计").Should().Be(Amount.Parse("5.80"));

        var general = Table(TableKind.GeneralBudgetExpenditure); // 预算年度 2023 without a colon, no page header on page 2
        general.Rows.Should().HaveCount(22);
        general.RowsWithCode(ClassificationCode.Parse("201")).Single().Label.Should().Be("一般公共预算支出", "names are kept as printed");
    }

    [Fact]
    public void Empty_tables_are_present_with_their_notes()
    {
        var fund = Table(TableKind.GovernmentFundExpenditure);
        fund.IsEmpty.Should().BeTrue();
        fund.Notes.Should().Equal("注：无政府基金预算财政拨款预算，空表列示。");
        fund.Columns.Select(c => c.Name).Should().Equal("合计", "基本支出", "项目支出");
        var capital = Table(TableKind.StateCapitalExpenditure);
        capital.IsEmpty.Should().BeTrue();
        capital.Notes.Should().Equal("注：无国有资本经营预算财政拨款预算，空表列示。");
    }

    [Fact]
    public void The_procurement_table_keeps_its_units_subtotals_and_items()
    {
        var t = Table(TableKind.GovernmentProcurement);
        t.Unit.Should().Be(MoneyUnit.TenThousandYuan);
        Value(t, t.FindRow("合计")!, "合计").ToString().Should().Be("64197.00");
        Value(t, t.FindRow("石家庄市数据资源管理局小计")!, "合计").ToString().Should().Be("142.50");
        Value(t, t.FindRow("石家庄市电子政务中心小计")!, "合计").ToString().Should().Be("64054.50");
        Value(t, t.FindRow("合计")!, "2023年预留中小微企业份额").ToString().Should().Be("19401.20");
        t.Rows.Should().HaveCount(12, "合计, two 小计 rows and nine items across three pages");
        var office = t.Rows.First(r => r.Label == "防入侵检测经费");
        t.Cell(office, "采购物品名称").Text.Should().Be("安全运维服务");
        t.Cell(office, "政府采购目录序号").Text.Should().Be("C16070400");
        t.Cell(office, "数量").Number.Should().Be(Amount.Parse("4"));
        t.Cell(office, "单价").Number.Should().Be(Amount.Parse("5.00"));
        t.Cell(office, "预算资金").Number.Should().Be(Amount.Parse("20.00"));
        t.Columns[t.ColumnIndex("数量")].Type.Should().Be(ColumnType.Quantity);
        t.Notes.Should().ContainSingle().Which.Should().StartWith("注：同一采购目录序号的物品");

        var items = t.Rows.Where(r => !r.Label.EndsWith("计", StringComparison.Ordinal)).ToList();
        items.Aggregate(Amount.Zero, (s, r) => s + t.Cell(r, "合计").ValueOrZero).Should().Be(Amount.Parse("64197.00"));
        items.Aggregate(Amount.Zero, (s, r) => s + t.Cell(r, "2023年预留中小微企业份额").ValueOrZero).Should().Be(Amount.Parse("19401.20"));
    }

    [Fact]
    public void The_asset_table_keeps_counts_values_scales_and_its_date()
    {
        var t = Table(TableKind.StateAssets);
        t.AsOf.Should().Be(new LocalDate(2022, 12, 31));
        t.Unit.Should().Be(MoneyUnit.TenThousandYuan);
        Value(t, t.FindRow("资产总额")!, "价值").ToString().Should().Be("16079.66");
        t.Cell(t.FindRow("资产总额")!, "数量").IsBlank.Should().BeTrue("—— means not applicable");
        var cars = t.FindRow("车辆（台、辆）")!;
        t.Cell(cars, "价值").Number!.Value.ToString().Should().Be("6.2");
        t.Cell(cars, "价值").Number!.Value.Scale.Should().Be(1);
        t.Cell(cars, "数量").Number.Should().Be(Amount.Parse("1"));
        var parts = new[] { "房屋（平方米）", "车辆（台、辆）", "单价在20万元以上设备", "其他固定资产" }
            .Aggregate(Amount.Zero, (s, l) => s + t.Cell(t.FindRow(l)!, "价值").ValueOrZero);
        parts.Should().Be(Amount.Parse("16079.66"));
    }

    [Fact]
    public void Performance_tables_keep_their_target_and_indicators()
    {
        var tables = Doc.Tables.Where(t => t.Kind == TableKind.PerformanceTargets).ToList();
        var loan = tables.Single(t => t.Title.Contains("日元贷款", StringComparison.Ordinal));
        loan.Notes.Should().ContainSingle().Which.Should().Be("绩效目标：1.按时按规定数额支付日元贷款本金利息，保障政府信誉");
        loan.Rows.Should().HaveCount(6);
        loan.Cell(loan.Rows[3], "指标值").Text.Should().Be("40.94万元");
        loan.Rows[3].Label.Should().Be("产出指标", "merged 一级指标 cells are filled down");
        var advisory = tables.First(t => t.Title.StartsWith("4、", StringComparison.Ordinal));
        advisory.Notes.Single().Should().Contain("3.完成法律顾问等各项第三方业务支出").And.NotContain("<p>");
    }

    [Fact]
    public void The_narrative_is_kept_by_section()
    {
        Doc.Narrative.Select(s => s.Number).Should().Equal(null, "一", "二", "三", "四", "五", "六", "七", "八", "九");
        var overall = Doc.Narrative.Single(s => s.Number == "二");
        overall.Title.Should().Be("部门预算安排的总体情况");
        overall.Text.Should().Contain("其中基本支出 1259.54 万元，包括人员经费 1130.81 万元和日常公用经费 128.73 万元");
        Doc.Narrative.Single(s => s.Number == "四").Text.Should().Contain("“三公”经费预算安排 6.53 万元");
        Doc.Narrative.Single(s => s.Number == "八").Text.Should().Contain("一般公共预算拨款收入：指市级财政当年拨付的资金").And.NotContain("**");
        Doc.Narrative.Single(s => s.Number == "一").Text.Should().NotContain("石家庄市电子政务中心\t", "the organisation list is a table");
    }

    [Fact]
    public void The_only_notice_is_the_repaired_procurement_header()
    {
        Sample.Import.Notices.Should().ContainSingle()
            .Which.Message.Should().Contain("按第 15 列为“非财政拨款结转结余”、第 16 列为“2023年预留中小微企业份额”读取");
    }

    [Fact]
    public void Every_printed_amount_is_imported_with_its_scale()
    {
        // Independent of the reader: every decimal figure in a tab-separated line of the source, in order.
        var printed = Sample.Lines.Where(l => l.Contains('\t', StringComparison.Ordinal))
            .SelectMany(l => l.Split('\t'))
            .Select(c => Regex.Replace(c, "<[^>]+>", string.Empty).Trim())
            .Where(c => Regex.IsMatch(c, @"^\d+\.\d+$"))
            .ToList();
        var imported = Doc.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells)
            .Where(c => c.Number is { Scale: > 0 })
            .Select(c => c.Number!.Value.ToString())
            .ToList();
        imported.Should().Equal(printed, "each figure appears once, in print order, with its printed decimals");
        printed.Count.Should().Be(308);
    }
}
