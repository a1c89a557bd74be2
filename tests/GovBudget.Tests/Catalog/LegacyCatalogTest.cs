using GovBudget.Catalog;
using GovBudget.Classification;

namespace GovBudget.Tests.Catalog;

/// <summary>Loads the full-size legacy catalog in TestData/catalog-legacy (an old edition, see its README).</summary>
public sealed class LegacyCatalogTest
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "catalog-legacy");
    private static readonly string Functional = Path.Combine(Folder, "functional-legacy-yonyou.csv");
    private static readonly string Economic = Path.Combine(Folder, "economic-department-legacy-yonyou.csv");

    private static readonly Lazy<ClassificationCatalog> Both = new(() => ClassificationCatalog.Load([Functional, Economic]));

    private static ClassificationCode Code(string text) => ClassificationCode.Parse(text);

    [Fact]
    public void CountsMatchTheFiles()
    {
        var catalog = Both.Value;

        catalog.Count.Should().Be(1_540 + 118);
        catalog.Entries.Should().HaveCount(1_658);
        catalog.CountOf(ClassificationScheme.Functional).Should().Be(1_540);
        catalog.CountOf(ClassificationScheme.Functional, CodeLevel.Class).Should().Be(20);
        catalog.CountOf(ClassificationScheme.Functional, CodeLevel.Section).Should().Be(206);
        catalog.CountOf(ClassificationScheme.Functional, CodeLevel.Item).Should().Be(1_314);
        catalog.CountOf(ClassificationScheme.DepartmentEconomic).Should().Be(118);
        catalog.CountOf(ClassificationScheme.DepartmentEconomic, CodeLevel.Class).Should().Be(12);
        catalog.CountOf(ClassificationScheme.DepartmentEconomic, CodeLevel.Section).Should().Be(106);
        catalog.CountOf(ClassificationScheme.DepartmentEconomic, CodeLevel.Item).Should().Be(0);
        catalog.CountOf(ClassificationScheme.GovernmentEconomic).Should().Be(0);
    }

    [Fact]
    public void ALoadedFileIsACompleteCatalogOfUnknownEdition()
    {
        Both.Value.Edition.Should().BeNull();
        Both.Value.IsPartial.Should().BeFalse();
        ClassificationCatalog.Load(Functional, 2013).Edition.Should().Be(2013);
    }

    [Fact]
    public void NamesAreTheLegacyNames()
    {
        var catalog = Both.Value;

        catalog.TryGetName(Code("2010301"), out var name).Should().BeTrue();
        name.Should().Be("行政运行（政府办公厅）");
        catalog.TryGetName(Code("201"), out name).Should().BeTrue();
        name.Should().Be("基本公共管理与服务");
        catalog.TryGetName(Code("30217"), out name).Should().BeTrue();
        name.Should().Be("招待费");
    }

    [Fact]
    public void CodesTheEditionLacksAreNotFound()
    {
        // The legacy edition predates 221 住房保障支出 and 30108 机关事业单位基本养老保险缴费.
        var catalog = Both.Value;

        catalog.TryGetName(Code("221"), out var name).Should().BeFalse();
        name.Should().BeNull();
        catalog.Find(Code("30108")).Should().BeNull();
        catalog.Contains(Code("2210201")).Should().BeFalse();
        catalog.Contains(Code("2010301")).Should().BeTrue();
    }

    [Fact]
    public void FindReturnsTheWholeEntry()
    {
        var entry = Both.Value.Find(Code("2010301"));

        entry.Should().NotBeNull();
        entry!.Code.Should().Be(Code("2010301"));
        entry.Name.Should().Be("行政运行（政府办公厅）");
        entry.Level.Should().Be(CodeLevel.Item);
        entry.Parent.Should().Be(Code("20103"));
        entry.Source.Should().BeNull("the legacy files have no source column");
        entry.ToString().Should().Be("2010301 行政运行（政府办公厅）");
    }

    [Fact]
    public void AncestorsNameTheClassAndSection()
    {
        var ancestors = Both.Value.Ancestors(Code("2010301"));

        ancestors.Select(e => (e.Code.ToString(), e.Name)).Should().Equal(
            ("201", "基本公共管理与服务"), ("20103", "政府办公厅（室）及相关机构事务"));
        Both.Value.Ancestors(Code("30201")).Select(e => e.Name).Should().Equal("商品和服务支出");
        Both.Value.Ancestors(Code("201")).Should().BeEmpty();
    }

    [Fact]
    public void AncestorsOfACodeNotInTheCatalogAreTheOnesItHas()
    {
        // 2010398 is not in the legacy catalog, but its 类 and 款 are.
        Both.Value.Contains(Code("2010398")).Should().BeFalse();
        Both.Value.Ancestors(Code("2010398")).Select(e => e.Code.ToString()).Should().Equal("201", "20103");
    }

    [Fact]
    public void ChildrenAreTheDirectChildrenInOrder()
    {
        var catalog = Both.Value;

        catalog.Children(Code("20103")).Select(e => e.Code.ToString()).Should().Equal(
            "2010301", "2010302", "2010303", "2010304", "2010305", "2010306",
            "2010307", "2010308", "2010309", "2010350", "2010399");
        catalog.Children(Code("201")).Should().HaveCount(30);
        catalog.Children(Code("201")).Should().OnlyContain(e => e.Level == CodeLevel.Section);
        catalog.Children(Code("21301")).Should().HaveCount(51);
        catalog.Children(Code("302")).Should().HaveCount(31);
        catalog.Children(Code("2010301")).Should().BeEmpty();
        catalog.Children(Code("221")).Should().BeEmpty();
    }

    [Fact]
    public void ClassesListTheTopLevelPerScheme()
    {
        var catalog = Both.Value;

        catalog.Classes(ClassificationScheme.Functional).Should().HaveCount(20);
        catalog.Classes(ClassificationScheme.Functional)[0].Name.Should().Be("基本公共管理与服务");
        catalog.Classes(ClassificationScheme.DepartmentEconomic).Select(e => e.Code.ToString()).Should().StartWith(["301", "302", "303"]);
        catalog.Classes(ClassificationScheme.DepartmentEconomic).Should().HaveCount(12);
        catalog.Classes(ClassificationScheme.GovernmentEconomic).Should().BeEmpty();
    }

    [Fact]
    public void EntriesAreInCatalogOrderWhateverTheFileOrder()
    {
        // Load the economic file first: functional codes still come first.
        var catalog = ClassificationCatalog.Load([Economic, Functional]);

        catalog.Entries.Select(e => e.Code).Should().BeInAscendingOrder();
        catalog.Entries[0].Code.Should().Be(Code("201"));
        catalog.Entries[1].Code.Should().Be(Code("20101"));
        catalog.Entries[2].Code.Should().Be(Code("2010101"));
        catalog.Entries[^1].Code.Should().Be(Code("39999"));
    }

    [Fact]
    public void EveryParentIsInTheCatalog()
    {
        var catalog = Both.Value;

        catalog.Entries.Should().OnlyContain(e => e.Parent == null || catalog.Contains(e.Parent.Value));
        catalog.Entries.Should().OnlyContain(e => catalog.Ancestors(e.Code).Count == e.Code.Ancestors.Count);
    }

    [Fact]
    public void EachFileLoadsOnItsOwn()
    {
        ClassificationCatalog.Load(Functional).Count.Should().Be(1_540);
        ClassificationCatalog.Load(Economic).Count.Should().Be(118);
    }

    [Fact]
    public void LoadingTheSameFileTwiceReportsTheDuplicate()
    {
        var load = () => ClassificationCatalog.Load([Economic, Economic]);

        load.Should().Throw<CatalogFormatException>()
            .WithMessage("economic-department-legacy-yonyou.csv:2: 301 列了两次：第一次在第 2 行");
    }
}
