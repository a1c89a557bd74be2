using GovBudget.Documents;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// The 三公 tables of four Jiangsu disclosures whose column names wrap over more header lines than eight (人大办公厅 2017
/// p. 20: eleven, letter by letter; 检察院 2017 p. 16: ten; 政协办公厅 2017 p. 11 and 2019 p. 9: the last line 护费 / 费).
/// Once the header was cut after eight lines and its last lines read as a row with no figures (计置费行维护费, 费费, 护费),
/// the columns named in part (小, 出国, 车购置, 公务用车运行维). Now each has its nine columns and its one row as printed.
/// </summary>
public sealed class RealPdfLetterWrappedHeaderTests
{
    public static TheoryData<string, int, string> Tables() => new()
    {
        // 公务用车购置费 printed 0 (0.8 lines under the row's other figures) on the 人大办公厅's, blank on the 政协办公厅's.
        { RealPdf.Renda2017, 20, "2542.60|833.60|222.50|183.60|0|183.60|427.50|1305.25|403.75" },
        { RealPdf.Jianchayuan2017, 16, "1452.35|584.35|110.00|317.80|50.00|267.80|156.55|168.00|700.00" },
        { RealPdf.Zhengxie2017Tables, 11, "1852.32|676.10|76.00|156.60||156.60|443.50|1094.62|81.60" },
        { RealPdf.Zhengxie2019Tables, 9, "2224.43|660.10|106.00|156.60||156.60|397.50|1282.56|281.77" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void The_three_public_table_has_its_nine_columns_and_its_row_as_printed(string file, int page, string cells)
    {
        var table = RealPdf.Import(file).Document.Table(TableKind.ThreePublicExpenses)!;

        table.Page.Should().Be(page);
        table.Columns.Select(c => c.Name).Should().Equal(
            "合计", "小计", "因公出国（境）费", "小计", "公务用车购置费", "公务用车运行维护费", "公务接待费", "会议费", "培训费");
        table.Columns.Select(c => c.Group).Should().Equal(
            null, "“三公”经费", "“三公”经费", "公务用车购置及运行维护费", "公务用车购置及运行维护费", "公务用车购置及运行维护费",
            "“三公”经费", null, null);
        table.Rows.Should().ContainSingle().Which.Cells.Select(c => c.ToString()).Should().Equal(cells.Split('|'));
        table.HasSigns.Should().BeFalse();
    }
}
