using GovBudget.TestSupport;
using System.Text.Json;
using GovBudget.Cli;

namespace GovBudget.Tests.Cli;

public sealed class ImportCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => TestSupport.Cli.Run(args);

    [Fact]
    public void Text_summary_lists_each_table_with_its_totals_then_the_notices()
    {
        var (code, output, error) = Run("import", Sample.Path);
        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith("302 石家庄市数据资源管理局 · 2023 年预算");
        output.Should().Contain("部门预算一般公共预算财政拨款基本支出表 [一般公共预算财政拨款基本支出表]");
        output.Should().Contain("合计：合计 1259.54，人员经费 1130.81，公用经费 128.73");
        output.Should().Contain("收入 收入总计：预算数 65559.38");
        output.Should().Contain("注：无国有资本经营预算财政拨款预算，空表列示。");
        output.Should().Contain("资产总额：价值 16079.66");
        output.Should().Contain("读取说明：\n").And.Contain($"{Sample.FileName}:724:");
    }

    [Fact]
    public void Text_summary_names_a_column_printed_under_several_groups_with_its_group()
    {
        var pdf = RealPdf.Path(RealPdf.Final2024);

        var (code, output, _) = Run("import", pdf);

        code.Should().Be(0);
        output.Should().StartWith("中共上海市普陀区委社会工作部 · 2024 年决算");
        output.Should().Contain("列：合计/预算数、合计/决算数、因公出国（境）费/预算数、因公出国（境）费/决算数、小计/预算数、");
        output.Should().Contain("列：合计、基本支出、项目支出\n"); // a name printed once keeps its name alone
    }

    [Fact]
    public void Json_prints_the_whole_document_and_its_notices()
    {
        var (code, output, _) = Run("import", Sample.Path, "--format", "json");
        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("document").GetProperty("tables").GetArrayLength().Should().Be(27);
        json.RootElement.GetProperty("notices").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void An_unreadable_file_exits_2_with_the_location_on_stderr()
    {
        var path = Path.Combine(Path.GetTempPath(), $"govbudget-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, string.Join('\n', Sample.Lines.Take(107)) + "\n12\t2080505\t机关事业单位基本养");
        try
        {
            var (code, output, error) = Run("import", path);
            code.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().Be($"govbudget: {Path.GetFileName(path)}:108: 文件在表“部门预算收入总表”中结束：最后一行只有 3 个单元格，应有 13 个\n");
            Run("import", path, "--lang", "en").Err.Should().Be($"govbudget: {Path.GetFileName(path)}:108: the file ends inside table '部门预算收入总表': the last row has 3 of 13 cells\n");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_and_a_bad_format_exit_2()
    {
        Run("import", "/no/such/file.txt").Should().Be((2, string.Empty, "govbudget: /no/such/file.txt: 没有这个文件\n"));
        Run("import", "/no/such/file.txt", "--lang", "en").Should().Be((2, string.Empty, "govbudget: /no/such/file.txt: no such file\n"));
        var (code, _, error) = Run("import", Sample.Path, "--format", "xml");
        code.Should().Be(2);
        error.Should().Contain("xml");
    }
}
