using GovBudget.Documents;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// Real tables whose 部门 line wraps the department's name onto the next line above the header: 江苏省委办公厅 2017
/// 公开表 p. 2 (`部门：中国共产党江苏省委员会办` / `公厅`, the unit on a line of its own between them) and 江苏省高级人民法院
/// 2019 p. 12 (`部门名称：江苏省高级人民法` / `院   单位：万元`). Every table's 编制部门 is the whole name.
/// </summary>
public sealed class RealPdfWrappedDepartmentTests
{
    [Theory]
    [InlineData(RealPdf.Shengwei2017Tables, "中国共产党江苏省委员会办公厅")]
    [InlineData(RealPdf.Jiangsu2019, "江苏省高级人民法院")]
    public void Every_table_names_the_whole_department(string file, string department)
    {
        var document = RealPdf.Import(file).Document;

        document.Tables.Select(t => t.PreparedBy).Distinct().Should().Equal(department);
    }

    [Fact]
    public void The_wrapped_tail_is_no_column_of_the_income_summary()
    {
        var table = RealPdf.Import(RealPdf.Shengwei2017Tables).Document.Table(TableKind.IncomeSummary)!;

        table.Page.Should().Be(2);
        table.Columns.Select(c => (c.Name, c.PrintedName)).Should().Equal(("预算数", "金额"));
        table.Rows[0].Label.Should().Be("收入总计");
        table.Rows[0].Cells.Select(c => c.ToString()).Should().Equal("20849.45");
    }
}
