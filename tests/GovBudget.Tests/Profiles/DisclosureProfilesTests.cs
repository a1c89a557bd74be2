using GovBudget.Documents;
using GovBudget.Profiles;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Profiles;

public sealed class DisclosureProfilesTests : InEnglish
{
    [Fact]
    public void The_built_in_profiles_are_read_from_their_data_files_with_provenance()
    {
        DisclosureProfiles.Names.Should().Equal("jiangsu-budget", "shanghai-budget", "shanghai-final", "shijiazhuang-budget");
        var byName = DisclosureProfiles.Standard.ToDictionary(p => p.Name);
        byName["shijiazhuang-budget"].Tables.Should().HaveCount(9);
        byName["shanghai-budget"].Tables.Should().HaveCount(9);
        byName["shanghai-final"].Tables.Should().HaveCount(9);
        byName["jiangsu-budget"].Tables.Should().HaveCount(12);
        byName["shanghai-final"].Kind.Should().Be(DisclosureKind.FinalAccount);
        byName["jiangsu-budget"].Table(TableKind.OperatingExpenses)!.Form.Should().Be("公开11表");
        byName["jiangsu-budget"].Table(TableKind.GovernmentFundExpenditure)!.MayBeReplacedByStatement.Should().BeTrue();
        byName["shanghai-final"].Tables.Should().OnlyContain(t => !t.MayBeReplacedByStatement, "the template says the empty table must still be printed");
        foreach (var p in DisclosureProfiles.Standard)
        {
            p.Source.Should().Be($"profiles/{p.Name}.json");
            p.Provenance.Should().NotBeEmpty();
            p.Tables.Should().OnlyContain(t => t.Titles.Length > 0 && t.Kind != TableKind.Unrecognised);
        }
    }

    [Fact]
    public void Every_printed_title_of_a_profile_is_recognised_as_its_table_kind()
    {
        foreach (var p in DisclosureProfiles.Standard)
        {
            foreach (var t in p.Tables)
            {
                t.Titles.Should().OnlyContain(title => TableKind.FromTitle(title) == t.Kind, $"{p.Name} prints {t.Kind} so");
            }
        }
    }

    [Fact]
    public void Find_takes_a_name_in_any_case_and_knows_no_other()
    {
        DisclosureProfiles.Find("Jiangsu-Budget")!.Name.Should().Be("jiangsu-budget");
        DisclosureProfiles.Find("beijing-budget").Should().BeNull();
    }

    [Theory]
    [InlineData(null, "shijiazhuang-budget", "石家庄市")]
    [InlineData(RealPdf.Shanghai2025, "shanghai-budget", "上海市")]
    [InlineData(RealPdf.Final2024, "shanghai-final", "中共上海市普陀区委社会工作部")]
    [InlineData(RealPdf.Jiangsu2019, "jiangsu-budget", "江苏省高级人民法院")]
    [InlineData(RealPdf.JiangsuNarrativeOnly2019, "jiangsu-budget", "江苏省委办公厅")]
    public void The_document_s_region_kind_and_year_fix_its_profile(string? pdf, string expected, string reason)
    {
        var document = pdf is null ? Sample.Import.Document : RealPdf.Import(pdf).Document;
        var choice = DisclosureProfiles.Choose(document);
        choice.Profile.Name.Should().Be(expected);
        choice.Certain.Should().BeTrue();
        choice.Reason.Should().Contain(reason).And.Contain(document.Year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_document_naming_no_region_gets_the_profile_its_printed_tables_match_best_uncertain()
    {
        using var chinese = Localization.MessageLanguages.Use(Localization.MessageLanguage.Chinese); // the reason in the default wording
        var template = DisclosureProfiles.Choose(RealPdf.Import(RealPdf.FinalTemplate2024).Document);
        template.Profile.Name.Should().Be("shanghai-final");
        template.Certain.Should().BeFalse();
        template.Reason.Should().Contain("未知部门").And.Contain("9 个表名");

        // A Jiangsu tables file names its department on each table's 部门： line: its region is certain.
        var tables = DisclosureProfiles.Choose(RealPdf.Import(RealPdf.JiangsuTables2017).Document);
        tables.Profile.Name.Should().Be("jiangsu-budget");
        tables.Certain.Should().BeTrue();

        // A 预算 of no known region with the sample's titles: the sample's profile, not Shanghai's or Jiangsu's.
        var sample = Sample.Import.Document;
        var anonymous = new Disclosure(new Department(null, "某部门"), sample.Year, sample.Kind, sample.Tables, sample.Narrative);
        var choice = DisclosureProfiles.Choose(anonymous);
        choice.Profile.Name.Should().Be("shijiazhuang-budget");
        choice.Certain.Should().BeFalse();
    }

    [Fact]
    public void A_year_the_profile_does_not_cover_keeps_the_region_s_profile_but_uncertain()
    {
        var d = RealPdf.Import(RealPdf.Shanghai2025).Document;
        var later = new Disclosure(d.Department, new FiscalYear(2030), d.Kind, d.Tables, d.Narrative) { Contents = d.Contents };
        var choice = DisclosureProfiles.Choose(later);
        choice.Profile.Name.Should().Be("shanghai-budget");
        choice.Certain.Should().BeFalse();
        choice.Reason.Should().Contain("2025–2025").And.Contain("2030");
    }

    [Fact]
    public void A_malformed_profile_is_an_error_naming_the_file_and_what_is_wrong()
    {
        var good = File.ReadAllText(Repository.Path("src", "GovBudget", "Profiles", "Data", "jiangsu-budget.json"));
        ProfileReader.Read(good, "x.json").Name.Should().Be("jiangsu-budget");
        Action read(string text) => () => ProfileReader.Read(text, "mine.json");
        read(good.Replace("\"version\": 2", "\"version\": 3", StringComparison.Ordinal)).Should().Throw<InvalidDataException>()
            .WithMessage("mine.json: expected \"version\": 2 (this library reads versions 1–2)");
        read(good.Replace("\"kind\": \"收支总表\"", "\"kind\": \"收支总账\"", StringComparison.Ordinal)).Should().Throw<InvalidDataException>()
            .WithMessage("mine.json: unknown table kind '收支总账'*");
        read(good.Replace("\"kind\": \"预算\"", "\"kind\": \"草案\"", StringComparison.Ordinal)).Should().Throw<InvalidDataException>()
            .WithMessage("mine.json: 'kind' must be 预算 or 决算");
        read("{").Should().Throw<InvalidDataException>().WithMessage("mine.json: *");
        read(good.Replace("\"table\": \"收支总表\"", "\"table\": \"收支总账\"", StringComparison.Ordinal)).Should().Throw<InvalidDataException>()
            .WithMessage("mine.json: section '收支预算总体情况说明': unknown table kind '收支总账'");
        read(good.Replace("\"years\": {\"from\": 2019, \"to\": 2019}", "\"years\": {\"from\": 2019, \"to\": 2020}", StringComparison.Ordinal)).Should().Throw<InvalidDataException>()
            .WithMessage("mine.json: section '国有资产占用情况': 'years' must lie within the profile's 2017–2019, not 2019–2020");
        read(good.Replace("\"version\": 2", "\"version\": 1", StringComparison.Ordinal)).Should().Throw<InvalidDataException>()
            .WithMessage("mine.json: 'sections' needs \"version\": 2");
    }

    [Fact]
    public void A_version_1_profile_is_still_read_and_requires_no_sections()
    {
        var good = File.ReadAllText(Repository.Path("src", "GovBudget", "Profiles", "Data", "jiangsu-budget.json"));
        var start = good.IndexOf("  \"sections\": [", StringComparison.Ordinal);
        var end = good.IndexOf("  \"tables\": [", StringComparison.Ordinal);
        var old = (good[..start] + good[end..]).Replace("\"version\": 2", "\"version\": 1", StringComparison.Ordinal);
        var profile = ProfileReader.Read(old, "old.json");
        profile.Sections.Should().BeEmpty();
        profile.Tables.Should().HaveCount(12);
    }

    [Fact]
    public void The_built_in_profiles_list_the_sections_their_documents_print_with_provenance()
    {
        var byName = DisclosureProfiles.Standard.ToDictionary(p => p.Name);
        byName["shanghai-final"].Sections.Select(s => s.Name).Should().Equal(
            "收入支出决算总体情况说明", "收入决算情况说明", "支出决算情况说明", "财政拨款收入支出决算总体情况说明", "一般公共预算财政拨款支出决算情况说明",
            "一般公共预算财政拨款基本支出决算情况说明", "财政拨款“三公”经费支出决算情况说明", "政府性基金预算财政拨款收入支出决算情况说明",
            "国有资本经营预算财政拨款收入支出决算情况说明", "预算绩效管理情况", "其他重要事项的情况说明", "名词解释");
        byName["shanghai-final"].Sections.Where(s => s.Table is not null).Select(s => s.Table).Should().Equal(byName["shanghai-final"].Tables.Select(t => t.Kind),
            "the template has one section per table, in the tables' order");
        byName["jiangsu-budget"].Sections.Count(s => s.AppliesTo(new FiscalYear(2017))).Should().Be(13);
        byName["jiangsu-budget"].Sections.Count(s => s.AppliesTo(new FiscalYear(2018))).Should().Be(15);
        byName["jiangsu-budget"].Sections.Count(s => s.AppliesTo(new FiscalYear(2019))).Should().Be(15);
        byName["shijiazhuang-budget"].Sections.Should().HaveCount(9);
        byName["shanghai-budget"].Sections.Should().HaveCount(8);
        foreach (var p in DisclosureProfiles.Standard)
        {
            p.Sections.Should().OnlyContain(s => s.Source.Length > 20 && s.Headings.Length > 0 && s.IsHeading(s.Headings[0]), $"{p.Name}: each section says where it comes from");
        }
    }
}
