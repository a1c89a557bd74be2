using System.Text;
using GovBudget.Catalog;
using GovBudget.Classification;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Catalog;

/// <summary>The CSV format of catalog files, and the errors for malformed files.</summary>
public sealed class CatalogCsvFormatTest : InEnglish
{
    private const string Header = "code,name,level,parent\n";

    private readonly string folder = Directory.CreateTempSubdirectory("govbudget-catalog-").FullName;

    protected override void Dispose(bool disposing)
    {
        Directory.Delete(folder, recursive: true);
        base.Dispose(disposing);
    }

    private static ClassificationCatalog LoadText(string text, int? edition = null) =>
        ClassificationCatalog.Load(new StringReader(text), "functional.csv", edition);

    private static void ShouldFail(string text, string message, int line)
    {
        var load = () => LoadText(text);

        var error = load.Should().Throw<CatalogFormatException>().WithMessage(message).Which;
        error.SourceName.Should().Be("functional.csv");
        error.Line.Should().Be(line);
        error.Problem.Should().Be(message["functional.csv:".Length..].Split(": ", 2)[1]);
    }

    private static string Name(ClassificationCatalog catalog, string code) =>
        catalog.TryGetName(ClassificationCode.Parse(code), out var name) ? name : "(none)";

    [Fact]
    public void ReadsAMinimalCatalog()
    {
        var catalog = LoadText(Header + "201,一般公共服务支出,1,\n20103,政府办公厅（室）及相关机构事务,2,201\n2010301,行政运行,3,20103\n", 2023);

        catalog.Count.Should().Be(3);
        catalog.Edition.Should().Be(2023);
        Name(catalog, "2010301").Should().Be("行政运行");
        catalog.Find(ClassificationCode.Parse("2010301"))!.Source.Should().BeNull();
    }

    [Fact]
    public void AParentMayComeAfterItsChild()
    {
        var catalog = LoadText(Header + "2010301,行政运行,3,20103\n20103,政府办公厅（室）及相关机构事务,2,201\n201,一般公共服务支出,1,\n");

        catalog.Entries.Select(e => e.Code.ToString()).Should().Equal("201", "20103", "2010301");
    }

    [Fact]
    public void TheSourceColumnIsOptionalAndMayBeEmpty()
    {
        var catalog = LoadText("code,name,level,parent,source\n301,工资福利支出,1,,doc-a\n30101,基本工资,2,301,\n");

        catalog.Find(ClassificationCode.Parse("301"))!.Source.Should().Be("doc-a");
        catalog.Find(ClassificationCode.Parse("30101"))!.Source.Should().BeNull();
    }

    [Fact]
    public void LevelsMayBeWrittenInChinese()
    {
        var catalog = LoadText(Header + "201,一般公共服务支出,类,\n20103,政府办公厅（室）及相关机构事务,款,201\n2010301,行政运行,项,20103\n");

        catalog.CountOf(ClassificationScheme.Functional, CodeLevel.Item).Should().Be(1);
    }

    [Fact]
    public void QuotedFieldsAreUnescapedAndSpacesAroundFieldsIgnored()
    {
        var catalog = LoadText(Header + "301, \"工资,福利 \"\"支出\"\"\" ,1,\r\n 30101 ,基本工资, 2 ,301\r\n");

        Name(catalog, "301").Should().Be("工资,福利 \"支出\"");
        Name(catalog, "30101").Should().Be("基本工资");
    }

    [Fact]
    public void BlankLinesAreSkippedAndLineNumbersStillCount()
    {
        var text = Header + "\n301,工资福利支出,1,\n\n30101,,2,301\n";

        ShouldFail(text, "functional.csv:5: expected a name for 30101, found nothing", 5);
    }

    [Fact]
    public void AByteOrderMarkIsIgnored()
    {
        var bom = Path.Combine(folder, "bom.csv");
        File.WriteAllText(bom, Header + "301,工资福利支出,1,\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        File.ReadAllBytes(bom)[..3].Should().Equal(0xEF, 0xBB, 0xBF);

        ClassificationCatalog.Load(bom).Count.Should().Be(1);
        LoadText("\uFEFF" + Header + "301,工资福利支出,1,\n").Count.Should().Be(1);
    }

    [Fact]
    public void AFileWithoutByteOrderMarkIsReadAsUtf8()
    {
        var plain = Path.Combine(folder, "plain.csv");
        File.WriteAllText(plain, Header + "301,工资福利支出,1,\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        Name(ClassificationCatalog.Load(plain), "301").Should().Be("工资福利支出");
    }

    [Fact]
    public void ErrorsFromAFileNameTheFileWithoutItsFolder()
    {
        var path = Path.Combine(folder, "functional.csv");
        File.WriteAllText(path, Header + "201,一般公共服务支出,1,\n2010,一般公共服务,2,201\n");

        var load = () => ClassificationCatalog.Load(path);

        load.Should().Throw<CatalogFormatException>()
            .WithMessage("functional.csv:3: 2010 is not a functional code: it has 4 digits; 类/款/项 have 3/5/7");
    }

    [Fact]
    public void SeveralFilesMakeOneCatalogAndMayHoldEachOthersParents()
    {
        var classes = Path.Combine(folder, "classes.csv");
        var sections = Path.Combine(folder, "sections.csv");
        File.WriteAllText(classes, Header + "301,工资福利支出,1,\n");
        File.WriteAllText(sections, Header + "30101,基本工资,2,301\n");

        ClassificationCatalog.Load([sections, classes], 2024).Count.Should().Be(2);
    }

    [Fact]
    public void ACodeInTwoFilesIsReportedWhereItIsRepeated()
    {
        var a = Path.Combine(folder, "a.csv");
        var b = Path.Combine(folder, "b.csv");
        File.WriteAllText(a, Header + "301,工资福利支出,1,\n");
        File.WriteAllText(b, Header + "302,商品和服务支出,1,\n301,工资福利支出,1,\n");

        var load = () => ClassificationCatalog.Load([a, b]);

        load.Should().Throw<CatalogFormatException>().WithMessage("b.csv:3: 301 is listed twice: first on a.csv:2");
    }

    [Fact]
    public void AnEmptyFileIsRejected() =>
        ShouldFail(string.Empty, "functional.csv:1: expected the header code,name,level,parent[,source], found an empty file", 1);

    [Theory]
    [InlineData("code,name,level\n")]
    [InlineData("code,name,parent,level\n")]
    [InlineData("代码,名称,级次,上级\n")]
    [InlineData("code;name;level;parent\n")]
    [InlineData("code,name,level,parent,source,notes\n")]
    public void AWrongHeaderIsRejected(string header)
    {
        var found = header.TrimEnd('\n');

        ShouldFail(header + "201,一般公共服务支出,1,\n", $"functional.csv:1: expected the header code,name,level,parent[,source], found '{found}'", 1);
    }

    [Theory]
    [InlineData("2010", "2010 is not a functional code: it has 4 digits; 类/款/项 have 3/5/7")]
    [InlineData("3010101", "3010101 is not a departmental economic code: it has 7 digits; 类/款 have 3/5")]
    [InlineData("40101", "40101 is not a classification code: functional codes start with 2, departmental economic codes with 3, government economic codes with 5")]
    [InlineData("2010a01", "2010a01 is not a classification code: codes are digits only")]
    [InlineData("", "a classification code cannot be empty")]
    public void ABadCodeIsRejected(string code, string problem) =>
        ShouldFail(Header + "201,一般公共服务支出,1,\n" + code + ",名称,3,20103\n", "functional.csv:3: " + problem, 3);

    [Fact]
    public void ALevelThatDisagreesWithTheCodeLengthIsRejected() =>
        ShouldFail(
            Header + "201,一般公共服务支出,1,\n20103,政府办公厅（室）及相关机构事务,2,201\n2010301,行政运行,2,20103\n",
            "functional.csv:4: level 2 does not match 2010301: a 7-digit code is level 3 (项)",
            4);

    [Fact]
    public void AnUnknownLevelIsRejected() =>
        ShouldFail(Header + "201,一般公共服务支出,A,\n", "functional.csv:2: expected the level of 201 (1/2/3 or 类/款/项), found 'A'", 2);

    [Fact]
    public void AParentThatIsNotTheCodesParentIsRejected() =>
        ShouldFail(
            Header + "201,一般公共服务支出,1,\n20102,政协事务,2,201\n20103,政府办公厅（室）及相关机构事务,2,201\n2010301,行政运行,3,20102\n",
            "functional.csv:5: 20102 is not the parent of 2010301: expected 20103",
            5);

    [Fact]
    public void AClassWithAParentIsRejected() =>
        ShouldFail(Header + "201,一般公共服务支出,1,2\n", "functional.csv:2: expected no parent for the 类 201, found '2'", 2);

    [Fact]
    public void AMissingParentColumnValueIsRejected() =>
        ShouldFail(Header + "201,一般公共服务支出,1,\n20103,政府办公厅（室）及相关机构事务,2,\n", "functional.csv:3: expected the parent of 20103 (201), found nothing", 3);

    [Fact]
    public void AParentAbsentFromTheFileIsRejectedAtTheChild() =>
        ShouldFail(
            Header + "201,一般公共服务支出,1,\n2010301,行政运行,3,20103\n",
            "functional.csv:3: the parent of 2010301, 20103, is not in the catalog",
            3);

    [Fact]
    public void ADuplicateCodeIsRejected() =>
        ShouldFail(
            Header + "201,一般公共服务支出,1,\n20103,政府办公厅（室）及相关机构事务,2,201\n20103,政府办公厅,2,201\n",
            "functional.csv:4: 20103 is listed twice: first on line 3",
            4);

    [Fact]
    public void AMissingNameIsRejected() =>
        ShouldFail(Header + "201, ,1,\n", "functional.csv:2: expected a name for 201, found nothing", 2);

    [Fact]
    public void AMissingColumnIsRejected() =>
        ShouldFail(Header + "201,一般公共服务支出,1,\n20103,政府办公厅（室）及相关机构事务,2\n", "functional.csv:3: expected 4 columns (code,name,level,parent), found 3", 3);

    [Fact]
    public void AnExtraColumnIsRejected() =>
        ShouldFail(
            "code,name,level,parent,source\n201,一般公共服务支出,1,,doc,extra\n",
            "functional.csv:2: expected 5 columns (code,name,level,parent,source), found 6",
            2);

    [Fact]
    public void TheExceptionIsAFormatException()
    {
        var load = () => LoadText(Header + "20,x,1,\n");

        load.Should().Throw<FormatException>();
    }

    [Fact]
    public void AnEditionMustBeAYear()
    {
        var load = () => LoadText(Header, -1);

        load.Should().Throw<ArgumentOutOfRangeException>();
        LoadText(Header).Count.Should().Be(0);
    }

    [Fact]
    public void A_device_is_not_opened_as_a_catalog_file()
    {
        // Issue 11: /dev/zero never ends; the catalog reader refuses it before opening it.
        var act = () => ClassificationCatalog.Load("/dev/zero");
        act.Should().Throw<IOException>().WithMessage("cannot read the file: it is a device, a pipe or a socket, not a regular file; GovBudget does not open those");
    }

    [Fact]
    public void A_catalog_line_longer_than_the_limit_is_a_located_error()
    {
        var huge = Path.Combine(folder, "huge.csv");
        File.WriteAllText(huge, Header + "301," + new string('工', 2 << 20) + ",1,\n");
        var act = () => ClassificationCatalog.Load(huge);
        act.Should().Throw<CatalogFormatException>().WithMessage("huge.csv:2: the line is longer than 1,048,576 characters; a catalog line holds one code and its name");
    }
}
