using GovBudget.Documents;

namespace GovBudget.Tests.Names;

/// <summary>How a printed title is matched, and the year and department it prints (issue 12).</summary>
public sealed class TitleMatchingTests
{
    [Theory]
    [InlineData("收支预算总表")]
    [InlineData("一、2017 年度江苏省高级人民法院部门收支预算总表")] // ordinal, spaced year, department
    [InlineData("公开01表：收支预算总表")]                         // form number on the title's line
    [InlineData("公开 01 表 收支预算总表")]
    [InlineData("附表3 收支预算总表")]
    [InlineData("表1：收支预算总表")]
    [InlineData("（一）收支预算总表")]
    [InlineData("ＸＸ局 收支预算总表")]                             // full width
    [InlineData("“收支预算总表”")]                                // quotes
    public void A_numbered_spaced_or_quoted_title_names_its_kind(string title) =>
        TableKind.FromTitle(title).Should().BeSameAs(TableKind.IncomeExpenditureSummary);

    [Theory]
    [InlineData("财政拨款支出预算表(功能科目)")]
    [InlineData("财政拨款支出预算表（功能科目）")]
    [InlineData("财政拨款支出预算表（一般公共预算）")] // a trailing qualifier no title has
    public void Half_and_full_width_brackets_compare_equal(string title) =>
        TableKind.FromTitle(title).Should().BeSameAs(TableKind.FiscalAppropriationExpenditure);

    [Fact]
    public void The_longest_known_title_wins()
    {
        TableKind.FromTitle("部门预算财政拨款收支总表").Should().BeSameAs(TableKind.FiscalAppropriationSummary);
        TableKind.FromTitle("财政拨款政府性基金支出预算表").Should().BeSameAs(TableKind.GovernmentFundExpenditure);
        TableKind.FromTitle("部门预算收支情况总表").Should().BeNull();
    }

    [Theory]
    [InlineData("一、2017 年度江苏省高级人民法院部门收支预算总表", 2017, "江苏省高级人民法院")]
    [InlineData("2017年度江苏省高级人民法院部门收支预算总表", 2017, "江苏省高级人民法院")]
    [InlineData("公开01表：2019年江苏省人民检察院部门收入预算总表", 2019, "江苏省人民检察院")]
    [InlineData("石家庄市数据资源管理局2023年部门预算收支总表", 2023, "石家庄市数据资源管理局")]
    [InlineData("2018年政府采购预算表", 2018, null)]
    [InlineData("部门预算收支总表", null, null)]
    [InlineData("十一、一般公共预算“三公”经费、会议费、培训费支出预算表", null, null)]
    [InlineData("江苏省委办公厅财政拨款支出预算表（一般公共预算）", null, "江苏省委办公厅")]
    [InlineData("1、办公设备购置绩效目标表", null, null)] // a 绩效目标表 is titled by its project
    [InlineData("未知的表", null, null)]
    public void A_title_keeps_the_year_and_department_it_prints(string title, int? year, string? department) =>
        DisclosureNames.Default.PrintedParts(title).Should().Be((year, department));
}
