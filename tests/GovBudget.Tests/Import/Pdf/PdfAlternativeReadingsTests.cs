using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Import.Pdf;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// The alternative readings of an ambiguous table on hand-placed pages (x ranges and baselines as a 一般公共预算支出表
/// prints them, 10 pt): a code printed in parts or alone with its name wrapped around it, a misprinted code, a row's
/// figures printed a line above its code and name, a header line under the first row. The reading whose structure is
/// clean is kept and a notice says so; a wrong figure is still a plain error; without a clean reading the sign stays.
/// </summary>
public sealed class PdfAlternativeReadingsTests
{
    // 合计 105 = 201 100 + 208 5; 基本支出 65 = 60 + 5; 项目支出 40.
    private static readonly PdfTextLine[] Head =
    [
        Cells(760, ("2023年部门一般公共预算支出功能分类预算表", 200, 400)),
        Cells(740, ("部门名称：某局", 60, 130), ("单位：万元", 480, 530)),
        Cells(720, ("科目编码", 60, 100), ("科目名称", 150, 190), ("合计", 300, 320), ("基本支出", 380, 420), ("项目支出", 460, 500)),
    ];

    private static readonly PdfTextLine[] General =
    [
        Cells(700, ("合计", 150, 170), ("105.00", 290, 322), ("65.00", 395, 422), ("40.00", 475, 502)),
        Cells(680, ("201", 60, 75), ("一般公共服务支出", 150, 230), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
        Cells(660, ("20101", 60, 85), ("人大事务", 150, 190), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
        Cells(640, ("2010101", 60, 95), ("行政运行", 150, 190), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
        Cells(620, ("208", 60, 75), ("社会保障和就业支出", 150, 240), ("5.00", 300, 322), ("5.00", 400, 422)),
    ];

    [Fact]
    public void A_code_printed_in_parts_whose_name_wraps_is_read_as_one_code()
    {
        // 208 05 and 20805 05, each name printed half above and half below its line of figures.
        var (table, notices) = Read(
        [
            .. Head, .. General,
            Cells(605, ("行政事业单位养老", 150, 230)),
            Cells(600, ("208 05", 60, 90), ("5.00", 300, 322), ("5.00", 400, 422)),
            Cells(595, ("支出", 150, 170)),
            Cells(585, ("机关事业单位基本养", 150, 240)),
            Cells(580, ("20805 05", 60, 100), ("5.00", 300, 322), ("5.00", 400, 422)),
            Cells(575, ("老保险缴费支出", 150, 230)),
        ]);

        Rows(table).Should().Equal(
            "合计|合计|105|65|40", "201|一般公共服务支出|100|60|40", "20101|人大事务|100|60|40", "2010101|行政运行|100|60|40",
            "208|社会保障和就业支出|5|5|", "20805|行政事业单位养老支出|5|5|", "2080505|机关事业单位基本养老保险缴费支出|5|5|");
        table.HasSigns.Should().BeFalse();
        notices.Should().Contain(n => n.Page == 1 && n.Message == "第 1 页：表“2023年部门一般公共预算支出功能分类预算表”中编码栏里的“208 05”按拆开印的一个编码 20805 读取（其名称折行印在上下行），不读作编码 208 和金额")
            .And.Contain(n => n.Message.Contains("“20805 05”按拆开印的一个编码 2080505 读取", StringComparison.Ordinal));
        Check(table).Where(f => f.Cells.Count > 0).Should().BeEmpty();
    }

    [Fact]
    public void A_wrong_figure_in_a_table_read_so_is_a_plain_error()
    {
        // As above, the 项's 合计 printed 4.00 where its 基本支出 is 5.00.
        var (table, _) = Read(
        [
            .. Head, .. General,
            Cells(600, ("20805", 60, 85), ("行政事业单位养老支出", 150, 250), ("5.00", 300, 322), ("5.00", 400, 422)),
            Cells(585, ("机关事业单位基本养", 150, 240)),
            Cells(580, ("208 05 05", 60, 105), ("4.00", 300, 322), ("5.00", 400, 422)),
            Cells(575, ("老保险缴费支出", 150, 230)),
        ]);

        table.Rows.Single(r => r.Code?.ToString() == "2080505").Label.Should().Be("机关事业单位基本养老保险缴费支出");
        table.HasSigns.Should().BeFalse();
        var findings = Check(table).Where(f => f.Cells.Count > 0).ToList();
        findings.Should().Contain(f => f.RuleId == "GB-ROW" && f.Severity == Severity.Error && f.Cells.Any(c => c.Row == "2080505"));
        findings.Should().Contain(f => f.RuleId == "GB-SECTION" && f.Severity == Severity.Error && f.Cells.Any(c => c.Row == "20805"));
        findings.Should().OnlyContain(f => !f.Uncertain);
    }

    [Fact]
    public void A_code_printed_alone_with_its_name_wrapped_around_it_is_the_rows_code_not_an_amount()
    {
        // The 2024 决算 template: 20199 in the code column, 其他一般公共服务支 / 出 above and below it, no figures.
        var (table, notices) = Read(
        [
            .. Head, .. General[..4],
            Cells(625, ("其他一般公共服务支", 150, 240)),
            Cells(620, ("20199", 60, 85)),
            Cells(615, ("出", 150, 160)),
        ]);

        table.Rows.Should().Contain(r => r.Code.ToString() == "20199" && r.Label == "其他一般公共服务支出" && r.Cells.All(c => c.IsBlank));
        table.HasSigns.Should().BeFalse();
        notices.Should().Contain(n => n.Message.EndsWith("中编码栏里的“20199”按该行的编码读取（其名称折行印在上下行），不读作金额", StringComparison.Ordinal));
    }

    [Fact]
    public void A_code_printed_on_the_line_above_its_rows_name_and_figures_is_that_rows_code()
    {
        var (table, notices) = Read(
        [
            .. Head, .. General[..3],
            Cells(645, ("2010101", 60, 95)),
            Cells(635, ("行政运行", 150, 190), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
        ]);

        Rows(table).Should().Equal("合计|合计|105|65|40", "201|一般公共服务支出|100|60|40", "20101|人大事务|100|60|40", "2010101|行政运行|100|60|40");
        table.HasSigns.Should().BeFalse();
        notices.Should().Contain(n => n.Message.EndsWith("中编码栏里的“2010101”印在“行政运行  100.00  60.00  40.00”的上一行，按该行的编码 2010101 读取", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misprinted_code_is_reported_with_its_page_and_its_parts_are_not_read_as_amounts()
    {
        // 7 11 02 where 210 11 02 was meant, and 301 2 before a name.
        var (table, notices) = Read(
        [
            .. Head,
            Cells(700, ("合计", 150, 170), ("10.00", 295, 322), ("10.00", 395, 422)),
            Cells(680, ("210", 60, 75), ("卫生健康支出", 150, 210), ("10.00", 295, 322), ("10.00", 395, 422)),
            Cells(660, ("21011", 60, 85), ("行政事业单位医疗", 150, 230), ("10.00", 295, 322), ("10.00", 395, 422)),
            Cells(640, ("7 11 02", 60, 95), ("行政单位医疗", 150, 210), ("10.00", 295, 322), ("10.00", 395, 422)),
            Cells(620, ("301 2", 60, 85), ("津贴补贴", 150, 190), ("3.00", 300, 322), ("3.00", 400, 422)),
        ]);

        Rows(table).Should().Equal(
            "合计|合计|10|10|", "210|卫生健康支出|10|10|", "21011|行政事业单位医疗|10|10|", "|行政单位医疗|10|10|", "|津贴补贴|3|3|");
        table.HasSigns.Should().BeFalse();
        notices.Should().Contain(n => n.Page == 1 && n.Message.Contains("编码“7 11 02”印错了，不是有效的科目编码（各段位数为 1、2、2，类、款、项应为 3、2、2 位）", StringComparison.Ordinal))
            .And.Contain(n => n.Message.Contains("编码“301 2”印错了", StringComparison.Ordinal));
        var findings = Check(table).Where(f => f.Cells.Count > 0).ToList();
        findings.Should().OnlyContain(f => f.RuleId == "NM-CODE-MISPRINT", "the code's parts are no amounts, so no sum is off");
        findings.Select(f => (f.Severity, f.Message)).Should().Equal(
            (Severity.Error, "表中的科目编码是有效的编码：《2023年部门一般公共预算支出功能分类预算表》第 1 页“行政单位医疗”一行的编码印成“7 11 02”，不是有效的科目编码；这一行按没有编码读取，不计入任何类、款、项，请核对应为哪个编码"),
            (Severity.Error, "表中的科目编码是有效的编码：《2023年部门一般公共预算支出功能分类预算表》第 1 页“津贴补贴”一行的编码印成“301 2”，不是有效的科目编码；这一行按没有编码读取，不计入任何类、款、项，请核对应为哪个编码"));
        findings[0].Cells.Select(c => (c.Label, c.Column, c.Value, c.Page)).Should().Equal(("行政单位医疗", "合计", 10m, 1), ("行政单位医疗", "基本支出", 10m, 1));
        table.Rows.Select(r => r.MisprintedCode).Should().Equal(null, null, null, "7 11 02", "301 2");
    }

    [Fact]
    public void A_misprinted_code_is_an_error_in_the_text_json_and_html_reports()
    {
        var document = MisprintedDocument();
        var path = Path.Combine(Path.GetTempPath(), $"misprint-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, GovBudget.Serialization.DisclosureJson.Serialize(document));
        try
        {
            const string Message = "《2023年部门一般公共预算支出功能分类预算表》第 1 页“行政单位医疗”一行的编码印成“7 11 02”，不是有效的科目编码";
            var (code, text, _) = TestSupport.Cli.Run("check", path);
            code.Should().Be(1);
            text.Should().Contain("[错误] NM-CODE-MISPRINT").And.Contain(Message);

            var (_, json, _) = TestSupport.Cli.Run("check", path, "--format", "json");
            using var parsed = System.Text.Json.JsonDocument.Parse(json);
            var finding = parsed.RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray()
                .Single(f => f.GetProperty("rule").GetString() == "NM-CODE-MISPRINT");
            finding.GetProperty("severity").GetString().Should().Be("error");
            finding.GetProperty("message").GetString().Should().Contain(Message);
            finding.GetProperty("page").GetInt32().Should().Be(1);

            var (_, html, _) = TestSupport.Cli.Run("check", path, "--format", "html");
            html.Should().Contain("data-rule=\"NM-CODE-MISPRINT\"").And.Contain("印成“7 11 02”");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_misprinted_code_survives_govbudget_json_and_a_valid_code_has_none()
    {
        var document = MisprintedDocument();

        var json = GovBudget.Serialization.DisclosureJson.Serialize(document);

        json.Should().Contain("\"misprintedCode\": \"7 11 02\"").And.NotContain("\"misprintedCode\": null");
        GovBudget.Serialization.DisclosureJson.Deserialize(json).Tables[0].Rows.Select(r => r.MisprintedCode).Should().Equal(null, null, "7 11 02");
    }

    [Fact]
    public void A_rows_figures_printed_a_line_above_its_code_and_name_are_read_on_that_row()
    {
        // Each row's line of figures is printed above its code and name; the 201 line prints its 合计 only.
        var (table, notices) = Read(
        [
            .. Head,
            Cells(705, ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
            Cells(695, ("合计", 150, 170)),
            Cells(685, ("60.00", 395, 422), ("40.00", 475, 502)),
            Cells(675, ("201", 60, 75), ("一般公共服务支出", 150, 230), ("100.00", 290, 322)),
            Cells(665, ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
            Cells(655, ("20101", 60, 85), ("人大事务", 150, 190)),
            Cells(645, ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
            Cells(635, ("2010101", 60, 95), ("行政运行", 150, 190)),
        ]);

        Rows(table).Should().Equal("合计|合计|100|60|40", "201|一般公共服务支出|100|60|40", "20101|人大事务|100|60|40", "2010101|行政运行|100|60|40");
        table.HasSigns.Should().BeFalse();
        notices.Should().Contain(n => n.Message.EndsWith("中没有名称的一行金额（60.00  40.00）印在“201  一般公共服务支出  100.00”的上一行，按该行的金额读取", StringComparison.Ordinal));
        Check(table).Where(f => f.Cells.Count > 0).Should().BeEmpty();
    }

    [Fact]
    public void A_wrong_figure_printed_a_line_above_its_row_is_a_plain_error()
    {
        // 20101's 合计 printed 90.00 where its 基本支出 60.00 and 项目支出 40.00 make 100.00.
        var (table, _) = Read(
        [
            .. Head,
            Cells(705, ("合计", 150, 170), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
            Cells(685, ("201", 60, 75), ("一般公共服务支出", 150, 230), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
            Cells(665, ("90.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
            Cells(655, ("20101", 60, 85), ("人大事务", 150, 190)),
            Cells(645, ("2010101", 60, 95), ("行政运行", 150, 190), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
        ]);

        Rows(table).Should().Contain("20101|人大事务|90|60|40");
        table.HasSigns.Should().BeFalse();
        var findings = Check(table).Where(f => f.Cells.Count > 0).ToList();
        findings.Should().Contain(f => f.RuleId == "GB-ROW" && f.Severity == Severity.Error && f.Cells.Any(c => c.Row == "20101"))
            .And.Contain(f => f.RuleId == "GB-CLASS" && f.Severity == Severity.Error)
            .And.OnlyContain(f => !f.Uncertain);
    }

    [Fact]
    public void Figures_that_fit_the_row_above_and_below_go_where_the_table_adds_up()
    {
        // 60.00 under 基本支出 between two 项 that print their 合计: only on 2010101 is 合计 = 基本支出 + 项目支出.
        var (table, notices) = Read(
        [
            .. Head,
            Cells(700, ("合计", 150, 170), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
            Cells(680, ("20101", 60, 85), ("人大事务", 150, 190), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
            Cells(660, ("2010101", 60, 95), ("行政运行", 150, 190), ("60.00", 290, 322)),
            Cells(650, ("60.00", 395, 422)),
            Cells(640, ("2010102", 60, 95), ("一般行政管理事务", 150, 230), ("40.00", 290, 322), ("40.00", 475, 502)),
        ]);

        Rows(table).Should().Contain("2010101|行政运行|60|60|").And.Contain("2010102|一般行政管理事务|40||40");
        table.HasSigns.Should().BeFalse();
        notices.Should().Contain(n => n.Message.EndsWith("的下一行，按该行的金额读取（上下两行都可以，按表内的加总关系选定）", StringComparison.Ordinal));
    }

    [Fact]
    public void Figures_between_two_rows_that_add_up_either_way_stay_a_row_with_its_sign()
    {
        // 201 and 20101 print no figures; the line between them fits both, and either way one of them stays blank.
        var (table, notices) = Read(
        [
            .. Head,
            Cells(700, ("合计", 150, 170), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
            Cells(680, ("201", 60, 75), ("一般公共服务支出", 150, 230)),
            Cells(670, ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
            Cells(660, ("20101", 60, 85), ("人大事务", 150, 190)),
            Cells(640, ("2010101", 60, 95), ("行政运行", 150, 190), ("100.00", 290, 322), ("60.00", 395, 422), ("40.00", 475, 502)),
        ]);

        table.Rows.Should().ContainSingle(r => r.Code == null && r.Label.Length == 0)
            .Which.Signs.Should().Contain(s => s.Kind == ReadingSignKind.FiguresWithoutLabel);
        notices.Should().NotContain(n => n.Message.Contains("按该行的金额读取", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_header_line_under_the_first_row_is_read_as_header(bool letterSpaced)
    {
        // 类 款 项 printed under the header as the Shanghai tables do, after a line of figures ended the header.
        PdfTextLine header = letterSpaced
            ? Cells(690, ("类  款  项", 60, 110))
            : Cells(690, ("类", 60, 70), ("款", 80, 90), ("项", 100, 110));
        var (table, notices) = Read([.. Head, General[0], header, .. General[1..4]]);

        Rows(table).Should().Equal("合计|合计|105|65|40", "201|一般公共服务支出|100|60|40", "20101|人大事务|100|60|40", "2010101|行政运行|100|60|40");
        table.Rows.Should().OnlyContain(r => r.Signs.IsEmpty);
        notices.Should().Contain(n => n.Page == 1 && n.Message.Contains("是表头的字样（类、款、项），按表头读取，不读作数据行", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("208 05 05", "2080505")]
    [InlineData("208 05", "20805")]
    [InlineData("20805 05", "2080505")]
    [InlineData("301 01", "30101")]
    [InlineData("20799", "20799")]
    [InlineData("7 11 02", null)]
    [InlineData("301 2", null)]
    [InlineData("20 805", null)]
    [InlineData("301 01 01", null)]
    [InlineData("711 02", null)]
    public void Digit_groups_make_a_code_only_when_split_by_level(string printed, string? code)
    {
        var joined = PdfAlternativeReadings.TryJoinCode(printed.Split(' '), out var parsed, out var why);

        joined.Should().Be(code is not null);
        (joined ? parsed.ToString() : null).Should().Be(code);
        if (!joined)
        {
            why.Should().NotBeEmpty("the notice of a misprint says why it is none");
        }
    }

    // Each row as code|name|合计|基本支出|项目支出 (a blank cell empty).
    // A table whose 210 11 02 is printed 7 11 02, as a document of its own.
    private static Disclosure MisprintedDocument()
    {
        var (table, _) = Read(
        [
            .. Head,
            Cells(700, ("合计", 150, 170), ("10.00", 295, 322), ("10.00", 395, 422)),
            Cells(680, ("210", 60, 75), ("卫生健康支出", 150, 210), ("10.00", 295, 322), ("10.00", 395, 422)),
            Cells(640, ("7 11 02", 60, 95), ("行政单位医疗", 150, 210), ("10.00", 295, 322), ("10.00", 395, 422)),
        ]);
        return new Disclosure(new Department(null, "某局"), new FiscalYear(2023), DisclosureKind.Budget, [table], []);
    }

    private static List<string> Rows(BudgetTable table) =>
        [.. table.Rows.Select(r => string.Join('|', [r.Code?.ToString() ?? (r.Label == "合计" ? "合计" : string.Empty), r.Label, .. r.Cells.Select(c => c.Number?.ToDecimal().ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)]))];

    private static (BudgetTable Table, List<ImportNotice> Notices) Read(IReadOnlyList<PdfTextLine> lines)
    {
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 595, lines);
        return (parser.Finish().Table(TableKind.GeneralBudgetExpenditure)!, parser.Notices);
    }

    private static IReadOnlyList<GovBudget.Rules.Findings.Finding> Check(BudgetTable table) =>
        RulePack.Standard(DisclosureKind.Budget)
            .Check(new Disclosure(new Department(null, "某局"), new FiscalYear(2023), DisclosureKind.Budget, [table], []))
            .Findings;

    private static PdfTextLine Cells(double baseline, params (string Text, double Left, double Right)[] cells) =>
        new(1, baseline, 10, [.. cells.Select(c => new PdfCell(c.Text, c.Left, c.Right))]);
}
