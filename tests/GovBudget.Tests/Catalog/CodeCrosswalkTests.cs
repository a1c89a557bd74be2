using GovBudget.Catalog;
using GovBudget.Classification;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Catalog;

/// <summary>The crosswalk between catalog editions (Catalog/Data/crosswalk.csv): renames, code changes and a split.</summary>
public sealed class CodeCrosswalkTests : InEnglish
{
    private static readonly CodeCrosswalk Shipped = CodeCrosswalk.BuiltIn;

    private static ClassificationCode Code(string text) => ClassificationCode.Parse(text);

    private static CodeCrosswalk Read(string text) => CodeCrosswalk.Read(new StringReader(text), "x.csv");

    private const string Header = "code,name,since,new_code,new_name,source\n";

    [Fact]
    public void The_built_in_crosswalk_is_read_once_and_every_line_names_its_source()
    {
        CodeCrosswalk.BuiltIn.Should().BeSameAs(Shipped);
        Shipped.Renames.Should().HaveCount(7);
        Shipped.Renames.Should().OnlyContain(r => r.Source.Length > 0);
        Shipped.Renames.Where(r => r.KeepsCode).Select(r => $"{r.Code} {r.Name} → {r.NewName} ({r.Since})").Should().BeEquivalentTo(
            "207 文化体育与传媒支出 → 文化旅游体育与传媒支出 (2019)",
            "210 医疗卫生与计划生育支出 → 卫生健康支出 (2019)",
            "220 国土海洋气象等支出 → 自然资源海洋气象等支出 (2019)",
            "30307 医疗费 → 医疗费补助 (2018)");
    }

    [Theory]
    [InlineData("210", 2017, "医疗卫生与计划生育支出")]
    [InlineData("210", 2018, "医疗卫生与计划生育支出")]
    [InlineData("210", 2019, "卫生健康支出")]
    [InlineData("210", 2025, "卫生健康支出")]
    [InlineData("207", 2023, "文化旅游体育与传媒支出")]
    [InlineData("30104", 2017, "其他社会保障缴费")]
    [InlineData("30104", 2019, null)] // retired: 30112 from 2018
    [InlineData("30112", 2018, "其他社会保障缴费")]
    [InlineData("30112", 2017, null)] // the crosswalk says nothing of 30112 before 2018
    [InlineData("30307", 2017, "医疗费")]
    [InlineData("30307", 2018, "医疗费补助")]
    [InlineData("30114", 2024, "医疗费")]
    [InlineData("2010301", 2023, null)]
    public void A_code_has_the_name_of_its_edition(string code, int edition, string? name)
    {
        Shipped.NameIn(Code(code), edition).Should().Be(name);
    }

    [Theory]
    [InlineData("210", "医疗卫生与计划生育支出", 2019, "旧科目名称（自 2019 年起为“卫生健康支出”）")]
    [InlineData("210", "九、医疗卫生与计划生育支出", 2024, "旧科目名称（自 2019 年起为“卫生健康支出”）")]
    [InlineData("210", "卫生健康支出", 2018, "2019 年起的科目名称（2018 年为“医疗卫生与计划生育支出”）")]
    [InlineData("30307", "医疗费", 2019, "旧科目（自 2018 年起为 30114 医疗费、30307 医疗费补助）")]
    [InlineData("210", "卫生健康支出", 2019, null)]
    [InlineData("210", "医疗卫生与计划生育支出", 2018, null)]
    [InlineData("210", "卫生支出", 2019, null)] // not a name of any edition: the plain mismatch says enough
    [InlineData("207", "医疗卫生与计划生育支出", 2019, null)] // another code's old name
    public void A_name_of_another_edition_is_said_to_be_one(string code, string printed, int edition, string? note)
    {
        Shipped.OtherEditionNote(Code(code), printed, edition).Should().Be(note);
    }

    [Fact]
    public void A_line_without_a_code_is_matched_by_a_name_the_crosswalk_gives_one_code_only()
    {
        Shipped.CodeNamed("九、医疗卫生与计划生育支出").Should().Be(Code("210"));
        Shipped.CodeNamed("卫生健康支出").Should().Be(Code("210"));
        Shipped.CodeNamed("医疗费").Should().BeNull("30307 until 2017, 30114 from 2018");
        Shipped.CodeNamed("行政运行").Should().BeNull();
        Shipped.NamesOf(Code("30307")).Should().Equal("医疗费", "医疗费补助");
    }

    [Fact]
    public void The_crosswalk_agrees_with_the_built_in_editions()
    {
        // Each old name is the name the editions before the change print, each new one the name of the editions after.
        foreach (var r in Shipped.Renames)
        {
            foreach (var edition in ClassificationCatalog.BuiltInEditions)
            {
                var catalog = ClassificationCatalog.BuiltIn(edition)!;
                if (edition < r.Since && catalog.TryGetName(r.Code, out var before))
                {
                    before.Should().Be(r.Name, $"{r.Code} in {edition}");
                }

                if (edition >= r.Since && catalog.TryGetName(r.NewCode, out var after) && !Shipped.ChangesBetween(r.NewCode, r.Since, edition))
                {
                    after.Should().Be(r.NewName, $"{r.NewCode} in {edition}");
                }
            }
        }
    }

    [Theory]
    [InlineData("code,name\n", "x.csv:1: expected the header code,name,since,new_code,new_name,source, found 'code,name'")]
    [InlineData("", "x.csv:1: expected the header code,name,since,new_code,new_name,source, found an empty file")]
    [InlineData(Header + "21,卫生,2019,210,卫生健康支出,s\n", "x.csv:2: 21 is not a functional code: it has 2 digits; 类/款/项 have 3/5/7")]
    [InlineData(Header + "210,,2019,210,卫生健康支出,s\n", "x.csv:2: expected the name of the change of 210, found nothing")]
    [InlineData(Header + "210,医疗卫生与计划生育支出,19年,210,卫生健康支出,s\n", "x.csv:2: expected the first edition (a year such as 2019) of the change of 210, found '19年'")]
    [InlineData(Header + "210,医疗卫生与计划生育支出,2019,21001,卫生健康支出,s\n", "x.csv:2: 21001 cannot succeed 210: a rename keeps the scheme and the level")]
    [InlineData(Header + "210,卫生健康支出,2019,210,卫生健康支出,s\n", "x.csv:2: 210 卫生健康支出 is renamed to itself")]
    [InlineData(Header + "210,医疗卫生与计划生育支出,2019,210,卫生健康支出,\n", "x.csv:2: expected the source of the change of 210, found nothing")]
    [InlineData(Header + "210,医疗卫生与计划生育支出,2019,210,卫生健康支出\n", "x.csv:2: expected 6 columns (code,name,since,new_code,new_name,source), found 5")]
    [InlineData(Header + "\n210,a,2019,210,b,s\n210,a,2019,210,c,s\n", "x.csv:4: 210 a → 210 in 2019 is listed twice: first on line 3")]
    public void A_bad_line_is_a_located_error(string text, string message)
    {
        ((Action)(() => Read(text))).Should().Throw<CatalogFormatException>().WithMessage(message);
    }

    [Fact]
    public void Quoted_fields_and_blank_lines_are_read()
    {
        var crosswalk = Read(Header + "\n\"210\", 医疗卫生与计划生育支出 ,2019,210,卫生健康支出,\"a, b\"\n");
        crosswalk.Renames.Should().ContainSingle().Which.Should().Be(
            new CodeRename(Code("210"), "医疗卫生与计划生育支出", 2019, Code("210"), "卫生健康支出", "a, b"));
    }
}
