using GovBudget.Catalog;
using GovBudget.Classification;

namespace GovBudget.Tests.Catalog;

/// <summary>The built-in catalogs: code/name pairs printed in the tables of real documents (one for 2023, 2024 and
/// 2025; the Jiangsu disclosures of 2017, 2018 and 2019).</summary>
public sealed class BuiltInCatalogTest
{
    private const string Shijiazhuang2023 = "shijiazhuang-data-bureau-2023-budget";

    private static ClassificationCode Code(string text) => ClassificationCode.Parse(text);

    private static string Name(int edition, string code) =>
        ClassificationCatalog.BuiltIn(edition)!.TryGetName(Code(code), out var name) ? name : "(none)";

    [Fact]
    public void TheEditionsAreTheYearsOfTheDocuments()
    {
        ClassificationCatalog.BuiltInEditions.Should().Equal(2017, 2018, 2019, 2023, 2024, 2025);
    }

    [Theory]
    [InlineData(2017, 70, 35, 35, "jiangsu-rendabangongting-2017-budget|jiangsu-renminjianchayuan-2017-budget|jiangsu-shengweibangongting-2017-budget-tables|jiangsu-zhengxiebangongting-2017-budget-tables")]
    [InlineData(2018, 50, 19, 31, "jiangsu-shengweibangongting-2018-budget-tables|jiangsu-zhengxiebangongting-2018-budget-tables")]
    [InlineData(2019, 70, 37, 33, "jiangsu-gaojirenminfayuan-2019-budget|jiangsu-rendachangweihui-bangongting-2019-budget-tables|jiangsu-shengweibangongting-2019-budget-tables|jiangsu-zhengxiebangongting-2019-budget-tables")]
    [InlineData(2023, 47, 21, 26, Shijiazhuang2023)]
    [InlineData(2024, 82, 17, 65, "shanghai-putuo-shehuigongzuobu-2024-final")]
    [InlineData(2025, 48, 19, 29, "shanghai-putuo-caizhengju-2025-budget")]
    public void EachEditionHoldsThePairsItsDocumentsPrinted(int edition, int count, int functional, int economic, string sources)
    {
        var catalog = ClassificationCatalog.BuiltIn(edition);

        catalog.Should().NotBeNull();
        catalog!.Edition.Should().Be(edition);
        catalog.IsPartial.Should().BeTrue();
        catalog.Count.Should().Be(count);
        catalog.CountOf(ClassificationScheme.Functional).Should().Be(functional);
        catalog.CountOf(ClassificationScheme.DepartmentEconomic).Should().Be(economic);
        catalog.CountOf(ClassificationScheme.GovernmentEconomic).Should().Be(0);
        catalog.Entries.Select(e => e.Source).Distinct().Should().BeEquivalentTo(sources.Split('|'));
    }

    [Theory]
    [InlineData(2016)]
    [InlineData(2022)]
    [InlineData(2026)]
    public void AnEditionWithoutADocumentHasNoBuiltInCatalog(int edition)
    {
        ClassificationCatalog.BuiltIn(edition).Should().BeNull();
    }

    [Fact]
    public void ABuiltInCatalogIsLoadedOnce()
    {
        ClassificationCatalog.BuiltIn(2023).Should().BeSameAs(ClassificationCatalog.BuiltIn(2023));
    }

    [Fact]
    public void EveryAncestorOfEveryEntryIsPrintedToo()
    {
        foreach (var edition in ClassificationCatalog.BuiltInEditions)
        {
            var catalog = ClassificationCatalog.BuiltIn(edition)!;
            catalog.Entries.Should().OnlyContain(e => catalog.Ancestors(e.Code).Count == e.Code.Ancestors.Count, $"edition {edition}");
        }
    }

    [Fact]
    public void TheSampleNames201AsItsTablesAgree()
    {
        // The 一般公共预算财政拨款支出表 prints 201 as 一般公共预算支出, a defect; the other tables agree on this.
        Name(2023, "201").Should().Be("一般公共服务支出");
    }

    [Fact]
    public void ANameSplitOverAPageBreakIsJoined()
    {
        Name(2023, "2080505").Should().Be("机关事业单位基本养老保险缴费支出");
        Name(2024, "2080505").Should().Be("机关事业单位基本养老保险缴费支出");
        Name(2024, "31007").Should().Be("信息网络及软件购置更新");
        Name(2019, "2080505").Should().Be("机关事业单位基本养老保险缴费支出");
    }

    [Fact]
    public void NamesAreThoseOfTheirEdition()
    {
        // 20805 was renamed between the 2019 and the 2023 editions.
        Name(2019, "20805").Should().Be("行政事业单位离退休");

        // The 2018 reform of the economic classification: 30307 医疗费 (2017) is 30307 医疗费补助 and 30114 医疗费 later,
        // 30104 其他社会保障缴费 is 30112 from 2018 (crosswalk.csv).
        Name(2017, "30307").Should().Be("医疗费");
        Name(2019, "30307").Should().Be("医疗费补助");
        Name(2018, "30114").Should().Be("医疗费");
        Name(2017, "30104").Should().Be("其他社会保障缴费");
        Name(2018, "30112").Should().Be("其他社会保障缴费");
        Name(2017, "30311").Should().Be("住房公积金");
        Name(2018, "30113").Should().Be("住房公积金");
        Name(2017, "310").Should().Be("其他资本性支出");
        Name(2023, "20805").Should().Be("行政事业单位养老支出");
        Name(2024, "20805").Should().Be("行政事业单位养老支出");
        Name(2025, "20805").Should().Be("行政事业单位养老支出");
    }

    [Fact]
    public void ThePutuo2025TableNameWinsOverTheNarrative()
    {
        // The narrative writes 其它行政事业单位养老支出; every table prints 其他.
        Name(2025, "2080599").Should().Be("其他行政事业单位养老支出");
    }

    [Fact]
    public void SpotChecksAgainstTheDocuments()
    {
        Name(2019, "2040501").Should().Be("行政运行");
        Name(2019, "20405").Should().Be("法院");
        Name(2019, "2210202").Should().Be("提租补贴");
        Name(2023, "2150516").Should().Be("工程建设及运行维护");
        Name(2023, "30217").Should().Be("公务接待费");
        Name(2024, "20139").Should().Be("社会工作事务");
        Name(2024, "30212").Should().Be("因公出国（境）费用");
        Name(2024, "30399").Should().Be("其他对个人和家庭的补助");
        Name(2025, "20106").Should().Be("财政事务");
        Name(2025, "2010608").Should().Be("财政委托业务支出");
        Name(2025, "30213").Should().Be("维修（护）费");
        Name(2025, "31002").Should().Be("办公设备购置");
    }

    [Fact]
    public void CodesThatNoDocumentPrintedAreAbsent()
    {
        // The 收支总表 lines (二十、住房保障支出 …) carry no codes, so classes the department did not spend on are absent.
        var catalog = ClassificationCatalog.BuiltIn(2023)!;

        catalog.Contains(Code("202")).Should().BeFalse();
        catalog.Contains(Code("20101")).Should().BeFalse();
        catalog.Classes(ClassificationScheme.Functional).Select(e => e.Code.ToString()).Should().Equal("201", "208", "210", "215", "221");
        catalog.Children(Code("20103")).Select(e => e.Code.ToString()).Should().Equal("2010301", "2010302", "2010350", "2010399");
    }

    [Fact]
    public void EveryPairOf2023IsPrintedInTheSample()
    {
        // The bundled sample is the 2023 document: each code appears on a table row with its name.
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "samples", Shijiazhuang2023 + ".txt"));

        foreach (var entry in ClassificationCatalog.BuiltIn(2023)!.Entries)
        {
            lines.Should().Contain(l => l.Contains($"\t{entry.Code}\t{entry.Name}\t", StringComparison.Ordinal), entry.ToString());
        }
    }

    [Fact]
    public void NoLegacyNameIsShipped()
    {
        // About 270 legacy names carry a local suffix, such as 2010301 行政运行（政府办公厅）. No printed name in the
        // four documents ends with a bracket, so one that does would have come from the legacy catalog.
        foreach (var edition in ClassificationCatalog.BuiltInEditions)
        {
            ClassificationCatalog.BuiltIn(edition)!.Entries.Should().NotContain(e => e.Name.EndsWith('）'), $"edition {edition}");
        }
    }
}
