using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>
/// Issue 11, nothing read is silently lost: a row printed twice with other figures, and a second table of a kind, were
/// read and never looked at (exit 0). Both now reach the findings; the sample itself, which has neither, is unchanged.
/// </summary>
public sealed class RepeatedReadingTests
{
    private static readonly RulePack Pack = RulePack.Standard(DisclosureKind.Budget);

    private static Disclosure Read(IEnumerable<string> lines) => DisclosureTextReader.Read(string.Join('\n', lines), "edited.txt").Document;

    private static IEnumerable<DocumentFindings> BothWays(Disclosure document) => [Pack.Check(document), new CompiledPack(Pack).Check(document)];

    [Fact]
    public void A_three_public_item_printed_again_with_another_figure_is_a_warning()
    {
        var lines = Sample.Lines.ToList();
        var at = lines.FindIndex(l => l.StartsWith("8\t三、公务接待费", StringComparison.Ordinal));
        lines.Insert(at + 1, "8\t三、公务接待费\t99.00\t99.00\t\t");
        foreach (var findings in BothWays(Read(lines)))
        {
            var repeat = findings.Findings.Where(f => f.RuleId == "ROW-REPEAT").Should().ContainSingle().Which;
            repeat.Severity.Should().Be(Severity.Warning);
            repeat.Message.Should().Be($"表中同一行只印一次：《部门预算财政拨款“三公”经费支出表》的“三、公务接待费”印了两次（第 {at + 1} 行和第 {at + 2} 行），金额不同（0.73、0.73 / 99.00、99.00）；各项检查只读第一行，请核对哪一行是对的");
            repeat.Cells.Select(c => c.Value).Should().Equal(0.73m, 0.73m, 99.00m, 99.00m);
        }
    }

    [Fact]
    public void A_coded_row_printed_again_with_the_same_figures_is_no_finding()
    {
        var lines = Sample.Lines.ToList();
        var at = lines.FindIndex(l => l.Contains("\t30101\t基本工资\t", StringComparison.Ordinal));
        lines.Insert(at + 1, lines[at]);
        Pack.Check(Read(lines)).Findings.Should().NotContain(f => f.RuleId == "ROW-REPEAT");
    }

    [Fact]
    public void Numbered_items_repeated_under_another_heading_are_not_repeats()
    {
        // The sample's 财政拨款收支总表 numbers the 结转 items 一、二、三、 again, legitimately.
        Pack.Check(Sample.Import.Document).Findings.Should().NotContain(f => f.RuleId == "ROW-REPEAT");
    }

    [Fact]
    public void A_second_table_of_a_kind_is_checked_like_the_first()
    {
        var lines = Sample.Lines.ToList();
        var start = lines.FindIndex(l => l == "## 部门预算一般公共预算财政拨款基本支出表");
        var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        var copy = lines[start..end].Select(l => l.Contains("\t30101\t基本工资\t", StringComparison.Ordinal) ? l.Replace("\t274.14\t274.14", "\t9274.14\t274.14", StringComparison.Ordinal) : l).ToList();
        lines.InsertRange(end, copy);
        var document = Read(lines);
        document.Tables.Count(t => t.Kind == TableKind.GeneralBudgetBasicExpenditure).Should().Be(2);
        foreach (var findings in BothWays(document))
        {
            var errors = findings.Findings.Where(f => f.Severity == Severity.Error).ToList();
            errors.Select(f => f.RuleId).Should().Equal("BE-CLASS", "BE-ROW");
            errors.Should().OnlyContain(f => f.Message.EndsWith($"（本文件第 2 张一般公共预算财政拨款基本支出表，第 {end + 1} 行）", StringComparison.Ordinal));
            errors[1].Message.Should().StartWith("基本支出表：合计等于人员经费加公用经费（30101 基本工资）：9274.14 ≠ 274.14万元");
            findings.Passed.Should().NotContain(["BE-CLASS", "BE-ROW"]);
        }
    }

    [Fact]
    public void The_command_line_exits_1_on_a_broken_second_table()
    {
        var lines = Sample.Lines.ToList();
        var start = lines.FindIndex(l => l == "## 部门预算一般公共预算财政拨款基本支出表");
        var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        lines.InsertRange(end, lines[start..end].Select(l => l.Replace("\t274.14\t274.14", "\t9274.14\t274.14", StringComparison.Ordinal)).ToList());
        var path = Path.Combine(Path.GetTempPath(), $"govbudget-second-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, string.Join('\n', lines));
        try
        {
            TestSupport.Cli.Run("check", path).Code.Should().Be(1);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Twenty_thousand_copies_of_a_class_row_are_refused_by_the_row_limit_at_once()
    {
        // Issue 11: 20,000 duplicated 类 rows took 61 s to check (every rule compares rows with rows).
        var lines = Sample.Lines.ToList();
        var at = lines.FindIndex(l => l.StartsWith("2\t201\t一般公共服务支出\t1265.48\t959.64", StringComparison.Ordinal));
        lines.InsertRange(at + 1, Enumerable.Repeat(lines[at], 20_000));
        var path = Path.Combine(Path.GetTempPath(), $"govbudget-rows-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, string.Join('\n', lines));
        try
        {
            var (code, _, err) = TestSupport.Cli.Run("check", path);
            code.Should().Be(2);
            err.Trim().Should().EndWith(": the table '部门预算支出总表' has 20,022 rows; a table has at most 5,000 rows").And.NotContain("\n");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
