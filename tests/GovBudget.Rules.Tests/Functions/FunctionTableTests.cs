using GovBudget.Documents;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Functions;
using GovBudget.Rules.Tests.Compilation;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Functions;

/// <summary>The function table: every function one entry, read alike by the binder, both engines and the docs.</summary>
public sealed class FunctionTableTests : InEnglish
{
    // One call of every function on the sample's 基本支出表 (合计) and its value, checked on the printed sample
    // (30302 退休费 16.70, 30309 奖励金 1.79). A function added to the table without a call here fails the tests below.
    private static readonly Dictionary<string, (string Call, string Value)> Calls = new(StringComparer.Ordinal)
    {
        ["sum"] = ("sum(children(303))", "18.49"),
        ["count"] = ("count(children(303))", "2"),
        ["min"] = ("min(children(303))", "1.79"),
        ["max"] = ("max(children(303))", "16.70"),
        ["avg"] = ("avg(children(303))", "9.245"),
        ["abs"] = ("abs(30309 - 30302)", "14.91"),
        ["round"] = ("round(30302 / 3.0, 1)", "5.6"),
        ["exists"] = ("exists(30309)", "true"),
        ["text"] = ("text(\"基本支出\")", "1259.54"),
        ["name"] = ("name(30309)", "奖励金"),
        ["commonname"] = ("commonname(30309)", "奖励金"),
        ["label"] = ("label(30309)", "奖励金"),
        ["catalogname"] = ("catalogname(30309)", "奖励金"),
        ["defines"] = ("not defines(\"机关运行经费\")", "true"), // the sample's 名词解释 does not define it
    };

    private static Disclosure Doc => Sample.Import.Document;

    private static string Eval(string expression) =>
        Evaluator.Evaluate(Doc, expression, Doc.Table(TableKind.GeneralBudgetBasicExpenditure), "合计");

    [Fact]
    public void Every_function_has_one_entry_under_one_name()
    {
        Enum.GetValues<BuiltinFunction>().Select(f => FunctionTable.Of(f).Function).Should().Equal(Enum.GetValues<BuiltinFunction>());
        FunctionTable.All.Select(f => f.Function).Should().OnlyHaveUniqueItems().And.HaveCount(Enum.GetValues<BuiltinFunction>().Length);
        FunctionTable.All.Select(f => f.Name).Should().OnlyHaveUniqueItems();
        FunctionTable.All.Should().AllSatisfy(f => FunctionTable.Find(f.Name).Should().BeSameAs(f));
        Binder.FunctionNames.Should().Contain(FunctionTable.All.Select(f => f.Name));
    }

    [Fact]
    public void Every_function_binds_and_gives_its_value_on_the_sample()
    {
        Calls.Keys.Should().BeEquivalentTo(FunctionTable.All.Select(f => f.Name), "every entry needs a call here");
        foreach (var (name, (call, value)) in Calls)
        {
            Eval(call).Should().Be(value, $"{name}: {call}");
        }
    }

    [Fact]
    public void Every_function_with_an_emission_compiles_and_agrees_with_the_interpreter()
    {
        foreach (var entry in FunctionTable.All.Where(f => f.Result != BoundType.Text))
        {
            var (call, value) = Calls[entry.Name];
            // One rule that holds on the sample and one that fails on it, so both engines decide a pass and a finding.
            var (holds, fails) = entry.Result == BoundType.Boolean
                ? (call, $"not {call}")
                : ($"{call} == {Literal(value)}", $"{call} != {Literal(value)}");
            var pack = RulePack.Parse(
                $"rule HOLDS error \"t\" table 基本支出表 check {holds}\nrule FAILS error \"t\" table 基本支出表 check {fails}\n", "t.rules");
            var compiled = new CompiledPack(pack);
            compiled.CompiledCount.Should().Be(entry.Emit is null ? 0 : 2, $"{entry.Name} {(entry.Emit is null ? "has no emission" : "is compiled")}");
            var interpreted = pack.Check(Doc);
            interpreted.Passed.Should().Equal(new[] { "HOLDS", "ROW-REPEAT", "NM-CODE-MISPRINT" }, entry.Name);
            interpreted.Findings.Should().ContainSingle(entry.Name).Which.RuleId.Should().Be("FAILS");
            CompiledPackTests.SameFindings(compiled.Check(Doc), interpreted);
        }
    }

    // A plain number has a decimal point (2 is a code).
    private static string Literal(string value) => value.Contains('.', StringComparison.Ordinal) ? value : value + ".0";

    [Fact]
    public void The_docs_list_every_function_from_the_table()
    {
        var docs = File.ReadAllText(Repository.Path("docs", "rules-language.md")).ReplaceLineEndings("\n");
        const string Begin = "<!-- functions: begin (generated from FunctionTable) -->\n";
        const string End = "<!-- functions: end -->";
        var start = docs.IndexOf(Begin, StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "docs/rules-language.md marks the list of functions");
        var end = docs.IndexOf(End, start, StringComparison.Ordinal);
        docs[(start + Begin.Length)..end].Should().Be(FunctionTable.Markdown(), "the docs' list is FunctionTable.Markdown(), pasted between the markers");
    }

    [Fact]
    public void Every_kind_of_bound_node_is_bound_and_evaluated_by_the_tests()
    {
        // The interpreter is a visitor, so a new kind of node does not compile until it is handled; this makes sure
        // each kind is also evaluated here (a node type no rule produces would be dead code).
        var kinds = typeof(BoundExpr).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(BoundExpr)) && !t.IsAbstract).ToList();
        var pack = RulePack.Parse(
            "rule ALL error \"t\" table 基本支出表\n"
            + "    check (if true then -301 else abs(302)) <= 0.0 and name(30309) == commonname(30309) and not exists(30106)\n"
            + "        and text(\"基本支出\") == \"合计\"\n", "t.rules");
        BoundTree.Nodes(pack.Rules.Single()).Select(n => n.GetType()).Distinct().Should().BeEquivalentTo(kinds);
        pack.Check(Doc).Passed.Should().Equal("ALL", "ROW-REPEAT", "NM-CODE-MISPRINT");
    }

    [Theory]
    [InlineData("avg(301, 302)", "620.525")] // (1112.32 + 302's 128.73) / 2
    [InlineData("avg(children(303), 30302)", "11.73")] // (16.70 + 1.79 + 16.70) / 3: sets and numbers mix
    [InlineData("avg(1.0, 2.0)", "1.5")] // plain numbers stay plain
    [InlineData("avg(\"合计\"[人员经费], 302[人员经费])", "565.405")] // 302 prints no 人员经费: a blank cell is zero
    [InlineData("avg(301, 302) * 2.0 == 301 + 302", "true")]
    [InlineData("avg(children(303)) <= max(children(303)) and avg(children(303)) >= min(children(303))", "true")]
    public void Avg_is_the_mean_of_its_numbers_and_cells(string expression, string value) =>
        Eval(expression).Should().Be(value);

    [Fact]
    public void Avg_of_no_cell_does_not_apply_in_either_engine()
    {
        var pack = RulePack.Parse("rule EMPTY error \"t\" table 基本支出表 check avg(30106..30106) == 0.0", "t.rules");
        var interpreted = pack.Check(Doc);
        interpreted.NotApplicableReasons.Should().ContainSingle().Which.Reason.Should().Be(NotApplicableReason.RowAbsent);
        new CompiledPack(pack).CompiledCount.Should().Be(1);
        CompiledPackTests.SameFindings(new CompiledPack(pack).Check(Doc), interpreted);
    }

    [Fact]
    public void A_mean_compiled_code_cannot_hold_exactly_is_decided_by_the_interpreter()
    {
        // 1259.54 / 3 = 419.8466…: not a whole number of 0.0001 元, so the compiled code leaves it to the interpreter.
        var pack = RulePack.Parse(
            "rule NEAR error \"t\" table 基本支出表 tolerance 0.01 check avg(类) == 419.85\n"
            + "rule FAR error \"t\" table 基本支出表 tolerance 0.01 check avg(类) == 419.80\n", "t.rules");
        var compiled = new CompiledPack(pack);
        compiled.CompiledCount.Should().Be(2);
        var interpreted = pack.Check(Doc);
        interpreted.Passed.Should().Equal("NEAR", "ROW-REPEAT", "NM-CODE-MISPRINT");
        interpreted.Findings.Should().ContainSingle().Which.RuleId.Should().Be("FAR");
        CompiledPackTests.SameFindings(compiled.Check(Doc), interpreted);
    }

    [Theory]
    [InlineData("avgg(301) == 302", "t.rules:1:36: unknown function 'avgg' (did you mean 'avg'?); expected one of abs, avg,")]
    [InlineData("avg() == 302", "t.rules:1:36: avg takes 1 argument or more, found 0")]
    [InlineData("avg(name(301)) == 302", "t.rules:1:40: avg takes numbers and sets of rows, found text")]
    public void A_wrong_call_is_a_located_error(string check, string message) =>
        ((Action)(() => RulePack.Parse($"rule A error \"t\" table 基本支出表 check {check}", "t.rules")))
            .Should().Throw<RuleLoadException>().Which.Diagnostics.Should().ContainSingle().Which.ToString().Should().StartWith(message);
}
