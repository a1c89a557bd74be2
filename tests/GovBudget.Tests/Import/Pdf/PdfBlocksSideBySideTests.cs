using GovBudget.Documents;
using GovBudget.Import.Pdf;
using static GovBudget.Tests.Import.Pdf.HandPlacedPage;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// A 基本支出表 printed as blocks side by side whose headers differ, on hand-placed 9 pt landscape pages: the national
/// 基本支出决算表 (人员经费 over one block 科目编码 科目名称 决算数, 公用经费 over two more; its codes joined or in 类 / 款
/// columns), and one block with 合计 人员经费 公用经费 beside one with only 金额. Each is read as one table whose rows
/// are the blocks' rows, block by block, each amount in the column it is printed under, with a notice.
/// </summary>
public sealed class PdfBlocksSideBySideTests
{
    // Each block is 240 wide: a code column, a name column 135 wide and an amount column; headers centred in their columns.
    private const double BlockWidth = 240;
    private const double Size = 9;

    [Fact]
    public void Captions_over_whole_blocks_name_no_column_and_the_rows_are_read_block_by_block()
    {
        var document = Parse([Title, Meta, .. CaptionsAndLeaves(codes: false), .. Body(FinalRows, codes: false)]);
        var table = document.Tables.Should().ContainSingle().Subject;

        table.Kind.Should().Be(TableKind.GeneralBudgetBasicExpenditure);
        table.Columns.Select(c => (c.PrintedName, c.Group)).Should().Equal(("决算数", (string?)null));
        table.Rows.Select(r => (r.Code?.ToString(), r.Label, r.Cells.Single().ToString())).Should().Equal(Expected(FinalRows));
        table.HasSigns.Should().BeFalse();
    }

    [Fact]
    public void Codes_printed_in_class_and_item_columns_under_a_group_are_joined_per_block()
    {
        var table = Read([Title, Meta, .. CaptionsAndLeaves(codes: true), .. Body(FinalRows, codes: true)], TableKind.GeneralBudgetBasicExpenditure);

        table.Columns.Select(c => (c.PrintedName, c.Group)).Should().Equal(("决算数", (string?)null));
        table.Rows.Select(r => (r.Code?.ToString(), r.Label, r.Cells.Single().ToString())).Should().Equal(Expected(FinalRows));
        table.HasSigns.Should().BeFalse();
    }

    [Fact]
    public void A_notice_says_how_many_blocks_were_printed_side_by_side()
    {
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 842, [Title, Meta, .. CaptionsAndLeaves(codes: false), .. Body(FinalRows, codes: false)]);
        var document = parser.Finish();

        document.Tables.Should().ContainSingle();
        parser.Notices.Should().ContainSingle(n => n.Message.Contains("分 3 栏并排印出", StringComparison.Ordinal));
    }

    [Fact]
    public void Blocks_going_on_over_a_page_keep_each_blocks_rows_together()
    {
        // Page 1 prints each block's first rows, page 2 (rows only, no header) each block's next ones.
        var first = FinalRows.Select(b => b.Take(3).ToArray()).ToArray();
        var rest = FinalRows.Select(b => b.Skip(3).ToArray()).ToArray();
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 842, [Title, Meta, .. CaptionsAndLeaves(codes: false), .. Body(first, codes: false)]);
        parser.AddPage(2, 842, [.. Body(rest, codes: false, top: 760, page: 2)]);
        var table = parser.Finish().Tables.Should().ContainSingle().Subject;

        table.Rows.Select(r => (r.Code?.ToString(), r.Label, r.Cells.Single().ToString())).Should().Equal(Expected(FinalRows));
        table.HasSigns.Should().BeFalse();
    }

    [Fact]
    public void A_block_with_three_amount_columns_beside_one_with_only_an_amount_keeps_each_amount_in_its_column()
    {
        // 科目编码 科目名称 合计 人员经费 公用经费 | 科目编码 科目名称 金额: the second block's 金额 is a column of its own.
        var table = Read(
        [
            Title, Meta,
            Line(680, Size, ("科目编码", 42, 78), ("科目名称", 120, 156), ("合计", 232, 250), ("人员经费", 272, 308), ("公用经费", 332, 368),
                ("科目编码", 402, 438), ("科目名称", 480, 516), ("金额", 592, 610)),
            Line(660, Size, ("301", 40, 55), ("工资福利支出", 85, 139), ("95.36", 225, 250), ("95.36", 283, 308), ("302", 400, 415),
                ("商品和服务支出", 445, 508), ("10.23", 585, 610)),
            Line(645, Size, ("30101", 40, 65), ("基本工资", 85, 121), ("95.36", 225, 250), ("95.36", 283, 308), ("30201", 400, 425),
                ("办公费", 445, 472), ("10.23", 585, 610)),
        ], TableKind.GeneralBudgetBasicExpenditure);

        table.Columns.Select(c => c.PrintedName).Should().Equal("合计", "人员经费", "公用经费", "金额");
        table.Rows.Select(Row).Should().Equal(
            ("工资福利支出", "95.36|95.36||"), ("基本工资", "95.36|95.36||"), ("商品和服务支出", "|||10.23"), ("办公费", "|||10.23"));
        table.Rows.Select(r => r.Code?.ToString()).Should().Equal("301", "30101", "302", "30201");
        table.HasSigns.Should().BeFalse();
    }

    [Fact]
    public void A_caption_over_two_blocks_of_different_widths_is_no_column_group_even_when_centred_over_an_amount_column()
    {
        // 人员经费 over a wide first block and a narrow second one is centred over the first block's 决算数 (found by the
        // generated pages): it is still centred over the two blocks, not over that column.
        var layout = PdfTableLayout.Build(TableKind.GeneralBudgetBasicExpenditure,
        [
            Line(700, Size, ("人员经费", 210.25, 246.25), ("公用经费", 510.25, 546.25)),
            Line(680, Size, ("科目编码", 42, 78), ("科目名称", 134.5, 170.5), ("决算数", 227.5, 254.5),
                ("科目编码", 282, 318), ("科目名称", 334.5, 370.5), ("决算数", 387.5, 414.5),
                ("科目编码", 442, 478), ("科目名称", 494.5, 530.5), ("决算数", 587.5, 614.5)),
        ]);

        layout.BlockCount.Should().Be(3);
        layout.Values.Select(v => (v.Name, v.Group)).Should().Equal(("决算数", (string?)null));
    }

    [Fact]
    public void A_group_over_one_blocks_value_columns_stays_their_group_and_reaches_no_other_block()
    {
        var layout = PdfTableLayout.Build(TableKind.GeneralBudgetBasicExpenditure,
        [
            Line(700, Size, ("一般公共预算基本支出", 255, 345)),
            Line(680, Size, ("科目编码", 42, 78), ("科目名称", 120, 156), ("合计", 232, 250), ("人员经费", 272, 308), ("公用经费", 332, 368),
                ("科目编码", 402, 438), ("科目名称", 480, 516), ("金额", 592, 610)),
        ]);

        layout.BlockCount.Should().Be(2);
        layout.Values.Select(v => (v.Name, v.Group)).Should().Equal(
            ("合计", "一般公共预算基本支出"), ("人员经费", "一般公共预算基本支出"), ("公用经费", "一般公共预算基本支出"), ("金额", (string?)null));
    }

    [Fact]
    public void A_value_column_printed_after_a_remark_column_is_not_a_second_block()
    {
        // 备注 after the amounts is a label column of no block of its own: the table has one block.
        var layout = PdfTableLayout.Build(TableKind.GeneralBudgetBasicExpenditure,
            [Line(680, Size, ("科目编码", 42, 78), ("科目名称", 120, 156), ("合计", 232, 250), ("备注", 300, 318))]);

        layout.BlockCount.Should().Be(1);
        layout.Values.Select(v => v.Name).Should().Equal("合计");
    }

    // The national form's rows: 人员经费 in the first block, 公用经费 over the second and third; each block's total last.
    private static readonly (string? Code, string Name, string Amount)[][] FinalRows =
    [
        [("301", "工资福利支出", "95.36"), ("30101", "基本工资", "14.12"), ("30102", "津贴补贴", "81.24"), ("303", "对个人和家庭的补助", "0.00"),
            ("30301", "离休费", "0.00"), (null, "人员经费合计", "95.36")],
        [("302", "商品和服务支出", "10.03"), ("30201", "办公费", "3.78"), ("30211", "差旅费", "6.25"), ("30299", "其他商品和服务支出", "0.00")],
        [("310", "资本性支出", "0.20"), ("31002", "办公设备购置", "0.20"), ("31099", "其他资本性支出", "0.00"), (null, "公用经费合计", "10.23")],
    ];

    private static readonly PdfTextLine Title = Line(760, 16, ("2024年一般公共预算财政拨款基本支出决算表", 260, 580));

    private static readonly PdfTextLine Meta = Line(735, Size, ("部门：某局", 40, 85), ("单位：万元", 690, 735));

    private static IEnumerable<(string?, string, string)> Expected((string? Code, string Name, string Amount)[][] blocks) =>
        blocks.SelectMany(b => b).Select(r => (r.Code, r.Name, r.Amount));

    // 人员经费 centred over the first block, 公用经费 over the other two; under them each block's leaves, the codes as one
    // 科目编码 column or as 类 | 款 under a 科目编码 printed over them (then 科目名称 and 决算数 span both lines).
    private static IEnumerable<PdfTextLine> CaptionsAndLeaves(bool codes)
    {
        yield return Line(700, Size, ("人员经费", 130.5, 166.5), ("公用经费", 490.5, 526.5));
        var top = new List<(string, double, double)>();
        var middle = new List<(string, double, double)>();
        var bottom = new List<(string, double, double)>();
        for (var b = 0; b < 3; b++)
        {
            var x = b * BlockWidth;
            if (codes)
            {
                top.Add(("科目编码", x + 42, x + 78));
                bottom.Add(("类", x + 41, x + 50));
                bottom.Add(("款", x + 62, x + 71));
                middle.Add(("科目名称", x + 134.5, x + 170.5));
                middle.Add(("决算数", x + 227.5, x + 254.5));
            }
            else
            {
                bottom.Add(("科目编码", x + 42, x + 78));
                bottom.Add(("科目名称", x + 134.5, x + 170.5));
                bottom.Add(("决算数", x + 227.5, x + 254.5));
            }
        }

        if (codes)
        {
            yield return Line(685, Size, [.. top]);
            yield return Line(677.5, Size, [.. middle]);
            yield return Line(670, Size, [.. bottom]);
        }
        else
        {
            yield return Line(680, Size, [.. bottom]);
        }
    }

    // One printed line per row index, each block's row in its own columns: the code from the block's left (its 类 and 款
    // parts under 类 and 款), the name from the name column's left, the amount right-aligned in the amount column.
    private static IEnumerable<PdfTextLine> Body((string? Code, string Name, string Amount)[][] blocks, bool codes, double top = 655, int page = 1)
    {
        var count = blocks.Max(b => b.Length);
        for (var i = 0; i < count; i++)
        {
            var cells = new List<PdfCell>();
            for (var b = 0; b < blocks.Length; b++)
            {
                if (i >= blocks[b].Length)
                {
                    continue;
                }

                var x = b * BlockWidth;
                var (code, name, amount) = blocks[b][i];
                if (code is not null && codes)
                {
                    cells.Add(new PdfCell(code[..3], x + 40, x + 55));
                    if (code.Length > 3)
                    {
                        cells.Add(new PdfCell(code[3..], x + 61, x + 71));
                    }
                }
                else if (code is not null)
                {
                    cells.Add(new PdfCell(code, x + 40, x + 40 + (5 * code.Length)));
                }

                cells.Add(new PdfCell(name, x + 85, x + 85 + (Size * name.Length)));
                cells.Add(new PdfCell(amount, x + 257 - (5 * amount.Length), x + 257));
            }

            yield return new PdfTextLine(page, top - (15 * i), Size, [.. cells]);
        }
    }
}
