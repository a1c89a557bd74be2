using System.Text.Json.Nodes;
using GovBudget.Documents;
using GovBudget.Profiles;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Findings;
using GovBudget.Serialization;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Packs;

public sealed class PublishedTablesTests
{
    private const string Rule = "PUB-TABLES";

    // Each document with the profile it follows: the sample and the real PDFs whose every table is recognised.
    private static readonly (string Name, string Profile)[] Documents =
    [
        ("sample", "shijiazhuang-budget"),
        (RealPdf.Shanghai2025, "shanghai-budget"),
        (RealPdf.Final2024, "shanghai-final"),
        (RealPdf.Jiangsu2019, "jiangsu-budget"),
        (RealPdf.FinalTemplate2024, "shanghai-final"),
    ];

    public static TheoryData<string, string> EveryMandatedTable()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, profile) in Documents)
        {
            foreach (var table in DisclosureProfiles.Find(profile)!.Tables)
            {
                data.Add(name, table.Kind.CanonicalName);
            }
        }

        return data;
    }

    private static Disclosure Load(string name) => name == "sample" ? Sample.Import.Document : RealPdf.Import(name).Document;

    private static RulePack Pack(Disclosure d) => RulePack.Standard(d.Kind);

    private static IReadOnlyList<Finding> Published(DocumentFindings result) => [.. result.Findings.Where(f => f.RuleId == Rule)];

    // The document as its JSON, with every table of the kind removed: what a publisher who left the table out prints.
    private static Disclosure Without(Disclosure document, string kind)
    {
        var json = JsonNode.Parse(DisclosureJson.Serialize(document))!.AsObject();
        var tables = json["tables"]!.AsArray();
        var removed = tables.Where(t => t!["kind"]!.GetValue<string>() == kind).ToList();
        removed.Should().NotBeEmpty($"the document prints a {kind}");
        foreach (var t in removed)
        {
            tables.Remove(t);
        }

        return DisclosureJson.Deserialize(json.ToJsonString());
    }

    [Theory]
    [InlineData("sample")]
    [InlineData(RealPdf.Shanghai2025)]
    [InlineData(RealPdf.Final2024)]
    [InlineData(RealPdf.Jiangsu2019)]
    [InlineData(RealPdf.FinalTemplate2024)]
    public void A_document_that_prints_every_table_passes(string name)
    {
        var result = Pack(Load(name)).Check(Load(name));
        Published(result).Should().BeEmpty();
        result.Passed.Should().Contain(Rule);
        result.Profile!.Profile.Name.Should().Be(Documents.Single(d => d.Name == name).Profile);
    }

    [Theory]
    [MemberData(nameof(EveryMandatedTable))]
    public void Deleting_a_mandated_table_is_an_error_naming_it_and_the_contents_line_that_lists_it(string name, string kind)
    {
        var document = Load(name);
        var profile = DisclosureProfiles.Find(Documents.Single(d => d.Name == name).Profile)!;
        var mandated = profile.Tables.Single(t => t.Kind.CanonicalName == kind);
        var listed = document.Contents.Single(c => c.TableKind == mandated.Kind);

        var result = Pack(document).Check(Without(document, kind));

        var finding = Published(result).Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Uncertain.Should().BeFalse();
        finding.Message.Should().StartWith($"公开不完整：缺少《{mandated.Title}》").And.Contain(profile.Name).And.Contain(listed.Title);
        finding.Table.Should().Be(kind);
        var cell = finding.Cells.Should().ContainSingle().Which;
        (cell.Line, cell.Page).Should().Be((listed.Line, listed.Page));
        finding.Page.Should().Be(listed.Page);
        result.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void The_compiled_pack_reports_the_same()
    {
        var without = Without(Sample.Import.Document, TableKind.ThreePublicExpenses.CanonicalName);
        var compiled = new CompiledPack(RulePack.Standard(DisclosureKind.Budget)).Check(without);
        var interpreted = RulePack.Standard(DisclosureKind.Budget).Check(without);
        Published(compiled).Should().BeEquivalentTo(Published(interpreted));
        Published(compiled).Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);
        compiled.Profile.Should().Be(interpreted.Profile);
    }

    [Fact]
    public void A_statement_in_the_narrative_replaces_a_fund_table_the_profile_lets_it_replace()
    {
        var without = Without(Sample.Import.Document, TableKind.GovernmentFundExpenditure.CanonicalName);
        var pack = RulePack.Standard(DisclosureKind.Budget);
        Published(pack.Check(without)).Should().ContainSingle().Which.Message.Should().Contain("情况说明也未说明本部门无政府性基金");

        var section = without.Narrative[1];
        var stated = DocumentEditor.WithSectionText(without, section, section.Text + "本部门无政府性基金预算，故不公开政府性基金预算财政拨款支出表。");
        Published(pack.Check(stated)).Should().BeEmpty();
        pack.Check(stated).Passed.Should().Contain(Rule);

        // A statement about the other fund does not stand for this one.
        var other = DocumentEditor.WithSectionText(without, section, section.Text + "本部门无国有资本经营预算。");
        Published(pack.Check(other)).Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);

        // The 决算 template keeps the empty table: there no statement replaces it.
        var final = Without(RealPdf.Import(RealPdf.Final2024).Document, TableKind.GovernmentFundExpenditure.CanonicalName);
        final.Narrative.Should().Contain(s => s.Text.Contains("无政府性基金预算", StringComparison.Ordinal));
        Published(RulePack.Standard(DisclosureKind.FinalAccount).Check(final)).Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void A_missing_table_the_contents_do_not_list_is_an_error_only_when_the_profile_is_certain()
    {
        var sample = Sample.Import.Document;
        var unlisted = Without(sample, TableKind.ThreePublicExpenses.CanonicalName);
        unlisted = new Disclosure(new Department(null, "某部门"), unlisted.Year, unlisted.Kind, unlisted.Tables, unlisted.Narrative);

        var chosen = Published(RulePack.Standard(DisclosureKind.Budget).Check(unlisted)).Should().ContainSingle().Which;
        chosen.Severity.Should().Be(Severity.Warning);
        chosen.Uncertainty.Should().Contain("规范未由文件确定").And.Contain("某部门");
        chosen.Message.Should().Contain("目录未列");

        var given = RulePack.Standard(DisclosureKind.Budget).WithProfile(DisclosureProfiles.Find("shijiazhuang-budget"));
        var result = given.Check(unlisted);
        Published(result).Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);
        result.Profile!.Certain.Should().BeTrue();
        result.Profile.Reason.Should().Contain("--profile");
    }

    [Fact]
    public void A_table_the_contents_list_but_the_document_does_not_print_is_reported_whatever_the_profile()
    {
        // The Shanghai budget profile does not mandate the 机关运行经费 table; the Jiangsu document's contents list it.
        var document = Without(RealPdf.Import(RealPdf.Jiangsu2019).Document, TableKind.OperatingExpenses.CanonicalName);
        var result = RulePack.Standard(DisclosureKind.Budget).WithProfile(DisclosureProfiles.Find("shanghai-budget")).Check(document);
        var listed = Published(result).Where(f => f.Table == TableKind.OperatingExpenses.CanonicalName).Should().ContainSingle().Which;
        listed.Severity.Should().Be(Severity.Error);
        listed.Message.Should().Be("公开不完整：缺少《一般公共预算机关运行经费支出预算表》：目录第 2 页列有“十一、一般公共预算机关运行经费支出预算表”，但文件未印此表");
    }

    [Fact]
    public void An_unrecognised_table_of_figures_makes_a_missing_table_a_warning_to_verify_never_an_error()
    {
        // As the reader left this document before it knew a title with a bracketed qualifier: its 三公 table unread on
        // page 11, only noted as rows of figures under a title it did not recognise.
        var read = RealPdf.Import(RealPdf.JiangsuTables2017).Document;
        var sangong = read.Table(TableKind.ThreePublicExpenses)!;
        sangong.Page.Should().Be(11);
        var document = new Disclosure(read.Department, read.Year, read.Kind, read.Tables.Where(t => t != sangong), read.Narrative, read.Source)
        {
            Contents = read.Contents,
            UnreadTables = [new UnreadTable(sangong.Title, sangong.Page)],
        };
        foreach (var pack in new[] { RulePack.Standard(DisclosureKind.Budget), RulePack.Standard(DisclosureKind.Budget).WithProfile(DisclosureProfiles.Find("jiangsu-budget")) })
        {
            var finding = Published(pack.Check(document)).Should().ContainSingle().Which;
            finding.Severity.Should().Be(Severity.Warning);
            finding.Table.Should().Be(TableKind.ThreePublicExpenses.CanonicalName);
            finding.Message.Should().StartWith("公开不完整：缺少《“三公”经费、会议费、培训费支出预算表》（公开09表）");
            finding.Uncertainty.Should().Contain("第 11 页印有未能识别的表格");
            finding.PagesToCheck.Should().Equal(11);
        }
    }

    [Fact]
    public void A_file_that_prints_no_table_gets_one_warning_listing_the_tables_its_contents_name()
    {
        var document = RealPdf.Import(RealPdf.JiangsuNarrativeOnly2019).Document;
        var result = RulePack.Standard(DisclosureKind.Budget).Check(document);
        var finding = Published(result).Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().StartWith("本文件未印任何表格：目录第 2 页列有 12 张表：《收支预算总表》、《收入预算总表》")
            .And.Contain("《政府采购支出预算表》");
        finding.Page.Should().Be(2);
        result.Profile!.Certain.Should().BeTrue();
    }
}
