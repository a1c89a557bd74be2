using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Documents;
using GovBudget.Import;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import.Pdf;

public sealed class PdfDisclosureReaderTests : InEnglish
{
    private static readonly string Real = RealPdf.Folder;

    private static ImportResult Shanghai2025 => RealPdf.Import(RealPdf.Shanghai2025);

    [Fact]
    public void A_file_that_is_not_a_pdf_is_an_error()
    {
        var act = () => PdfDisclosureReader.Read("预算年度：2023\n"u8.ToArray(), "x.pdf");

        act.Should().Throw<DisclosureFormatException>().WithMessage("x.pdf: not a PDF: the file does not start with '%PDF-'");
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var act = () => PdfDisclosureReader.Read([], "x.pdf");

        act.Should().Throw<DisclosureFormatException>().WithMessage("x.pdf: the file is empty: expected a PDF");
    }

    [Fact]
    public void A_truncated_pdf_is_a_damaged_pdf()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Real, "shanghai-putuo-caizhengju-2025-budget.pdf"))[..2048];

        var act = () => PdfDisclosureReader.Read(bytes, "cut.pdf");

        act.Should().Throw<DisclosureFormatException>().WithMessage("cut.pdf: damaged PDF: it cannot be read*");
    }

    [Fact]
    public void A_file_read_from_disk_gives_the_document_its_bytes_give()
    {
        var path = Path.Combine(Real, "shanghai-putuo-shehuigongzuobu-2024-final.pdf");

        var fromDisk = PdfDisclosureReader.ReadFile(path);
        var fromBytes = PdfDisclosureReader.Read(File.ReadAllBytes(path), "shanghai-putuo-shehuigongzuobu-2024-final.pdf");

        fromDisk.Document.Narrative.Should().Equal(fromBytes.Document.Narrative);
        fromDisk.Document.Tables.SelectMany(t => t.Rows).Should().Equal(fromBytes.Document.Tables.SelectMany(t => t.Rows));
        fromDisk.Notices.Should().Equal(fromBytes.Notices);
    }

    [Fact]
    public void Files_on_disk_that_are_damaged_encrypted_or_not_pdfs_give_the_same_errors()
    {
        var folder = Directory.CreateTempSubdirectory("govbudget-pdf-").FullName;
        try
        {
            var cut = Path.Combine(folder, "cut.pdf");
            File.WriteAllBytes(cut, File.ReadAllBytes(Path.Combine(Real, "shanghai-putuo-caizhengju-2025-budget.pdf"))[..2048]);
            var text = Path.Combine(folder, "text.pdf");
            File.WriteAllText(text, "部门预算");
            var empty = Path.Combine(folder, "empty.pdf");
            File.WriteAllBytes(empty, []);

            ((Action)(() => PdfDisclosureReader.ReadFile(cut))).Should().Throw<DisclosureFormatException>().WithMessage("cut.pdf: damaged PDF: it cannot be read*");
            ((Action)(() => PdfDisclosureReader.ReadFile(text))).Should().Throw<DisclosureFormatException>().WithMessage("text.pdf: not a PDF*");
            ((Action)(() => PdfDisclosureReader.ReadFile(empty))).Should().Throw<DisclosureFormatException>().WithMessage("empty.pdf: the file is empty*");
            ((Action)(() => PdfDisclosureReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "TestData", "pdf", "encrypted.pdf"))))
                .Should().Throw<DisclosureFormatException>().WithMessage("encrypted.pdf: encrypted PDF*");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_encrypted_pdf_is_an_error_that_says_so()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "pdf", "encrypted.pdf"));

        var act = () => PdfDisclosureReader.Read(bytes, "encrypted.pdf");

        act.Should().Throw<DisclosureFormatException>().WithMessage("encrypted.pdf: encrypted PDF: it cannot be read without its password");
    }

    [Fact]
    public void A_pdf_whose_pages_have_no_text_has_no_text_layer()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 200, 100);
        builder.AddPage(PageSize.A4);
        var bytes = builder.Build();

        var act = () => PdfDisclosureReader.Read(bytes, "scan.pdf");

        act.Should().Throw<DisclosureFormatException>()
            .WithMessage("scan.pdf: no text layer: none of the 2 page(s) has any text (a scanned image-only PDF?); run OCR on it first");
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var act = () => PdfDisclosureReader.ReadFile(Path.Combine(Real, "no-such.pdf"));

        act.Should().Throw<DisclosureFormatException>().WithMessage("no-such.pdf: cannot read the file: *");
    }

    [Fact]
    public void The_shanghai_2025_budget_is_read_with_its_department_year_and_kind()
    {
        var d = Shanghai2025.Document;

        d.Department.Name.Should().Be("上海市普陀区财政局");
        d.Year.Year.Should().Be(2025);
        d.Kind.Should().Be(DisclosureKind.Budget);
        d.Tables.Select(t => t.Kind).Should().Equal(
            TableKind.IncomeExpenditureSummary, TableKind.IncomeSummary, TableKind.ExpenditureSummary,
            TableKind.FiscalAppropriationSummary, TableKind.GeneralBudgetExpenditure, TableKind.GovernmentFundExpenditure,
            TableKind.StateCapitalExpenditure, TableKind.GeneralBudgetBasicExpenditure, TableKind.ThreePublicExpenses);
    }

    [Fact]
    public void The_functional_table_joins_split_codes_and_continues_on_the_next_page()
    {
        var t = Shanghai2025.Document.Table(TableKind.GeneralBudgetExpenditure)!;

        t.Title.Should().Be("2025年部门一般公共预算支出功能分类预算表");
        t.Unit.Should().Be(MoneyUnit.Yuan);
        t.Page.Should().Be(15);
        t.Line.Should().Be(0, "a PDF has pages, not lines");
        t.Columns.Select(c => c.Name).Should().Equal("合计", "基本支出", "项目支出");
        t.Rows.Should().HaveCount(20);
        var pension = t.RowsWithCode(ClassificationCode.Parse("2080506")).Single();
        pension.Label.Should().Be("机关事业单位职业年金缴费支出");
        t.Cell(pension, "合计").ToString().Should().Be("873617.00");
        t.Cell(pension, "基本支出").ToString().Should().Be("873617.00");
        t.Cell(pension, "项目支出").IsBlank.Should().BeTrue();
        var admin = t.RowsWithCode(ClassificationCode.Parse("2010601")).Single();
        t.Cell(admin, "项目支出").ToString().Should().Be("138514.80");
        var continued = t.RowsWithCode(ClassificationCode.Parse("2101101")).Single();
        continued.Page.Should().Be(16);
        var total = t.FindRow("合计")!;
        total.Cells.Select(c => c.ToString()).Should().Equal("31214205.80", "25121091.00", "6093114.80");
    }

    [Fact]
    public void The_economic_table_reads_every_class_and_its_total()
    {
        var t = Shanghai2025.Document.Table(TableKind.GeneralBudgetBasicExpenditure)!;

        t.Columns.Select(c => c.Name).Should().Equal("合计", "人员经费", "公用经费");
        t.Rows.Should().HaveCount(30);
        t.Cell(t.RowsWithCode(ClassificationCode.Parse("30109")).Single(), "合计").ToString().Should().Be("873617.00");
        t.Cell(t.RowsWithCode(ClassificationCode.Parse("30217")).Single(), "公用经费").ToString().Should().Be("9500.00");
        t.FindRow("合计")!.Cells.Select(c => c.ToString()).Should().Equal("25121091.00", "22826756.00", "2294335.00");
    }

    [Fact]
    public void The_two_sided_summary_gives_an_income_and_an_expenditure_row_per_line()
    {
        var t = Shanghai2025.Document.Table(TableKind.IncomeExpenditureSummary)!;

        t.Columns.Select(c => (c.Name, c.Side)).Should().Equal(("预算数", TableSide.Income), ("预算数", TableSide.Expenditure));
        t.Cell(t.FindRow("收入总计", TableSide.Income)!, "预算数").ToString().Should().Be("31214205.80");
        t.Cell(t.FindRow("一、一般公共服务支出", TableSide.Expenditure)!, "预算数").ToString().Should().Be("22186440.80");
        t.FindRow("二、事业收入", TableSide.Income)!.Cells.Should().OnlyContain(c => c.IsBlank);
    }

    [Fact]
    public void An_empty_table_keeps_its_note_and_has_no_rows()
    {
        var t = Shanghai2025.Document.Table(TableKind.GovernmentFundExpenditure)!;

        t.IsEmpty.Should().BeTrue();
        t.Notes.Should().Equal("注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。");
    }

    [Fact]
    public void A_table_in_wan_yuan_beside_tables_in_yuan_keeps_its_own_unit()
    {
        var t = Shanghai2025.Document.Table(TableKind.ThreePublicExpenses)!;

        t.Unit.Should().Be(MoneyUnit.TenThousandYuan);
        t.Rows.Single().Cells[t.ColumnIndex("合计")].ToString().Should().Be("0.95");
        t.Rows.Single().Cells[t.ColumnIndex("公务接待费")].ToString().Should().Be("0.95");
    }

    [Fact]
    public void The_narrative_keeps_the_published_defects_with_the_page_of_each_section()
    {
        var narrative = Shanghai2025.Document.Narrative;

        var explanation = narrative.Single(s => s.Title == "2025年部门预算编制说明");
        explanation.Page.Should().Be(7);
        explanation.Text.Should().Contain("机关事业单位职业年金缴费支出（项）”887.36万元");
        explanation.Text.Should().Contain("行政单位离退休（项）”87.70万元");
        var other = narrative.Single(s => s.Number == "二" && s.Title == "机关运行经费预算");
        other.Page.Should().Be(22);
        other.Text.Should().Contain("229.43万元");
    }

    [Fact]
    public void Letters_outside_the_page_and_the_contents_list_are_reported_with_their_page()
    {
        var notices = Shanghai2025.Notices;

        notices.Should().Contain(n => n.Page == 2 && n.Line == 0 && n.Message.Contains("目录：保留", StringComparison.Ordinal));
        notices.Should().Contain(n => n.Page == 8 && n.Message.Contains("印在页面可见区域之外", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("shanghai-putuo-shehuigongzuobu-2024-final.pdf", 2024, DisclosureKind.FinalAccount)]
    [InlineData("jiangsu-gaojirenminfayuan-2019-budget.pdf", 2019, DisclosureKind.Budget)]
    public void The_other_real_pdfs_are_read_without_error(string file, int year, DisclosureKind kind)
    {
        var d = PdfDisclosureReader.ReadFile(Path.Combine(Real, file)).Document;

        d.Year.Year.Should().Be(year);
        d.Kind.Should().Be(kind);
        d.Tables.Should().NotBeEmpty();
        d.Narrative.Should().NotBeEmpty();
    }

    private static ImportResult Final2024 => RealPdf.Import(RealPdf.Final2024);

    [Fact]
    public void The_2024_final_accounts_department_is_read_from_its_cover_title()
    {
        // The document prints no 编制部门 line; its cover reads 中共上海市普陀区委 / 社会工作部2024年度 / 部门决算.
        Final2024.Document.Department.Name.Should().Be("中共上海市普陀区委社会工作部");
        Final2024.Notices.Should().NotContain(n => n.Message.Contains("没有找到部门", StringComparison.Ordinal));
    }

    [Fact]
    public void The_2024_final_accounts_contents_list_going_on_to_a_second_page_is_not_read()
    {
        // Page 3 holds only the list's last headings (四、… 十一、…, 第四部分 名词解释): no empty sections from it.
        var result = Final2024;

        result.Notices.Should().Contain(n => n.Page == 3 && n.Message.Contains("目录：保留", StringComparison.Ordinal));
        result.Document.Narrative.Should().NotContain(s => s.Page == 3);
        result.Document.Narrative.Should().ContainSingle(s => s.Number == "五" && s.Title == "一般公共预算财政拨款支出决算情况说明")
            .Which.Page.Should().Be(17);
    }

    [Fact]
    public void The_2024_final_accounts_income_table_joins_names_printed_around_their_row()
    {
        var d = PdfDisclosureReader.ReadFile(Path.Combine(Real, "shanghai-putuo-shehuigongzuobu-2024-final.pdf")).Document;
        var t = d.Table(TableKind.IncomeSummary)!;

        var row = t.RowsWithCode(ClassificationCode.Parse("2080505")).Single();
        row.Label.Should().Be("机关事业单位基本养老保险缴费支出");
        t.Cell(row, "合计").ToString().Should().Be("6.18");
        t.FindRow("合计")!.Cells[0].ToString().Should().Be("307.82");
    }

    [Fact]
    public void The_2024_final_accounts_basic_table_reads_its_two_blocks_printed_side_by_side()
    {
        var result = PdfDisclosureReader.ReadFile(Path.Combine(Real, "shanghai-putuo-shehuigongzuobu-2024-final.pdf"));
        var t = result.Document.Table(TableKind.GeneralBudgetBasicExpenditure)!;

        t.Title.Should().Be("一般公共预算财政拨款基本支出决算表");
        t.Columns.Select(c => c.Name).Should().Equal("决算数");
        t.Rows.Should().HaveCount(67);
        string Figure(string code) => t.Cell(t.RowsWithCode(ClassificationCode.Parse(code)).Single(), "决算数").ToString();
        t.RowsWithCode(ClassificationCode.Parse("301")).Single().Label.Should().Be("工资福利支出");
        Figure("301").Should().Be("95.36");
        t.RowsWithCode(ClassificationCode.Parse("302")).Single().Label.Should().Be("商品和服务支出");
        Figure("302").Should().Be("10.23");
        Figure("30102").Should().Be("39.72");
        Figure("30239").Should().Be("2.43");
        Figure("310").Should().Be("0.00");
        t.Cell(t.FindRow("人员经费合计")!, "决算数").ToString().Should().Be("95.36");
        t.Cell(t.FindRow("公用经费合计")!, "决算数").ToString().Should().Be("10.23");

        // Names wrapped above and below their row go to the nearer row, in each block.
        t.RowsWithCode(ClassificationCode.Parse("30108")).Single().Label.Should().Be("机关事业单位基本养老保险缴费");
        t.RowsWithCode(ClassificationCode.Parse("30107")).Single().Label.Should().Be("绩效工资");
        t.RowsWithCode(ClassificationCode.Parse("30399")).Single().Label.Should().Be("其他对个人和家庭的补助");
        t.RowsWithCode(ClassificationCode.Parse("31007")).Single().Label.Should().Be("信息网络及软件购置更新");
        result.Notices.Should().NotContain(n => n.Message.Contains("列下有两个金额", StringComparison.Ordinal));
    }

    [Fact]
    public void The_2024_final_accounts_joins_column_names_broken_over_header_lines()
    {
        var d = PdfDisclosureReader.ReadFile(Path.Combine(Real, "shanghai-putuo-shehuigongzuobu-2024-final.pdf")).Document;

        var income = d.Table(TableKind.IncomeSummary)!;
        income.Columns.Select(c => c.Name).Should().Equal(
            "合计", "财政拨款收入", "上级补助收入", "事业收入", "事业单位经营收入", "附属单位上缴收入", "其他收入");
        income.Columns.Should().OnlyContain(c => c.Group == null);
        var expenditure = d.Table(TableKind.ExpenditureSummary)!;
        expenditure.Columns.Select(c => c.Name).Should().Equal(
            "合计", "基本支出", "项目支出", "上缴上级支出", "事业单位经营支出", "对附属单位补助支出");
        expenditure.Columns.Should().OnlyContain(c => c.Group == null);
        var total = expenditure.FindRow("合计")!;
        expenditure.Cell(total, "合计").ToString().Should().Be("307.82");
        expenditure.Cell(total, "基本支出").ToString().Should().Be("105.58");
        expenditure.Cell(total, "项目支出").ToString().Should().Be("202.24");
    }

    [Fact]
    public void The_2024_final_accounts_general_budget_table_reads_the_name_wrapped_around_its_first_row()
    {
        // 一般公共服务 / 201  264.87  62.63  202.24 / 支出: the first line is the row's name, not a header column.
        var t = Final2024.Document.Table(TableKind.GeneralBudgetExpenditure)!;

        t.Columns.Select(c => c.Name).Should().Equal("合计", "基本支出", "项目支出");
        t.Columns.Should().OnlyContain(c => c.Group == null);
        t.Rows.Should().HaveCount(18);
        var row = t.RowsWithCode(ClassificationCode.Parse("201")).Single();
        row.Label.Should().Be("一般公共服务支出");
        t.Cell(row, "合计").ToString().Should().Be("264.87");
        t.Cell(row, "基本支出").ToString().Should().Be("62.63");
        t.Cell(row, "项目支出").ToString().Should().Be("202.24");
        var other = t.RowsWithCode(ClassificationCode.Parse("2013999")).Single();
        other.Label.Should().Be("其他社会工作事务支出");
        t.Cell(other, "基本支出").IsBlank.Should().BeTrue();
        t.Cell(other, "项目支出").ToString().Should().Be("202.24");
        var total = t.FindRow("合计")!;
        t.Cell(total, "合计").ToString().Should().Be("307.82");
        t.Cell(total, "基本支出").ToString().Should().Be("105.58");
        t.Cell(total, "项目支出").ToString().Should().Be("202.24");
    }

    [Fact]
    public void The_2024_final_accounts_summary_reads_both_sides_of_every_line()
    {
        var t = Final2024.Document.Table(TableKind.IncomeExpenditureSummary)!;
        string Figure(string label, TableSide side) => t.Cell(t.FindRow(label, side)!, "决算数").ToString();

        t.Title.Should().Be("收入支出决算总表");
        t.Rows.Count(r => r.Side == TableSide.Income).Should().Be(12);      // 一 … 八, 本年收入合计, 结余, 结转, 总计
        t.Rows.Count(r => r.Side == TableSide.Expenditure).Should().Be(30); // 一 … 二十六, 本年支出合计, 结余分配, 结转, 总计
        Figure("一、一般公共预算财政拨款收入", TableSide.Income).Should().Be("307.82");
        Figure("本年收入合计", TableSide.Income).Should().Be("307.82");
        Figure("总计", TableSide.Income).Should().Be("307.82");
        t.FindRow("七、附属单位上缴收入", TableSide.Income)!.Cells.Should().OnlyContain(c => c.IsBlank);
        Figure("一、一般公共服务支出", TableSide.Expenditure).Should().Be("264.87");
        Figure("八、社会保障和就业支出", TableSide.Expenditure).Should().Be("10.82");
        Figure("九、卫生健康支出", TableSide.Expenditure).Should().Be("2.71");
        Figure("十九、住房保障支出", TableSide.Expenditure).Should().Be("29.42");
        Figure("本年支出合计", TableSide.Expenditure).Should().Be("307.82");
        Figure("总计", TableSide.Expenditure).Should().Be("307.82");
    }

    [Fact]
    public void The_2024_final_accounts_fiscal_summary_continues_on_a_page_that_starts_with_rows_without_figures()
    {
        // Page 11 starts with 十六、金融支出 … 十八 (no figures), then 十九、住房保障支出 29.42 29.42.
        var d = Final2024.Document;
        var t = d.Table(TableKind.FiscalAppropriationSummary)!;

        t.Columns.Select(c => (c.Name, c.Side)).Should().Equal(("决算数", TableSide.Income), ("合计", TableSide.Expenditure),
            ("一般公共预算财政拨款", TableSide.Expenditure), ("政府性基金预算财政拨款", TableSide.Expenditure),
            ("国有资本经营预算财政拨款", TableSide.Expenditure));
        t.Rows.Should().HaveCount(38);
        var housing = t.FindRow("十九、住房保障支出", TableSide.Expenditure)!;
        housing.Page.Should().Be(11);
        t.Cell(housing, "合计").ToString().Should().Be("29.42");
        t.Cell(housing, "一般公共预算财政拨款").ToString().Should().Be("29.42");
        t.FindRow("十六、金融支出", TableSide.Expenditure)!.Cells.Should().OnlyContain(c => c.IsBlank);
        t.Cell(t.FindRow("本年收入合计", TableSide.Income)!, "决算数").ToString().Should().Be("307.82");
        var total = t.FindRow("总计", TableSide.Expenditure)!;
        t.Cell(total, "合计").ToString().Should().Be("307.82");
        t.Cell(total, "一般公共预算财政拨款").ToString().Should().Be("307.82");
        d.Narrative.Should().NotContain(s => s.Title.Contains("金融支出", StringComparison.Ordinal));
    }

    [Fact]
    public void The_2024_final_accounts_three_public_table_has_its_twelve_columns_and_no_figures()
    {
        // Six items, each with 预算数 and 决算数 under it; the department had no “三公” spending and prints no figure
        // (说明：…本年度没有财政拨款“三公”经费支出，故本表无数据), so the table has no row.
        var t = Final2024.Document.Table(TableKind.ThreePublicExpenses)!;

        t.Unit.Should().Be(MoneyUnit.TenThousandYuan);
        t.Columns.Select(c => c.Name).Should().Equal(Enumerable.Repeat(new[] { "预算数", "决算数" }, 6).SelectMany(p => p));
        t.Columns.Select(c => c.Group).Distinct().Should().Equal(
            "合计", "因公出国（境）费", "小计", "公务用车购置费", "公务用车运行维护费", "公务接待费");
        t.Rows.Should().BeEmpty();
        t.Notes.Should().Equal(
            "注：本表反映部门本年度“三公”经费支出预决算情况。",
            "说明：中共上海市普陀区委社会工作部本年度没有财政拨款“三公”经费支出，故本表无数据。");
    }

    [Fact]
    public void The_2024_final_accounts_empty_fund_tables_have_their_columns()
    {
        foreach (var kind in new[] { TableKind.GovernmentFundExpenditure, TableKind.StateCapitalExpenditure })
        {
            var t = Final2024.Document.Table(kind)!;

            t.Columns.Select(c => c.PrintedName).Should().Equal("年初结转和结余", "本年收入", "合计", "基本支出", "项目支出", "年末结转和结余");
            t.Columns.Select(c => c.Group).Should().Equal(null, null, "本年支出", "本年支出", "本年支出", null);
            t.Rows.Should().BeEmpty();
        }
    }

    [Fact]
    public void Shanghai_2025_three_public_columns_are_grouped_under_the_header_they_are_printed_below()
    {
        var t = Shanghai2025.Document.Table(TableKind.ThreePublicExpenses)!;

        t.Columns.Select(c => c.Group).Should().Equal(
            "“三公”经费预算数", "“三公”经费预算数", "“三公”经费预算数", "公务用车购置及运行费", "公务用车购置及运行费", "公务用车购置及运行费", null);
    }

    [Fact]
    public void The_cli_checks_a_pdf_and_exits_2_for_a_file_that_is_not_one()
    {
        var path = Path.Combine(Path.GetTempPath(), $"govbudget-{Guid.NewGuid():N}.pdf");
        File.WriteAllText(path, "not a pdf");
        try
        {
            var (code, _, err) = GovBudget.TestSupport.Cli.Run("check", path, "--lang", "en");

            code.Should().Be(2);
            err.Should().Contain("not a PDF");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static ImportResult Jiangsu2019 => RealPdf.Import(RealPdf.Jiangsu2019);

    [Fact]
    public void Jiangsu_2019_tables_titled_with_a_bracketed_qualifier_are_read()
    {
        var tables = Jiangsu2019.Document.Tables;

        tables.Select(t => t.Title).Should().Contain(["财政拨款支出预算表（功能科目）", "财政拨款基本支出预算表（经济科目）",
            "一般公共预算支出预算表（功能科目）", "一般公共预算基本支出预算表（经济科目）"]);
        var basic = tables.Single(t => t.Kind == TableKind.GeneralBudgetBasicExpenditure);
        basic.Unit.Should().Be(MoneyUnit.TenThousandYuan);
        string Basic(string code) => basic.Rows.Single(r => r.Code?.ToString() == code).Cells[0].ToString();
        Basic("301").Should().Be("16324.07");
        Basic("302").Should().Be("3580.05");
        Basic("303").Should().Be("2063.88");
        basic.Rows.Single(r => r.Label == "合计").Cells[0].ToString().Should().Be("21968.00");
    }

    [Fact]
    public void Jiangsu_2019_letter_spaced_header_and_wrapped_department_are_read()
    {
        var result = Jiangsu2019;
        var general = result.Document.Tables.Single(t => t.Kind == TableKind.GeneralBudgetExpenditure);

        general.Columns.Select(c => c.Name).Should().Equal("预算数"); // 金   额, printed letter-spaced
        general.Unit.Should().Be(MoneyUnit.TenThousandYuan);         // 单位：万元 beside the wrapped 院
        general.Rows.Single(r => r.Label == "合计").Cells[0].ToString().Should().Be("37188.34");
        general.Rows.Single(r => r.Code?.ToString() == "204").Cells[0].ToString().Should().Be("27488.23");
        result.Document.Department.Name.Should().Be("江苏省高级人民法院");
        result.Notices.Should().NotContain(n => n.Message.Contains("与上面印的", StringComparison.Ordinal));

        var functional = result.Document.Tables.Single(t => t.Kind == TableKind.FiscalAppropriationExpenditure);
        functional.Columns.Select(c => c.Name).Should().Equal("预算数");
        functional.Rows.Single(r => r.Code?.ToString() == "2210202").Cells[0].ToString().Should().Be("5465.10");
    }

    [Fact]
    public void Notes_under_a_table_wrapped_or_numbered_stay_with_the_table_up_to_the_next_heading()
    {
        var jiangsu = PdfDisclosureReader.ReadFile(Path.Combine(Real, "jiangsu-gaojirenminfayuan-2019-budget.pdf")).Document;
        var procurement = jiangsu.Table(TableKind.GovernmentProcurement)!;
        procurement.Notes.Should().Equal(
            "注：1.采购组织形式为：集中采购、部门集中采购和分散采购。",
            "2.采购品目名称根据《政府采购品目分类目录》（财库[2013]189号）规定品目名称填写。");
        var operating = jiangsu.Table(TableKind.OperatingExpenses)!;
        operating.Notes.Should().HaveCount(2);
        operating.Notes[0].Should().StartWith("注：1.“机关运行经费”指行政单位").And.Contain("基本支出中的日常公用经费支出，包括办公及印刷费");
        jiangsu.Narrative.Should().Contain(s => s.Title == "第三部分2019年度部门预算情况说明" && s.Page == 17, "the part heading after the notes ends them");
        jiangsu.Narrative.Should().NotContain(s => s.Title == "前言");

        var final = PdfDisclosureReader.ReadFile(Path.Combine(Real, "shanghai-putuo-shehuigongzuobu-2024-final.pdf")).Document;
        final.Table(TableKind.GovernmentFundExpenditure)!.Notes.Should().HaveCount(3)
            .And.EndWith("说明：中共上海市普陀区委社会工作部本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。");
        final.Narrative.Should().NotContain(s => s.Title == "前言");
    }

    [Fact]
    public void Glossary_entries_are_paragraphs_of_their_part_not_sections()
    {
        var final = PdfDisclosureReader.ReadFile(Path.Combine(Real, "shanghai-putuo-shehuigongzuobu-2024-final.pdf")).Document;
        var glossary = final.Narrative.Single(s => s.Title == "第四部分名词解释");
        glossary.Page.Should().Be(23);
        glossary.Text.Should().Contain("一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款");
        final.Narrative.Should().NotContain(s => s.Title.Contains("：指", StringComparison.Ordinal));
        final.Narrative.Should().Contain(s => s.Number == "十一" && s.Title == "其他重要事项的情况说明");
    }

    [Theory]
    [InlineData("jiangsu-gaojirenminfayuan-2019-budget.pdf", "江苏省高级人民法院", "第一部分部门概况")]
    [InlineData("shanghai-putuo-shehuigongzuobu-2024-final.pdf", "中共上海市普陀区委社会工作部", "第一部分中共上海市普陀区委社会工作部概况")]
    public void The_cover_names_the_department_and_is_not_a_narrative_section(string file, string department, string firstSection)
    {
        var document = PdfDisclosureReader.ReadFile(Path.Combine(Real, file)).Document;

        document.Department.Name.Should().Be(department);
        document.Narrative.Should().NotContain(s => s.Page == 1);
        document.Narrative[0].Title.Should().Be(firstSection);
    }

    [Fact]
    public void Jiangsu_2019_three_public_table_reads_its_unit_printed_on_two_lines_and_its_stacked_header()
    {
        var result = Jiangsu2019;
        var t = result.Document.Table(TableKind.ThreePublicExpenses)!;

        t.Unit.Should().Be(MoneyUnit.TenThousandYuan); // 单位：万 / 元
        result.Notices.Should().NotContain(n => n.Message.Contains("没有印出单位", StringComparison.Ordinal));
        // 因公出 / 国（境） / 费 is one name on three lines; “三公”经费 is printed over 公务用车购置及运行维护费 only.
        t.Columns.Select(c => c.Name).Should().Equal("合计", "小计", "因公出国（境）费", "小计", "公务用车购置费", "公务用车运行维护费",
            "公务接待费", "会议费", "培训费");
        t.Columns.Select(c => c.Group).Should().Equal(null, "“三公”经费", "“三公”经费", "公务用车购置及运行维护费",
            "公务用车购置及运行维护费", "公务用车购置及运行维护费", "“三公”经费", null, null);
        var cells = t.Rows.Should().ContainSingle().Which.Cells.Select(c => c.ToString());
        cells.Should().Equal("2382.02", "513.75", "160.00", "266.80", string.Empty, "266.80", "86.95", "271.02", "1597.25");
    }

    [Fact]
    public void Jiangsu_2019_summary_reads_its_two_expenditure_lists_printed_side_by_side()
    {
        // 收支预算总表 (公开01表, page 8): the 支出 side lists its classes by function (功能科目名称 金额) and, beside them on
        // the same lines, by purpose (项目名称 金额), each list with its 金额; 当年支出小计 … 37,188.34 spans both and is
        // the first list's.
        var t = Jiangsu2019.Document.Table(TableKind.IncomeExpenditureSummary)!;
        string Figure(string label, TableSide side, string column = "预算数") => t.Cell(t.FindRow(label, side)!, column).ToString();

        t.Columns.Select(c => (c.Name, c.Side)).Should().Equal(
            ("预算数", TableSide.Income), ("预算数", TableSide.Expenditure), ("支出用途", TableSide.Expenditure));
        t.Rows.Where(r => r.Side == TableSide.Income).Select(r => r.Label).Should().Equal(
            "一、财政拨款", "1.一般公共预算", "2.政府性基金预算", "二、财政专户管理资金", "三、其他资金", "当年收入小计", "上年结转资金", "收入合计");
        var expenditure = t.Rows.Where(r => r.Side == TableSide.Expenditure).Select(r => r.Label).ToList();
        expenditure.Should().HaveCount(27);
        expenditure[..21].Should().StartWith("一、一般公共服务支出").And.Contain("七、文化旅游体育与传媒支出").And.EndWith("二十一、其他支出");
        expenditure[21..].Should().Equal("当年支出小计", "结转下年资金", "支出合计", "一、基本支出", "二、项目支出", "三、单位预留机动经费");

        Figure("一、财政拨款", TableSide.Income).Should().Be("37188.34");
        Figure("1.一般公共预算", TableSide.Income).Should().Be("37188.34");
        Figure("当年收入小计", TableSide.Income).Should().Be("37188.34");
        Figure("收入合计", TableSide.Income).Should().Be("37188.34");
        t.FindRow("一、一般公共服务支出", TableSide.Expenditure)!.Cells.Should().OnlyContain(c => c.IsBlank);
        Figure("四、公共安全支出", TableSide.Expenditure).Should().Be("27488.23");
        Figure("八、社会保障和就业支出", TableSide.Expenditure).Should().Be("2355.65");
        Figure("十八、住房保障支出", TableSide.Expenditure).Should().Be("7344.46");
        Figure("一、基本支出", TableSide.Expenditure, "支出用途").Should().Be("21968.00");
        Figure("二、项目支出", TableSide.Expenditure, "支出用途").Should().Be("10208.94");
        Figure("三、单位预留机动经费", TableSide.Expenditure, "支出用途").Should().Be("5011.40");
        Figure("一、基本支出", TableSide.Expenditure).Should().BeEmpty("the 支出用途 list's amounts are not the 功能分类 list's");
        Figure("当年支出小计", TableSide.Expenditure).Should().Be("37188.34");
        Figure("支出合计", TableSide.Expenditure).Should().Be("37188.34");
        Figure("支出合计", TableSide.Expenditure, "支出用途").Should().BeEmpty();
    }

    [Fact]
    public void Jiangsu_2019_fiscal_summary_reads_the_caption_over_its_expenditure_side_as_no_column()
    {
        // 财政拨款收支预算总表 (公开04表, page 10): 支出用途 is printed over the 支出 side's 项目名称 and 金额.
        var t = Jiangsu2019.Document.Table(TableKind.FiscalAppropriationSummary)!;
        string Figure(TableRow r) => t.Cell(r, "预算数").ToString();

        t.Columns.Select(c => (c.Name, c.PrintedName, c.Side)).Should().Equal(
            ("预算数", "金额", TableSide.Income), ("预算数", "金额", TableSide.Expenditure));
        t.Rows.Where(r => r.Side == TableSide.Income).Select(r => (r.Label, Figure(r))).Should().Equal(
            ("一、一般公共预算", "37188.34"), ("二、政府性基金预算", string.Empty), ("收入合计", "37188.34"));
        t.Rows.Where(r => r.Side == TableSide.Expenditure).Select(r => (r.Label, Figure(r))).Should().Equal(
            ("一、基本支出", "21968.00"), ("二、项目支出", "10208.94"), ("三、单位预留机动经费", "5011.40"), ("支出合计", "37188.34"));
    }

    [Fact]
    public void Jiangsu_2019_income_table_reads_its_fund_groups_as_an_outline()
    {
        // 收入预算总表 (公开02表, page 9): each 资金 group's name is printed once, left of its rows and centred on them
        // (一般公共预算资金 on the line of 公共财政拨款（补助）资金, 上年结转和结余资金 between its two rows); each group
        // starts with its 小计, and the amounts sit a few points below their names.
        var t = Jiangsu2019.Document.Table(TableKind.IncomeSummary)!;

        t.Columns.Select(c => c.Name).Should().Equal("预算数");
        t.Rows.Select(r => (r.Label, r.Cells[0].ToString(), r.Depth)).Should().Equal(
            ("收入总计", "37188.34", 0),
            ("一般公共预算资金小计", "37188.34", 1), ("公共财政拨款（补助）资金", "37188.34", 2), ("专项收入", string.Empty, 2),
            ("政府性基金小计", string.Empty, 1),
            ("财政专户管理资金小计", string.Empty, 1), ("专户管理教育收费", string.Empty, 2), ("其他非税收入", string.Empty, 2),
            ("其他资金小计", string.Empty, 1), ("事业收入", string.Empty, 2), ("经营收入", string.Empty, 2), ("其他收入", string.Empty, 2),
            ("债务资金（银行贷款）", string.Empty, 2),
            ("上年结转和结余资金小计", string.Empty, 1), ("其中：动用上年结转和结余资金", string.Empty, 2));
        Jiangsu2019.Notices.Should().NotContain(n => n.Message.Contains("收入预算总表", StringComparison.Ordinal));
    }

    [Fact]
    public void Jiangsu_2019_procurement_table_keeps_its_name_columns_apart_and_its_outline()
    {
        var t = Jiangsu2019.Document.Table(TableKind.GovernmentProcurement)!;

        // 采购品目大 / 类 is one header; the five name columns are text columns, not part of the rows' names.
        t.Columns.Select(c => (c.Name, c.Type)).Should().Equal(
            ("采购品目大类", ColumnType.Text), ("专项名称", ColumnType.Text), ("经济科目", ColumnType.Text),
            ("采购物品名称", ColumnType.Text), ("采购组织形式", ColumnType.Text), ("合计", ColumnType.Amount));
        string Text(TableRow r, string column) => r.Cells[t.ColumnIndex(column)].ToString();
        string Amount(TableRow r) => r.Cells[t.ColumnIndex("合计")].ToString();

        var total = t.Rows[0];
        (total.Label, Amount(total), total.Depth).Should().Be(("合计", "5227.59", 0));
        var goods = t.Rows.Single(r => r.Label == "一、货物A");
        (Amount(goods), goods.Depth).Should().Be(("1637.72", 1));
        // 信息网络及软件购 / 置更新 is printed above and below its row's line, in the 经济科目 column.
        var network = t.Rows.Single(r => r.Label == "信息网络建设费");
        (Text(network, "经济科目"), Amount(network), network.Depth).Should().Be(("信息网络及软件购置更新", "966.50", 2));
        var desktops = t.Rows.Single(r => r.Label == "台式计算机（20万以上）");
        (Text(desktops, "采购组织形式"), Amount(desktops), desktops.Depth).Should().Be(("政府集中采购", "99.00", 3));
        // One cell on the page, two columns: 机关后勤保障经费 劳务费.
        var logistics = t.Rows.Single(r => r.Label == "机关后勤保障经费");
        (Text(logistics, "经济科目"), Amount(logistics)).Should().Be(("劳务费", "360.00"));

        t.Rows.Where(r => r.Depth == 1).Select(r => (r.Label, Amount(r))).Should().Equal(
            ("一、货物A", "1637.72"), ("二、工程B", "530.00"), ("三、服务C", "3059.87"));
        t.Rows.Should().HaveCount(61);
        t.Rows.Count(r => r.Depth == 3).Should().Be(32, "every item under its project, including the continuation page");
    }
}
