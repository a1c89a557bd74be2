using GovBudget.Documents;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import;

/// <summary>Looking rows and cells up on the sample's tables by label, by code, and a column the table lacks.</summary>
public sealed class TableLookupTests
{
    private static BudgetTable Basic => Sample.Import.Document.Table(TableKind.GeneralBudgetBasicExpenditure)!;

    [Fact]
    public void A_row_is_found_by_its_code_as_by_its_label()
    {
        var basic = Basic;

        var salaries = basic.FindRow("30101");
        salaries.Should().NotBeNull();
        salaries!.Label.Should().Be(basic.FindRow(salaries.Label)!.Label);
        salaries.Code!.Value.ToString().Should().Be("30101");
        basic.FindRow(" 301 ")!.Code!.Value.ToString().Should().Be("301");
        basic.FindRow("39999").Should().BeNull();
        basic.FindRow("合计")!.Code.Should().BeNull();
    }

    [Fact]
    public void A_column_the_table_does_not_print_is_an_error_that_lists_the_columns_it_has()
    {
        var basic = Basic;
        var total = basic.FindRow("合计")!;

        var act = () => basic.Cell(total, "合记");

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("合记")
            .And.Contain($"its columns: {string.Join(", ", basic.Columns.Select(c => c.Name))}");
    }
}
