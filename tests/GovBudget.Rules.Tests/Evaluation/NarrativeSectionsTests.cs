using GovBudget.Documents;
using GovBudget.Profiles;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>
/// NC-SECTIONS (issue 14, "sections the profile requires"): every real document with a 情况说明 in the test data
/// (provenance in tests/GovBudget.Tests/TestData/real) and the sample print every section their profile requires; a
/// copy with one section's heading removed (each alone: its text runs on in the section before) gets exactly one
/// finding, naming that section.
/// </summary>
public sealed class NarrativeSectionsTests
{
    public static TheoryData<string> Documents => new(
    [
        "sample", RealPdf.Final2024, RealPdf.Shanghai2025, RealPdf.Jiangsu2019, RealPdf.FinalTemplate2024,
        .. new[] { "rendabangongting-2017", "rendachangweihui-2019", "renminjianchayuan-2017", "shengweibangongting-2017", "shengweibangongting-2018",
            "shengweibangongting-2019", "zhengxiebangongting-2017", "zhengxiebangongting-2018", "zhengxiebangongting-2019" }
            .Select(d => $"jiangsu-more/jiangsu-{d}-budget.pdf"),
    ]);

    private static Disclosure Read(string file) => file == "sample" ? Sample.Import.Document : RealPdf.Import(file).Document;

    private static List<Finding> Sections(Disclosure document) =>
        [.. RulePack.Standard(document.Kind).Check(document).Findings.Where(f => f.RuleId == "NC-SECTIONS")];

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_real_document_prints_every_section_of_its_profile(string file)
    {
        var document = Read(file);
        var result = RulePack.Standard(document.Kind).Check(document);
        result.Findings.Where(f => f.RuleId == "NC-SECTIONS").Should().BeEmpty();
        result.Passed.Should().Contain("NC-SECTIONS");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_section_s_heading_removed_alone_is_exactly_that_finding(string file)
    {
        var document = Read(file);
        var choice = DisclosureProfiles.Choose(document);
        var required = choice.Profile.Sections.Where(s => s.AppliesTo(document.Year)).ToList();
        required.Should().HaveCountGreaterThan(5, $"{choice.Profile.Name} lists the sections of a 情况说明");
        foreach (var section in required)
        {
            var found = Sections(WithoutHeading(document, section)).Should().ContainSingle($"only “{section.Name}” is gone from {file}").Which;
            found.Message.Should().StartWith($"情况说明包含公开规范要求的各部分：缺少“{section.Name}”一节");
            found.Severity.Should().Be(choice.Certain ? Severity.Error : Severity.Warning);
            found.Uncertain.Should().Be(!choice.Certain, "a profile the document does not fix makes the finding 待核实");
        }
    }

    [Fact]
    public void The_finding_names_the_table_the_section_explains_and_where_it_belongs()
    {
        var document = RealPdf.Import(RealPdf.Final2024).Document;
        var wanted = DisclosureProfiles.Find("shanghai-final")!.Sections.Single(s => s.Name == "财政拨款收入支出决算总体情况说明");
        var found = Sections(WithoutHeading(document, wanted)).Should().ContainSingle().Which;
        found.Message.Should().Be("情况说明包含公开规范要求的各部分：缺少“财政拨款收入支出决算总体情况说明”一节（说明《财政拨款收入支出决算总表》（四））："
            + "规范 shanghai-final（上海市部门决算公开（九张表，部门决算模板））要求情况说明有此节，应在“三、支出决算情况说明”（第 17 页）之后；"
            + "所认标题：“财政拨款收入支出决算总体情况说明”");
        found.Cells.Should().ContainSingle().Which.Page.Should().Be(17);
    }

    [Fact]
    public void The_finding_is_worded_in_english_with_the_section_and_headings_as_printed()
    {
        var document = RealPdf.Import(RealPdf.Final2024).Document;
        var wanted = DisclosureProfiles.Find("shanghai-final")!.Sections.Single(s => s.Name == "财政拨款收入支出决算总体情况说明");
        using var english = Localization.MessageLanguages.Use(Localization.MessageLanguage.English);
        var found = Sections(WithoutHeading(document, wanted)).Should().ContainSingle().Which;
        found.Message.Should().Be("the narrative has every section the profile requires: the section “财政拨款收入支出决算总体情况说明” is missing (on 《财政拨款收入支出决算总表》 (四)): "
            + "profile shanghai-final (上海市部门决算公开（九张表，部门决算模板）) requires it of the 情况说明, after “三、支出决算情况说明” (page 17); "
            + "headings recognised: “财政拨款收入支出决算总体情况说明”");
    }

    [Fact]
    public void A_tables_only_file_has_no_narrative_to_judge()
    {
        foreach (var file in new[] { RealPdf.Shengwei2018Tables, RealPdf.Zhengxie2017Tables, RealPdf.RendaBangongting2019Tables })
        {
            var result = RulePack.Standard(DisclosureKind.Budget).Check(RealPdf.Import(file).Document);
            result.NotApplicable.Should().Contain("NC-SECTIONS", $"{file} prints its tables (and a contents list) only");
            result.NotApplicableReasons.Single(r => r.Rule == "NC-SECTIONS").Reason.Should().Be(NotApplicableReason.NarrativeAbsent);
        }
    }

    [Fact]
    public void A_cut_heading_counts_but_a_table_title_does_not()
    {
        var three = DisclosureProfiles.Find("jiangsu-budget")!.Sections.Single(s => s.Name.StartsWith("一般公共预算“三公”", StringComparison.Ordinal));
        three.IsHeading("九、一般公共预算“三公”经费、会议费、培训费支出预算情").Should().BeTrue("the court's 2019 heading wraps after 情 (p. 23)");
        three.IsHeading("十一、一般公共预算“三公”经费、会议费、培训费支出预算表").Should().BeFalse("that is the table's title in a contents list");
        three.IsHeading("一般公共预算").Should().BeFalse("too short to be this heading rather than another");
        var purchase = DisclosureProfiles.Find("jiangsu-budget")!.Sections.Single(s => s.Name == "政府采购支出预算情况说明");
        purchase.IsHeading("十二、2017年部门政府采购预算情况说明").Should().BeTrue("江苏省人大常委会办公厅 2017 prints it so (p. 29)");
        purchase.IsHeading("政府采购支出预算").Should().BeFalse();
    }

    // The document with the section's heading gone: a section whose title it is runs on in the one before; a heading
    // line inside a section's text loses its heading words.
    private static Disclosure WithoutHeading(Disclosure document, RequiredSection wanted)
    {
        var narrative = document.Narrative.ToList();
        var at = narrative.FindIndex(s => wanted.IsHeading(s.Title));
        if (at > 0)
        {
            var before = narrative[at - 1];
            narrative[at - 1] = before with { Text = before.Text + "\n" + narrative[at].Text };
            narrative.RemoveAt(at);
        }
        else if (at == 0)
        {
            narrative[0] = narrative[0] with { Title = "情况说明" };
        }
        else
        {
            var holder = narrative.FindIndex(s => s.Text.Split('\n').Any(wanted.BeginsLine));
            holder.Should().BeGreaterThanOrEqualTo(0, $"“{wanted.Name}” is printed somewhere");
            var lines = narrative[holder].Text.Split('\n').Select(l => wanted.BeginsLine(l) ? Unheaded(l, wanted) : l);
            narrative[holder] = narrative[holder] with { Text = string.Join("\n", lines) };
        }

        return new Disclosure(document.Department, document.Year, document.Kind, document.Tables, narrative, document.Source)
        {
            Contents = document.Contents,
            UnreadTables = document.UnreadTables,
        };
    }

    private static string Unheaded(string line, RequiredSection wanted)
    {
        foreach (var h in wanted.Headings)
        {
            var i = line.IndexOf(h, StringComparison.Ordinal);
            if (i >= 0)
            {
                return line[(i + h.Length)..];
            }
        }

        throw new InvalidOperationException($"no heading of {wanted.Name} in “{line}”");
    }
}
