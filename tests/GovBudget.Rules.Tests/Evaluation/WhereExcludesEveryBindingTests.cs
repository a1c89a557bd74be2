using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.Localization;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>
/// A rule whose where excludes every binding checked nothing: it did not apply (<c>where-false</c>), in the interpreter
/// and in compiled code alike (a document, a dataset's department on the fast path). A rule with no binding at all
/// still passes, and one binding the where keeps is enough to apply. On the sample (its 支出总表 prints 类, 款 and 项).
/// </summary>
public sealed class WhereExcludesEveryBindingTests
{
    private static Disclosure Doc => Sample.Import.Document;

    private static RulePack Pack(string where, string quantifier = "for each c in 项") => RulePack.Parse($"""
        rule W error "t"
            table 支出总表
            {quantifier}
            where {where}
            check c == sum(children(c))
        """);

    private static IEnumerable<DocumentFindings> BothEngines(RulePack pack)
    {
        var compiled = new CompiledPack(pack);
        compiled.CompiledCount.Should().Be(1, "the rule runs as compiled code, not in the interpreter alone");
        yield return pack.Check(Doc);
        yield return compiled.Check(Doc);
        var dense = DenseDocument.FromDisclosure(Doc);
        yield return compiled.Check(dense);
        yield return compiled.CheckFast(dense) ?? throw new InvalidOperationException("the fast path must report a rule that did not apply");
    }

    [Theory]
    [InlineData("exists(children(c))")]   // decided on the shape: compiled code never hands a binding over
    [InlineData("c[合计] < 0.0")]          // a comparison that fails exactly: each binding goes to the interpreter
    [InlineData("exists(children(c)) and c[合计] > 0.0")]
    public void A_where_that_excludes_every_binding_does_not_apply(string where)
    {
        foreach (var result in BothEngines(Pack(where)))
        {
            result.Passed.Should().NotContain("W");
            // A dense document also has ROW-REPEAT and NM-CODE-MISPRINT not applicable: it prints no table.
            result.NotApplicableReasons.Where(r => r.Rule == "W").Should().ContainSingle().Which.Should().Be(
                new NotApplicableCheck("W", NotApplicableReason.WhereFalse, "where 条件不成立：没有一处满足条件，无可检查"));
            result.NotApplicableReasons.Single(r => r.Rule == "W").ReasonName.Should().Be("where-false");
        }
    }

    [Fact]
    public void The_reason_is_written_in_the_run_s_language()
    {
        using (MessageLanguages.Use(MessageLanguage.English))
        {
            foreach (var result in BothEngines(Pack("exists(children(c))")))
            {
                result.NotApplicableReasons.Single(r => r.Rule == "W").Detail.Should().Be("its where condition holds for no binding: nothing to check");
            }
        }
    }

    [Fact]
    public void One_binding_the_where_keeps_is_enough_to_apply()
    {
        // The 款 that have 项, and the one 类 that has 款 and is printed with figures: the rule checks them.
        foreach (var quantifier in new[] { "for each c in 款", "for each c in 类" })
        {
            var pack = Pack("exists(children(c))", quantifier);
            var compiled = new CompiledPack(pack);
            pack.Check(Doc).Passed.Should().Equal("W", "ROW-REPEAT", "NM-CODE-MISPRINT");
            compiled.Check(Doc).Passed.Should().Equal("W", "ROW-REPEAT", "NM-CODE-MISPRINT");
            compiled.CheckFast(DenseDocument.FromDisclosure(Doc)).Should().BeNull("every binding holds");
        }
    }

    [Fact]
    public void A_where_on_a_rule_with_no_binding_at_all_still_passes()
    {
        // No 项 has children: there is nothing to bind, which is not the same as a where that excludes what is bound.
        var pack = Pack("exists(c)", "for each c in children(2010301)");
        pack.Check(Doc).Passed.Should().Equal("W", "ROW-REPEAT", "NM-CODE-MISPRINT");
        new CompiledPack(pack).Check(Doc).Passed.Should().Equal("W", "ROW-REPEAT", "NM-CODE-MISPRINT");
    }

    [Fact]
    public void A_failing_binding_the_where_keeps_is_still_a_finding()
    {
        var table = Doc.Table(TableKind.ExpenditureSummary)!;
        var total = table.ColumnIndex("合计");
        var klass = table.Rows.First(r => r.Code is { Level: CodeLevel.Class } && table.Rows.Any(c => c.Code is { } k && k.Parent == r.Code));
        var changed = DocumentEditor.WithCell(Doc, table, klass, total, Cell.FromNumber(klass.Cells[total].Number!.Value + Amount.Parse("1")));
        var pack = Pack("exists(children(c))", "for each c in 类");
        var interpreted = pack.Check(changed);
        interpreted.Findings.Should().ContainSingle(f => f.RuleId == "W");
        interpreted.NotApplicable.Should().BeEmpty();
        Compilation.CompiledPackTests.SameFindings(new CompiledPack(pack).Check(changed), interpreted);
    }
}
