using GovBudget.Documents;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// The 支出预算总表 of 江苏省人大常委会办公厅's 2017 budget (page 10), whose fourth column is named 单位 / 预留机动 / 经费,
/// centred in its cell over three lines, the middle one the widest: once read as a column 经费 under a group 预留机动
/// (a header read in part), now one column 单位预留机动经费.
/// </summary>
public sealed class RealPdfCentredHeaderCellTests
{
    [Fact]
    public void The_reserve_column_is_one_column_and_the_row_is_read_without_a_sign()
    {
        var table = RealPdf.Import(RealPdf.Renda2017).Document.Table(TableKind.ExpenditureSummary)!;

        table.Page.Should().Be(10);
        table.Unit.Should().Be(GovBudget.Amounts.MoneyUnit.TenThousandYuan);
        table.Columns.Select(c => (c.Name, c.Group)).Should().Equal(
            ("合计", null), ("基本支出", null), ("项目支出", null), ("单位预留机动经费", null), ("结转下年资金", null));
        table.Rows.Select(r => (r.Label, string.Join("|", r.Cells.Select(c => c.ToString())))).Should().Equal(
            ("合计", "13649.07|7666.68|5853.96|128.43|"));
        table.HasSigns.Should().BeFalse();
    }
}
