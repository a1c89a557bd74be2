using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>
/// Every check that does not apply says why, with a detail a reader can act on, and both engines say the same: on the
/// sample (samples/, provenance in its README) and on rules written to miss what it prints.
/// </summary>
public sealed class NotApplicableReasonTests
{
    private static Disclosure Doc => Sample.Import.Document;

    private static NotApplicableCheck Why(string rules, Disclosure? document = null)
    {
        var pack = RulePack.Parse(rules);
        var interpreted = pack.Check(document ?? Doc);
        var compiled = new CompiledPack(pack).Check(document ?? Doc);
        compiled.NotApplicableReasons.Should().Equal(interpreted.NotApplicableReasons, "both engines give the same reasons");
        interpreted.NotApplicable.Should().Equal(interpreted.NotApplicableReasons.Select(r => r.Rule));
        return interpreted.NotApplicableReasons.Should().ContainSingle().Which;
    }

    [Fact]
    public void A_table_the_document_does_not_print_names_the_titles_it_was_looked_for_under()
    {
        var why = Why("rule A error \"机关运行\" table 机关运行经费支出表 check \"合计\" == 0.0");
        why.Reason.Should().Be(NotApplicableReason.TableAbsent);
        why.ReasonName.Should().Be("table-absent");
        why.Detail.Should().Be("文件没有《机关运行经费支出表》（按以下表名查找：机关运行经费支出表、一般公共预算机关运行经费支出预算表、机关运行经费支出预算表）");
    }

    [Fact]
    public void A_row_label_the_table_does_not_print_is_named_with_the_table()
    {
        var why = Why("rule A error \"合计\" table 基本支出表 check \"合计x\" == sum(类)");
        why.Reason.Should().Be(NotApplicableReason.RowAbsent);
        why.Detail.Should().Be("《部门预算一般公共预算财政拨款基本支出表》没有“合计x”行（是不是“合计”？）");
    }

    [Fact]
    public void A_column_the_table_does_not_print_lists_the_columns_it_does()
    {
        var why = Why("rule A error \"决算\" table 基本支出表 column 决算数 check 301 == sum(children(301))");
        why.Reason.Should().Be(NotApplicableReason.ColumnAbsent);
        why.Detail.Should().Be("《部门预算一般公共预算财政拨款基本支出表》没有“决算数”列（表中的列：合计、人员经费、公用经费）");
    }

    [Fact]
    public void A_phrase_the_narrative_never_states_is_quoted()
    {
        var why = Why("rule A error \"说明\" table 基本支出表 check text(\"不在文中的说法\", \"也不在\") == 1.0");
        why.Reason.Should().Be(NotApplicableReason.PhraseAbsent);
        why.Detail.Should().Be("情况说明没有在“不在文中的说法”或“也不在”之后写出金额");
    }

    [Fact]
    public void A_document_without_a_narrative_says_so()
    {
        var bare = new Disclosure(Doc.Department, Doc.Year, Doc.Kind, Doc.Tables, []);
        var why = Why("rule A error \"说明\" table 基本支出表 check text(\"支出预算为\") == 1.0", bare);
        why.Reason.Should().Be(NotApplicableReason.NarrativeAbsent);
        why.Detail.Should().Be("文件没有情况说明");
    }

    [Fact]
    public void A_year_the_catalog_has_no_edition_for_says_so()
    {
        var old = new Disclosure(Doc.Department, new FiscalYear(2010), Doc.Kind, Doc.Tables, Doc.Narrative);
        var why = Why("rule A warning \"目录\" table 基本支出表 for each c in 类 check name(c) == catalogname(c)", old);
        why.Reason.Should().Be(NotApplicableReason.CatalogAbsent);
        why.Detail.Should().Be("科目目录没有 2010 年的版本");
    }

    [Fact]
    public void A_division_by_zero_says_so()
    {
        var why = Why("rule A error \"比例\" table 基本支出表 check 301 / 0.0 == 1.0");
        why.Reason.Should().Be(NotApplicableReason.DivisionByZero);
        why.Detail.Should().Be("除数为 0，无从计算");
    }
}
