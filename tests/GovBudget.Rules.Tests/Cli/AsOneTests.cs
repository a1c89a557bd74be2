using System.Text.Json;
using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Cli;

/// <summary><c>check a.pdf b.pdf --as-one</c>: a Jiangsu disclosure published as 公开表 (tables) and 公开文件 (情况说明).</summary>
public sealed class AsOneTests
{
    private const string Tables2019 = "jiangsu-more/jiangsu-shengweibangongting-2019-budget-tables.pdf";
    private const string Narrative2019 = "jiangsu-more/jiangsu-shengweibangongting-2019-budget.pdf";

    private static readonly string[] AcrossFiles = ["NR-INCOME", "NR-GENERAL-INCOME", "NR-EXPENDITURE", "NR-BASIC", "NR-PROJECT", "NR-BASIC-PARTS"];

    [Fact]
    public void The_narrative_checks_apply_across_the_tables_of_one_file_and_the_text_of_the_other()
    {
        var (alone, aloneOut, _) = TestSupport.Cli.Run("check", RealPdf.Path(Tables2019), "--format", "json");
        var (code, output, error) = TestSupport.Cli.Run("check", RealPdf.Path(Tables2019), RealPdf.Path(Narrative2019), "--as-one", "--format", "json");

        alone.Should().Be(0);
        using var aloneJson = JsonDocument.Parse(aloneOut);
        NotApplicable(aloneJson.RootElement.GetProperty("documents")[0]).Should().Contain(AcrossFiles);
        error.Should().BeEmpty();
        code.Should().Be(0); // every finding on this pair is a 待核实 warning or a rounding warning (checked on the pages)
        using var json = JsonDocument.Parse(output);
        var documents = json.RootElement.GetProperty("documents");
        documents.GetArrayLength().Should().Be(1);
        var doc = documents[0];
        NotApplicable(doc).Should().NotContain(AcrossFiles);
        doc.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).Should()
            .Equal("jiangsu-shengweibangongting-2019-budget-tables.pdf", "jiangsu-shengweibangongting-2019-budget.pdf");
        doc.GetProperty("source").GetString().Should().Contain("budget-tables.pdf").And.Contain(" + ");
        var cells = doc.GetProperty("findings").EnumerateArray().SelectMany(f => f.GetProperty("cells").EnumerateArray()).ToList();
        cells.Should().NotBeEmpty();
        cells.Select(c => File(c)).Should().NotContainNulls();
        cells.Where(c => c.GetProperty("table").GetString() == "情况说明").Should().NotBeEmpty()
            .And.OnlyContain(c => File(c) == "jiangsu-shengweibangongting-2019-budget.pdf");
        cells.Where(c => c.GetProperty("table").GetString() != "情况说明" && File(c) != "jiangsu-shengweibangongting-2019-budget-tables.pdf")
            .Should().BeEmpty("a table's cell is the tables file's (A_finding_across_the_two_files_names_each_cell_by_its_file)");
    }

    [Fact]
    public void A_finding_across_the_two_files_names_each_cell_by_its_file()
    {
        // The pair's tables agree with its 情况说明: a rule made to fail (the narrative's 收入预算 below the table's
        // 本年收入合计, which it equals) gives a finding resting on a cell of each file.
        var dir = Directory.CreateTempSubdirectory("govbudget-asone-").FullName;
        try
        {
            var rules = Path.Combine(dir, "across.rules");
            System.IO.File.WriteAllText(rules, "rule ACROSS warning \"x\"\n    table 收支总表\n    check text(\"年预算收入\", \"收入预算\") < 收入:\"本年收入合计\"\n");
            var (_, output, error) = TestSupport.Cli.Run(
                "check", RealPdf.Path(Tables2019), RealPdf.Path(Narrative2019), "--as-one", "--rules", rules, "--format", "json");

            error.Should().BeEmpty();
            using var json = JsonDocument.Parse(output);
            var finding = json.RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray()
                .Should().ContainSingle().Subject;
            finding.GetProperty("cells").EnumerateArray().Select(c => (c.GetProperty("table").GetString(), File(c))).Should().BeEquivalentTo(
            [
                ("情况说明", "jiangsu-shengweibangongting-2019-budget.pdf"),
                ("收支总表", "jiangsu-shengweibangongting-2019-budget-tables.pdf"),
            ]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_text_report_names_both_files_and_without_as_one_the_files_are_two_documents()
    {
        var (_, one, _) = TestSupport.Cli.Run("check", RealPdf.Path(Tables2019), RealPdf.Path(Narrative2019), "--as-one");
        var (_, two, _) = TestSupport.Cli.Run("check", RealPdf.Path(Tables2019), RealPdf.Path(Narrative2019), "--format", "json");

        one.Split('\n')[0].Should().Contain("jiangsu-shengweibangongting-2019-budget-tables.pdf + ").And.EndWith("jiangsu-shengweibangongting-2019-budget.pdf");
        using var json = JsonDocument.Parse(two);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        documents.Should().HaveCount(2);
        documents.Select(d => d.TryGetProperty("sources", out var _)).Should().Equal(false, false);
    }

    [Fact]
    public void Files_of_different_departments_are_an_unusable_input_naming_both_files_and_what_differs()
    {
        var (code, _, error) = TestSupport.Cli.Run("check", RealPdf.Path(Tables2019),
            RealPdf.Path("jiangsu-more/jiangsu-zhengxiebangongting-2019-budget-tables.pdf"), "--as-one");

        code.Should().Be(2);
        error.Should().Contain("jiangsu-shengweibangongting-2019-budget-tables.pdf").And.Contain("jiangsu-zhengxiebangongting-2019-budget-tables.pdf")
            .And.Contain("部门不同（中共江苏省委办公厅 与 江苏省政协办公厅）");
    }

    [Fact]
    public void The_long_and_short_forms_of_a_department_name_are_one_department()
    {
        var narrative = RealPdf.Import(Narrative2019).Document;
        var tables = RealPdf.Import("jiangsu-more/jiangsu-shengweibangongting-2017-budget-tables.pdf").Document;

        // 中国共产党江苏省委员会办公厅 (the 2017 公开表) and 江苏省委办公厅 (the 公开文件); the years still differ.
        tables.Department.Name.Should().Be("中国共产党江苏省委员会办公厅");
        narrative.Department.Name.Should().Be("江苏省委办公厅");
        var act = () => CombinedDisclosure.Combine([tables, narrative]);
        act.Should().Throw<DisclosureMismatchException>().WithMessage("*年度不同（2017 与 2019）*");
    }

    [Fact]
    public void A_table_both_files_print_with_different_figures_is_an_error_naming_both_files()
    {
        var a = Sample.Import.Document;
        var basic = a.Table(TableKind.GeneralBudgetBasicExpenditure)!;
        var total = basic.FindRow("合计")!;
        var changed = new BudgetTable(basic.Kind, basic.Title, basic.Unit, basic.Columns,
            basic.Rows.Select(r => r == total ? r with { Cells = r.Cells.SetItem(basic.ColumnIndex("合计"), Cell.FromNumber(Amount.Parse("1259.55"))) } : r), basic.Notes, basic.AsOf, basic.Line, basic.Page);
        var b = new Disclosure(a.Department, a.Year, a.Kind, [changed], [], "other.txt");
        var same = new Disclosure(a.Department, a.Year, a.Kind, [basic], [], "same.txt");

        var findings = RulePack.Standard(a.Kind).Check(CombinedDisclosure.Combine([a, b]));
        var equal = RulePack.Standard(a.Kind).Check(CombinedDisclosure.Combine([a, same]));

        var finding = findings.Findings.Single(f => f.RuleId == "FILES-TABLE");
        finding.Severity.Should().Be(Rules.Findings.Severity.Error);
        finding.Message.Should().Contain(Sample.FileName).And.Contain("other.txt").And.Contain("1259.54 与 1259.55");
        finding.Cells.Select(c => c.File).Should().Equal(Sample.FileName, "other.txt");
        equal.Findings.Should().NotContain(f => f.RuleId == "FILES-TABLE");
        equal.Passed.Should().Contain("FILES-TABLE");
        findings.Findings.Where(f => f.RuleId != "FILES-TABLE").Should().BeEquivalentTo(equal.Findings.Where(f => f.RuleId != "FILES-TABLE"));
    }

    private static string? File(JsonElement cell) => cell.TryGetProperty("file", out var file) ? file.GetString() : null;

    private static List<string?> NotApplicable(JsonElement doc) => [.. doc.GetProperty("notApplicable").EnumerateArray().Select(n => n.GetString())];
}
