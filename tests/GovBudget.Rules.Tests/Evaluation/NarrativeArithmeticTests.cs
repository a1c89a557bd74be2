using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>
/// The arithmetic a narrative states in its own sentences. The sentences are quoted from the real documents
/// (tests/GovBudget.Tests/TestData/real/README.md gives their sources and the defects found in them by hand).
/// </summary>
public sealed class NarrativeArithmeticTests
{
    private static readonly RulePack Pack = RulePack.Standard(DisclosureKind.FinalAccount);

    private static IReadOnlyList<Findings.Finding> Check(params string[] paragraphs)
    {
        var document = new Disclosure(new Department(null, "测试部门"), new FiscalYear(2024), DisclosureKind.FinalAccount, [],
            paragraphs.Select((p, i) => new NarrativeSection((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "说明", p, i + 10)));
        return Pack.Check(document).Findings.Where(f => f.RuleId.StartsWith("NA-", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public void Correct_growth_rates_pass_jiangsu_2019()
    {
        Check(
            "一般公共预算收入预算 37188.34 万元，与上年相比增加 4016.19 万元，增长 12.11%。",
            "此外，基本支出预算数为 21968 万元。与上年相比增加 3397.18 万元，增长 18.29%。",
            "项目支出预算数为 10208.94 万元。与上年相比减少 1134.33 万元，减少 10%。",
            "法院（款）案件执行（项）支出 775 万元，与上年相比减少 175 万元，减少 18.42%，主要原因是案件执行专项业务经费的支出预算安排减少。")
            .Should().BeEmpty();
    }

    [Fact]
    public void A_wrong_growth_rate_is_an_error()
    {
        var finding = Check("一般公共预算收入预算 37188.34 万元，与上年相比增加 4016.19 万元，增长 12.31%。").Should().ContainSingle().Which;
        finding.RuleId.Should().Be("NA-GROWTH");
        finding.Severity.Should().Be(Severity.Error);
        finding.Actual.Should().Be(12.31m);
        finding.Expected.Should().Be(12.11m);
        finding.Message.Should().Contain("上年 33172.15 万元，增加 4016.19 万元，幅度应为 12.1071%，文中为 12.31%");
    }

    [Fact]
    public void A_new_item_has_no_growth_rate_to_check()
    {
        Check("中共上海市普陀区委社会工作部 2024 年度收入支出总计 307.82 万元。与 2023 年度相比，收入支出总计增加 307.82 万元，增长 100.00%。")
            .Should().BeEmpty();
    }

    [Fact]
    public void Shares_against_a_stated_total_pass_and_a_misrounded_share_is_a_warning()
    {
        Check("一般公共预算收入 37188.34 万元，占 100%；基本支出 21968 万元，占 59.07%；项目支出 10208.94 万元，占 27.45%；单位预留机动经费 5011.4 万元，占 13.48%；")
            .Should().BeEmpty();
        var finding = Check("一般公共预算财政拨款支出 307.82 万元，主要用于以下方面：一般公共服务支出（类）264.87 万元，占 86.05%；社会保障和就业支出（类）10.82 万元，占 3.52%；卫生健康支出（类）2.71 万元，占 0.88%；住房保障支出（类）29.42 万元，占 9.55%。")
            .Should().ContainSingle().Which;
        finding.RuleId.Should().Be("NA-SHARE");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Contain("29.42 ÷ 307.82 = 9.5575%，四舍五入为 9.56%，文中为 9.55%");
        finding.Cells.Single().Label.Should().Contain("住房保障支出（类）29.42万元，占9.55%");
    }

    [Fact]
    public void A_completion_rate_measured_against_the_wrong_budget_is_an_error()
    {
        var finding = Check("一般公共预算财政拨款支出年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%。")
            .Should().ContainSingle().Which;
        finding.RuleId.Should().Be("NA-COMPLETION");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Contain("年初预算为 0 万元，95.89% 是 307.82 ÷ 321.02，按全年预算计算");
        Check("行政运行（项）。年初预算为 52 万元，全年预算为 52 万元，支出决算为 51.32 万元，完成全年预算的 98.69%。").Should().BeEmpty();
    }

    [Fact]
    public void The_sample_and_documents_without_a_narrative()
    {
        // The sample's narrative states one 其中 list and no growth rate, share, completion rate or 项 figure: the checks
        // of those examined nothing, so they did not apply (never "passed"), each saying what it looks for.
        var sample = RulePack.Standard(DisclosureKind.Budget).Check(Sample.Import.Document);
        sample.Passed.Should().Contain(["NA-EMPTY-NOTE", "NA-PARTS"]);
        sample.NotApplicableReasons.Where(r => r.Rule.StartsWith("NA-", StringComparison.Ordinal))
            .Select(r => (r.Rule, r.Reason)).Should().Equal(
                ("NA-ITEM", Findings.NotApplicableReason.PhraseAbsent), ("NA-GROWTH", Findings.NotApplicableReason.PhraseAbsent),
                ("NA-SHARE", Findings.NotApplicableReason.PhraseAbsent), ("NA-COMPLETION", Findings.NotApplicableReason.PhraseAbsent),
                ("NA-REPEAT", Findings.NotApplicableReason.PhraseAbsent));
        sample.NotApplicableReasons.Single(r => r.Rule == "NA-GROWTH").Detail.Should().Contain("与上年相比增加/减少");
        var bare = new Disclosure(new Department(null, "x"), new FiscalYear(2024), DisclosureKind.Budget, [], []);
        RulePack.Standard(DisclosureKind.Budget).Check(bare).NotApplicableReasons.Where(r => r.Rule.StartsWith("NA-", StringComparison.Ordinal))
            .Should().HaveCount(7).And.OnlyContain(r => r.Reason == Findings.NotApplicableReason.NarrativeAbsent && r.Detail == "文件没有情况说明");
        RulePack.Parse("rule A error \"t\" table 基本支出表 check 301 > 0.0").ChecksNarrativeArithmetic.Should().BeFalse();
    }

    [Fact]
    public void An_empty_table_whose_note_names_the_other_fund_is_a_warning()
    {
        // The note printed under the Shanghai 2025 budget's empty 国有资本经营预算 table, word for word.
        const string CarriedOver = "注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。";
        var columns = new[] { new TableColumn("合计", "合计", 1, null, TableSide.None, ColumnType.Amount) };
        Disclosure With(string fundNote, string capitalNote) => new(new Department(null, "上海市普陀区财政局"), new FiscalYear(2025), DisclosureKind.Budget,
            [
                new BudgetTable(TableKind.GovernmentFundExpenditure, "2025年部门政府性基金预算支出功能分类预算表", Amounts.MoneyUnit.Yuan, columns, [], [fundNote]),
                new BudgetTable(TableKind.StateCapitalExpenditure, "2025年部门国有资本经营预算支出功能分类预算表", Amounts.MoneyUnit.Yuan, columns, [], [capitalNote]),
            ],
            [new NarrativeSection(null, "说明", "无", 1)]);

        // Two tables of nine: PUB-TABLES rightly reports the seven others; this test is about the notes.
        var finding = RulePack.Standard(DisclosureKind.Budget).Check(With(CarriedOver, CarriedOver)).Findings
            .Where(f => f.RuleId != "PUB-TABLES").Should().ContainSingle().Which;
        finding.RuleId.Should().Be("NA-EMPTY-NOTE");
        finding.Severity.Should().Be(Severity.Warning);
        finding.TableTitle.Should().Be("2025年部门国有资本经营预算支出功能分类预算表");
        finding.Message.Should().Contain("说的是政府性基金预算，不是国有资本经营预算");
        RulePack.Standard(DisclosureKind.Budget).Check(With(CarriedOver, "注:本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。"))
            .Findings.Where(f => f.RuleId != "PUB-TABLES").Should().BeEmpty();
    }

    private static IReadOnlyList<Findings.Finding> Parts(params string[] paragraphs) =>
        Check(paragraphs).Where(f => f.RuleId == "NA-PARTS").ToList();

    [Fact]
    public void A_list_whose_shares_make_the_whole_must_add_up_to_its_total()
    {
        // Jiangsu 2019: 21968 + 10208.94 + 5011.4 = 37188.34, and 59.07% + 27.45% + 13.48% = 100%.
        const string Jiangsu = "江苏省高级人民法院本年支出预算合计37188.34万元，其中：基本支出21968万元，占59.07%；项目支出10208.94万元，占27.45%；单位预留机动经费5011.4万元，占13.48%。";
        Parts(Jiangsu).Should().BeEmpty();

        var finding = Parts(Jiangsu.Replace("10208.94万元", "10108.94万元", StringComparison.Ordinal)).Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Expected.Should().Be(37188.34m);
        finding.Actual.Should().Be(37088.34m);
        finding.Message.Should().Contain("21968万元 + 10108.94万元 + 5011.4万元 = 37088.34 万元，总数为 37188.34 万元，各项之和不等于总数");
        finding.Cells.Single().Label.Should().StartWith("江苏省高级人民法院本年支出预算合计37188.34万元，其中");
    }

    [Fact]
    public void The_three_sangong_parts_make_the_whole_and_a_parenthesised_sub_list_is_not_a_part()
    {
        // Shijiazhuang 2023, word for word: 0 + 5.8 + 0.73 = 6.53; the （其中：…） inside is the 5.8 broken down again.
        const string Sangong = "2023年，我部门财政拨款“三公”经费预算安排6.53万元，其中：因公出国（境）费0万元，与上年持平；公务用车购置及运维费5.8万元（其中：公务用车购置费0万元，公务用车运行维护费5.8万元），与上年持平；公务接待费0.73万元，较上年减少0.05万元。";
        Parts(Sangong).Should().BeEmpty();

        var short_ = Parts(Sangong.Replace("公务接待费0.73万元", "公务接待费0.63万元", StringComparison.Ordinal)).Should().ContainSingle().Which;
        short_.Severity.Should().Be(Severity.Error, "the three parts are the whole of 三公 even when they fall short of it");
        short_.Actual.Should().Be(6.43m);
    }

    [Fact]
    public void Goods_works_and_services_make_the_whole_of_procurement()
    {
        // Shanghai 2025: 17.00 + 0 + 100.00 = 117.00.
        const string Procurement = "2025年度本单位政府采购预算117.00万元，其中：政府采购货物预算17.00万元、政府采购工程预算0万元、政府采购服务预算100.00万元。";
        Parts(Procurement).Should().BeEmpty();
        Parts(Procurement.Replace("服务预算100.00万元", "服务预算90.00万元", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Message.Should().Contain("17.00万元 + 0万元 + 90.00万元 = 107 万元，总数为 117.00 万元");
    }

    [Fact]
    public void A_list_of_projects_as_many_as_the_sentence_counts_must_add_up_to_their_budget()
    {
        // Shanghai 2025: 项目共4个, 598.46 = 418.80 + 10.00 + 166.66 + 3.00.
        const string Projects = "2025年度，本单位编报绩效目标的项目共4个，涉及项目预算资金598.46万元。其中：中介机构服务费418.80万元，财政业务费10.00万元，信息化系统日常维护费166.66万元，援滇干部工作经费3.00万元。";
        Parts(Projects).Should().BeEmpty();

        var finding = Parts(Projects.Replace("166.66万元", "156.66万元", StringComparison.Ordinal)).Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Error, "four projects counted, four listed: the list is the whole, and it falls short");
        finding.Message.Should().EndWith("各项之和不等于总数");
        Parts(Projects.Replace("共4个", "共5个", StringComparison.Ordinal).Replace("166.66万元", "156.66万元", StringComparison.Ordinal))
            .Should().BeEmpty("five counted and four listed: the list is not the whole, and falling short proves nothing");
    }

    [Fact]
    public void An_incomplete_list_may_fall_short_but_never_exceed_its_total()
    {
        // Shijiazhuang 2023: 基本支出 alone (项目支出 is not listed), then 包括 … 和 … is the 基本支出 broken down again.
        Parts("2023年部门支出预算为65559.38万元，其中基本支出1259.54万元，包括人员经费1130.81万元和日常公用经费128.73万元。").Should().BeEmpty();
        Parts("2023年预算收入65559.38万元，其中：一般公共预算收入65559.38万元，基金预算收入0万元，国有资本经营预算收入0万元。").Should().BeEmpty();

        var finding = Parts("2023年预算收入65559.38万元，其中：一般公共预算收入65559.38万元，基金预算收入10万元，国有资本经营预算收入0万元。")
            .Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().EndWith("各项之和超过总数");
    }

    [Fact]
    public void A_comparison_with_last_year_inside_the_list_is_not_a_part()
    {
        // Shanghai 2025: 比2024年预算增加107.62万元 qualifies 财政拨款收入; counted as a part, the list would exceed 3,121.42.
        Parts("2025年，上海市普陀区财政局收入预算3,121.42万元，其中：财政拨款收入3,121.42万元，比2024年预算增加107.62万元；事业收入0万元；事业单位经营收入0万元；其他收入0万元。")
            .Should().BeEmpty();
    }

    [Fact]
    public void A_difference_within_rounding_in_a_complete_list_is_a_warning()
    {
        // Shanghai 2024 final, with 项目支出 printed one cent off: 105.58 + 202.25 = 307.83 against 307.82.
        var finding = Parts("本年支出合计307.82万元，其中：基本支出105.58万元，占34.30%；项目支出202.25万元，占65.70%。").Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Contain("差额在舍位误差以内");
        Parts("本年支出合计307.82万元，其中：基本支出105.58万元，占34.30%；项目支出202.24万元，占65.70%。").Should().BeEmpty();
    }

    [Fact]
    public void The_lists_of_the_real_jiangsu_pdf_add_up_and_a_changed_part_is_found_on_its_page()
    {
        var document = RealPdf.Import(RealPdf.Jiangsu2019).Document;
        var pack = RulePack.Standard(DisclosureKind.Budget);
        pack.Check(document).Passed.Should().Contain("NA-PARTS");

        var changed = DocumentEditor.WithNarrative(document, "单位预留机动经费5011.4万元", "单位预留机动经费5111.4万元");
        var finding = pack.Check(changed).Findings.Should().ContainSingle(f => f.RuleId == "NA-PARTS").Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Expected.Should().Be(37188.34m);
        finding.Actual.Should().Be(37288.34m);
        finding.Page.Should().BeGreaterThan(0);
    }

    [Fact]
    public void One_item_stated_twice_with_two_amounts_is_an_error_naming_both_places()
    {
        // Shanghai 2025 prints its items 7–11 twice (pages 7 and 8), with the same amounts: consistent.
        const string Item = "10.住房保障支出（类）住房改革支出（款）住房公积金（项）204.91万元，主要用于缴纳在职人员住房公积金。";
        Check(Item, Item).Where(f => f.RuleId == "NA-REPEAT").Should().BeEmpty();
        Check(Item, Item.Replace("204.91万元", "2049097元", StringComparison.Ordinal)).Where(f => f.RuleId == "NA-REPEAT")
            .Should().BeEmpty("2,049,097 元 is 204.9097 万元, which rounds to 204.91 万元");
        Check(Item, Item.Replace("204.91万元", "2049197元", StringComparison.Ordinal)).Should().ContainSingle(f => f.RuleId == "NA-REPEAT")
            .Which.Severity.Should().Be(Severity.Warning, "the table's 2,049,197 元 is 204.92 万元 rounded: 204.91 was cut, not a wrong figure");

        var finding = Check(Item, Item.Replace("204.91万元", "240.91万元", StringComparison.Ordinal))
            .Should().ContainSingle(f => f.RuleId == "NA-REPEAT").Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Expected.Should().Be(204.91m);
        finding.Actual.Should().Be(240.91m);
        finding.Message.Should().Contain("：住房保障支出（类）住房改革支出（款）住房公积金（项） 在“10.住房保障支出（类）住房改革支出（款）住房公积金（项）204.91万元")
            .And.Contain("中为 240.91 万元");
        finding.Cells.Select(c => c.Row).Should().Equal("1", "2");
    }

    [Fact]
    public void The_real_items_printed_twice_agree_and_a_changed_copy_is_found_on_page_8()
    {
        var document = RealPdf.Import(RealPdf.Shanghai2025).Document;
        var pack = RulePack.Standard(DisclosureKind.Budget);
        pack.Check(document).Passed.Should().Contain("NA-REPEAT");

        var section = document.Narrative.Single(s => s.Title == "2025年部门预算编制说明");
        var second = section.Text.LastIndexOf("204.91万元", StringComparison.Ordinal);
        second.Should().BeGreaterThan(section.Text.IndexOf("204.91万元", StringComparison.Ordinal));
        var changed = DocumentEditor.WithSectionText(document, section, section.Text[..second] + "240.91万元" + section.Text[(second + "204.91万元".Length)..]);

        var finding = pack.Check(changed).Findings.Should().ContainSingle(f => f.RuleId == "NA-REPEAT").Which;
        finding.Cells.Select(c => c.Page).Should().Equal(7, 8);
        finding.Cells.Select(c => c.Value).Should().Equal(204.91m, 240.91m);
    }
}
