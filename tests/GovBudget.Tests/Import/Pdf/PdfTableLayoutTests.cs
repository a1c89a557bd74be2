using GovBudget.Documents;
using GovBudget.Import.Pdf;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>Header layouts built from hand-placed cells (x ranges and baselines as printed in real disclosures).</summary>
public sealed class PdfTableLayoutTests
{
    [Fact]
    public void A_multi_level_header_gives_each_column_its_lowest_group()
    {
        // 财政拨款“三公”经费支出决算表 (2024 final, 10.4 pt): 合计 and 小计 are centred between the two columns they span
        // and overlap neither; 因公出国 / （境）费 and 公务用车 / 运行维护费 are names printed on two lines.
        var layout = PdfTableLayout.Build(TableKind.ThreePublicExpenses,
        [
            Line(466.6, ("财政拨款“三公”经费", 368, 473)),
            Line(451.6, ("公务用车购置及运行维护费", 412, 538)),
            Line(439.8, ("因公出国", 238, 280)),
            Line(432.3, ("合计", 141, 162), ("公务用车", 454, 496), ("公务用车", 561, 603), ("公务接待费", 664, 716)),
            Line(425.4, ("（境）费", 238, 280), ("小计", 357, 378)),
            Line(418.7, ("购置费", 459, 490), ("运行维护费", 556, 609)),
            Line(387.9, ("预算数", 109, 141), ("决算数", 163, 195), ("预算数", 217, 248), ("决算数", 271, 302), ("预算数", 324, 356),
                ("决算数", 378, 410), ("预算数", 432, 463), ("决算数", 486, 517), ("预算数", 540, 571), ("决算数", 593, 625),
                ("预算数", 647, 679), ("决算数", 701, 732)),
        ]);

        layout.Values.Select(v => v.Name).Should().Equal(Enumerable.Repeat(new[] { "预算数", "决算数" }, 6).SelectMany(p => p));
        layout.Values.Select(v => v.Group).Should().Equal(
            "合计", "合计", "因公出国（境）费", "因公出国（境）费", "小计", "小计",
            "公务用车购置费", "公务用车购置费", "公务用车运行维护费", "公务用车运行维护费", "公务接待费", "公务接待费");
    }

    [Fact]
    public void A_spanning_header_centred_over_one_column_spans_the_columns_printed_beside_it()
    {
        // 一般公共预算支出 over 合计 / 基本支出 / 项目支出 (Shanghai 2025 budget, 12 pt).
        var layout = PdfTableLayout.Build(TableKind.GeneralBudgetExpenditure,
        [
            Line(449.2, ("项目", 232, 256), ("一般公共预算支出", 562, 658)),
            Line(425.2, ("功能分类科目编码", 64, 160)),
            Line(412.2, ("功能分类科目名称", 253, 349), ("合计", 482, 506), ("基本支出", 585, 633), ("项目支出", 702, 750)),
            Line(400.2, ("类", 68, 80), ("款", 106, 118), ("项", 143, 155)),
        ]);

        layout.Values.Select(v => v.Name).Should().Equal("合计", "基本支出", "项目支出");
        layout.Values.Should().OnlyContain(v => v.Group == "一般公共预算支出");
    }

    [Fact]
    public void Codes_printed_under_their_own_group_beside_a_group_over_the_values_keep_to_their_columns()
    {
        // Found by the generated pages: 科目编码 over 类 / 款 and 一般公共预算基本支出 over the value columns on one line,
        // 序号 printed between the header's two lines. The value columns belong to the group centred over them.
        var layout = PdfTableLayout.Build(TableKind.GeneralBudgetBasicExpenditure,
        [
            Line(450.0, ("科目编码", 80, 160), ("一般公共预算基本支出", 409, 513)),
            Line(443.0, ("序号", 40, 61)),
            Line(436.0, ("类", 85, 95), ("款", 145, 155), ("科目名称", 200, 242), ("合计", 380, 401), ("人员经费", 430, 472),
                ("公用经费", 500, 542)),
        ]);

        layout.Values.Select(v => v.Name).Should().Equal("合计", "人员经费", "公用经费");
        layout.Values.Should().OnlyContain(v => v.Group == "一般公共预算基本支出");
    }

    [Fact]
    public void A_group_spans_only_the_columns_printed_below_it()
    {
        // 政府性基金预算财政拨款收入支出决算表 (2024 final, an empty table): 本年支出 spans 合计/基本支出/项目支出; 本年收入
        // and 年初结转和 / 结余 are printed on its line (each spans the header's height). The 合计 under 项目 on the
        // last line is the total row's label.
        var layout = PdfTableLayout.Build(TableKind.GovernmentFundExpenditure,
        [
            Line(458.0, ("项目", 167, 188)),
            Line(446.9, ("年初结转和", 272, 324), ("年末结转和", 672, 725)),
            Line(439.1, ("本年收入", 354, 396), ("本年支出", 511, 553)),
            Line(431.3, ("功能分类", 103, 145), ("结余", 288, 309), ("结余", 688, 709)),
            Line(426.9, ("科目名称", 187, 229)),
            Line(419.1, ("科目编码", 103, 145)),
            Line(395.7, ("合计", 167, 188), ("合计", 445, 466), ("基本支出", 511, 552), ("项目支出", 587, 629)),
        ]);

        layout.Values.Select(v => v.Name).Should().Equal("年初结转和结余", "本年收入", "合计", "基本支出", "项目支出", "年末结转和结余");
        layout.Values.Select(v => v.Group).Should().Equal(null, null, "本年支出", "本年支出", "本年支出", null);
        layout.Labels.Select(l => l.Text).Should().Equal("科目名称"); // 项目 is printed over it
    }

    [Fact]
    public void A_name_printed_on_three_lines_is_one_column()
    {
        // 财政拨款收入支出决算总表 (2024 final): 政府性基 / 金预算财 / 政拨款, printed closer than a cell gap to 国有资本 / ….
        var layout = PdfTableLayout.Build(TableKind.FiscalAppropriationSummary,
        [
            Line(463.5, ("收入", 207, 228), ("支出", 554, 575)),
            Line(445.6, ("政府性基 国有资本", 658, 757)),
            Line(438.8, ("一般公共预", 592, 644)),
            Line(432.0, ("项目", 159, 180), ("决算数", 300, 331), ("项目", 437, 458), ("合计", 549, 569), ("金预算财 经营预算", 658, 757)),
            Line(425.2, ("算财政拨款", 592, 644)),
            Line(418.4, ("政拨款", 663, 695), ("财政拨款", 715, 757)),
        ]);

        layout.Values.Select(v => v.Name).Should().Equal("决算数", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款");
    }

    [Fact]
    public void The_first_row_s_name_wrapped_above_its_line_is_not_header()
    {
        // 一般公共预算财政拨款支出决算表 (2024 final): 一般公共服务 / 201 264.87 62.63 202.24 / 支出.
        IReadOnlyList<PdfTextLine> header =
        [
            Line(726.5, ("项目", 168, 189)),
            Line(700.5, ("合计", 283, 304), ("基本支出", 351, 393), ("项目支出", 432, 474)),
            Line(695.1, ("功能分类", 118, 159)),
            Line(688.2, ("科目名称", 194, 236)),
            Line(681.4, ("科目编码", 118, 159)),
            Line(655.1, ("一般公共服务", 181, 243)),
        ];
        var body = Line(648.2, ("201", 107, 123), ("264.87", 278, 308), ("62.63", 360, 384), ("202.24", 438, 468));

        PdfTableLayout.NameLinesAboveBody(header, body).Should().Be(1);
        PdfTableLayout.NameLinesAboveBody(header.Take(5).ToList(), Line(655.1, ("201", 107, 123), ("264.87", 278, 308))).Should().Be(0);
    }

    [Fact]
    public void A_caption_centred_over_a_sides_name_and_amount_columns_is_no_column()
    {
        // 财政拨款收支预算总表 (Jiangsu 2019, 公开04表): 支出用途 is printed in the gap between the 支出 side's 项目名称
        // and 金额, centred over the two.
        var layout = PdfTableLayout.Build(TableKind.FiscalAppropriationSummary,
        [
            Line(678.2, ("收入", 171, 191), ("支出", 412, 432)),
            Line(660.8, ("支出用途", 402, 442)),
            Line(652.1, ("项目名称", 112, 153), ("金额", 247, 267)),
            Line(643.3, ("项目名称", 351, 392), ("金额", 478, 498)),
        ]);

        layout.Values.Select(v => v.Name).Should().Equal("金额", "金额");
        layout.SideOf(TableKind.FiscalAppropriationSummary, 1).Should().Be(TableSide.Expenditure);
    }

    [Fact]
    public void A_side_that_prints_two_lists_side_by_side_has_a_column_for_each()
    {
        // 收支预算总表 (Jiangsu 2019, 公开01表): 支出 by function (功能分类: 功能科目名称 金额) and by purpose (支出用途:
        // 项目名称 金额) on the same lines. The two lists add up separately: each has its 金额.
        var layout = PdfTableLayout.Build(TableKind.IncomeExpenditureSummary,
        [
            Line(650.4, ("收入", 134, 152), ("支出", 369, 387)),
            Line(630.0, ("功能分类", 260, 296), ("支出用途", 420, 456)),
            Line(619.8, ("项目名称", 99, 135), ("金额", 184, 202)),
            Line(609.7, ("功能科目名称", 251, 305), ("金额", 354, 372), ("项目名称", 420, 456), ("金额", 504, 522)),
        ]);

        layout.Values.Select(v => v.Name).Should().Equal("金额", "金额", "金额");
        layout.Values[2].Group.Should().Be("支出用途", "the caption over the second list names it");
        layout.Values.Select((_, i) => layout.SideOf(TableKind.IncomeExpenditureSummary, i))
            .Should().Equal(TableSide.Income, TableSide.Expenditure, TableSide.Expenditure);
        layout.BlockCount.Should().Be(2);
        layout.BlockOf(new PdfCell("一、基本支出", 394, 448).Center).Should().Be(1, "a name starts left of its centred header");
        layout.NearestValue(new PdfCell("37,188.34", 172, 213)).Should().Be(0);
        layout.NearestValue(new PdfCell("27,488.23", 343, 383)).Should().Be(1);
        layout.NearestValue(new PdfCell("21,968.00", 493, 533)).Should().Be(2, "the 支出用途 list's amounts are its own column");
        layout.BlockOfColumn(2).Should().Be(1);
        layout.FirstBlockColumn(2).Should().Be(1, "a total printed across the lists is the first list's");
        layout.FirstBlockColumn(0).Should().Be(0);
    }

    [Fact]
    public void A_one_sided_table_printed_twice_side_by_side_keeps_one_column_for_both_blocks()
    {
        // 科目编码 科目名称 决算数 | 科目编码 科目名称 决算数: one list printed in two halves, one column.
        var layout = PdfTableLayout.Build(TableKind.GeneralBudgetBasicExpenditure,
        [
            Line(650.0, ("科目编码", 60, 100), ("科目名称", 130, 170), ("决算数", 220, 250),
                ("科目编码", 320, 360), ("科目名称", 390, 430), ("决算数", 480, 510)),
        ]);

        layout.BlockCount.Should().Be(2);
        layout.Values.Select(v => v.Name).Should().Equal("决算数");
        layout.NearestValue(new PdfCell("12.00", 478, 512)).Should().Be(0);
    }

    [Fact]
    public void A_known_name_broken_over_lines_more_than_a_line_and_a_half_apart_is_one_column()
    {
        // 支出预算总表 (Jiangsu 2017 检察院, p. 11, its lines 1.6 apart): 单位预留机动经 / 费 and 结转下年资 / 金, with
        // 合计 基本支出 项目支出 printed between their parts. 结转下年资金 is a known name (columns.json), so it is one column,
        // not 金 under 结转下年资.
        var layout = PdfTableLayout.Build(TableKind.ExpenditureSummary,
        [
            Line(297.4, ("单位预留机动经", 359.6, 428.4), ("结转下年资", 447.0, 496.1)),
            Line(289.2, ("合计", 129.8, 149.7), ("基本支出", 206.8, 246.7), ("项目支出", 291.0, 330.9)),
            Line(280.9, ("费", 389.0, 398.8), ("金", 466.6, 476.3)),
        ]);

        layout.Values.Select(v => v.Name).Should().Equal("合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金");
    }

    private static PdfTextLine Line(double baseline, params (string Text, double Left, double Right)[] cells) =>
        new(1, baseline, 10.4, [.. cells.Select(c => new PdfCell(c.Text, c.Left, c.Right))]);
}
