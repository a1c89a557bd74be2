using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Corpus;

/// <summary>
/// The Jiangsu disclosures published as two files are paired by what the files print (department, year, kind), not by
/// their names: 人大常委会 2019's 公开文件 (jiangsu-rendachangweihui-2019-budget.pdf) and 公开表
/// (jiangsu-rendachangweihui-bangongting-2019-budget-tables.pdf) both print 江苏省人大常委会办公厅 and 2019 年预算.
/// </summary>
public sealed class CorpusPairsTests
{
    [Fact]
    public void Each_narrative_file_is_paired_with_the_tables_of_its_own_disclosure()
    {
        CorpusReport.Files().Where(f => f.Contains('+', StringComparison.Ordinal)).Should().Equal(
            "jiangsu-more/jiangsu-rendachangweihui-bangongting-2019-budget-tables.pdf+jiangsu-more/jiangsu-rendachangweihui-2019-budget.pdf",
            "jiangsu-more/jiangsu-shengweibangongting-2017-budget-tables.pdf+jiangsu-more/jiangsu-shengweibangongting-2017-budget.pdf",
            "jiangsu-more/jiangsu-shengweibangongting-2018-budget-tables.pdf+jiangsu-more/jiangsu-shengweibangongting-2018-budget.pdf",
            "jiangsu-more/jiangsu-shengweibangongting-2019-budget-tables.pdf+jiangsu-more/jiangsu-shengweibangongting-2019-budget.pdf",
            "jiangsu-more/jiangsu-zhengxiebangongting-2017-budget-tables.pdf+jiangsu-more/jiangsu-zhengxiebangongting-2017-budget.pdf",
            "jiangsu-more/jiangsu-zhengxiebangongting-2018-budget-tables.pdf+jiangsu-more/jiangsu-zhengxiebangongting-2018-budget.pdf",
            "jiangsu-more/jiangsu-zhengxiebangongting-2019-budget-tables.pdf+jiangsu-more/jiangsu-zhengxiebangongting-2019-budget.pdf");
    }

    [Theory]
    [InlineData("jiangsu-more/jiangsu-zhengxiebangongting-2018-budget-tables.pdf", "jiangsu-more/jiangsu-zhengxiebangongting-2019-budget.pdf")] // another year
    [InlineData("jiangsu-more/jiangsu-shengweibangongting-2019-budget-tables.pdf", "jiangsu-more/jiangsu-zhengxiebangongting-2019-budget.pdf")] // its text prints another department
    [InlineData("jiangsu-more/jiangsu-shengweibangongting-2019-budget-tables.pdf", "jiangsu-more/jiangsu-rendachangweihui-2019-budget.pdf")] // another department
    public void Files_of_different_disclosures_are_not_one(string tables, string text)
    {
        CorpusReport.OneDisclosure(RealPdf.Import(tables).Document, RealPdf.Import(text).Document).Should().BeFalse();
    }
}
