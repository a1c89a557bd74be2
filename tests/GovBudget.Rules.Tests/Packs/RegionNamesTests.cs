using System.Text.Json;
using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Packs;

/// <summary>
/// A region's wording added by a data file alone (issue 12): TestData/names-variant-2023-budget.txt is the sample with
/// its 收支总表 titled 部门预算收支情况总表, the 合计 column of its 一般公共预算财政拨款基本支出表 headed 本年预算金额 and
/// its 情况说明 headed …部门预算编制说明, words the built-in names do not know; TestData/names-variant.json names them.
/// </summary>
public sealed class RegionNamesTests
{
    private static readonly string Variant = Path.Combine(AppContext.BaseDirectory, "TestData", "names-variant-2023-budget.txt");
    private static readonly string NamesFile = Path.Combine(AppContext.BaseDirectory, "TestData", "names-variant.json");

    private static readonly RulePack Budget = RulePack.Standard(DisclosureKind.Budget);

    [Fact]
    public void Without_the_names_file_the_variant_title_is_not_a_table_title()
    {
        TableKind.FromTitle("部门预算收支情况总表").Should().BeNull();

        // Read as a table of no known kind, its two-sided header is not understood: the file cannot be read.
        var read = () => DisclosureTextReader.ReadFile(Variant);

        read.Should().Throw<DisclosureFormatException>().Which.Message.Should().Contain("部门预算收支情况总表");
    }

    [Fact]
    public void Without_the_names_file_the_variant_column_is_not_found()
    {
        var text = File.ReadAllText(Variant).Replace("部门预算收支情况总表", "部门预算收支总表", StringComparison.Ordinal);

        var findings = Budget.Check(DisclosureTextReader.Read(text, "column-only.txt").Document);

        findings.NotApplicableReasons.Should().Contain(r => r.Rule == "BE-ROW" && r.Detail.Contains("合计", StringComparison.Ordinal));
        findings.Passed.Should().NotContain("BE-ROW");
    }

    [Fact]
    public void Without_the_names_file_the_variant_heading_does_not_open_the_narrative_and_with_it_it_does()
    {
        var text = File.ReadAllText(Variant).Replace("部门预算收支情况总表", "部门预算收支总表", StringComparison.Ordinal);
        var names = DisclosureNames.Default.With(DisclosureNames.Load(NamesFile));

        var without = DisclosureTextReader.Read(text, "heading-only.txt").Document;
        var with = DisclosureTextReader.Read(text, "heading-only.txt", names).Document;

        without.Narrative.Should().BeEmpty("编制说明 is no heading the built-in names open the 情况说明 with");
        Budget.Check(without).NotApplicableReasons.Should().Contain(r => r.Rule == "NR-SANGONG");
        with.Narrative.Select(s => s.ToString()).Should().Equal(Sample.Import.Document.Narrative.Select(s => s.ToString()).Skip(1).Prepend("石家庄市数据资源管理局 2023 年部门预算编制说明"));
        with.Narrative.Skip(1).Select(s => s.Text).Should().Equal(Sample.Import.Document.Narrative.Skip(1).Select(s => s.Text));
    }

    [Fact]
    public void With_the_names_file_the_standard_pack_finds_on_the_variant_what_it_finds_on_the_sample()
    {
        var names = DisclosureNames.Default.With(DisclosureNames.Load(NamesFile));

        var variant = Budget.Check(DisclosureTextReader.ReadFile(Variant, names).Document);
        var sample = Budget.Check(Sample.Import.Document);

        variant.Document.Table(TableKind.IncomeExpenditureSummary)!.Title.Should().Be("部门预算收支情况总表");
        variant.Document.Table(TableKind.GeneralBudgetBasicExpenditure)!.Columns[0].Should()
            .Match<TableColumn>(c => c.Name == "合计" && c.PrintedName == "本年预算金额");
        Summary(variant).Should().Equal(Summary(sample));
        variant.Passed.Should().Equal(sample.Passed);
        variant.NotApplicable.Should().Equal(sample.NotApplicable);
    }

    [Fact]
    public void Check_with_names_gives_the_samples_findings_and_counts()
    {
        var (code, output, error) = TestSupport.Cli.Run("check", Variant, "--names", NamesFile, "--format", "json");
        var (_, sampleOutput, _) = TestSupport.Cli.Run("check", Sample.Path, "--format", "json");

        code.Should().Be(0);
        error.Should().BeEmpty();
        using var json = JsonDocument.Parse(output);
        using var sampleJson = JsonDocument.Parse(sampleOutput);
        var doc = json.RootElement.GetProperty("documents")[0];
        var sampleDoc = sampleJson.RootElement.GetProperty("documents")[0];
        foreach (var property in new[] { "findings", "counts", "notApplicable" })
        {
            doc.GetProperty(property).GetRawText().Should().Be(sampleDoc.GetProperty(property).GetRawText(), property);
        }
    }

    [Fact]
    public void Import_with_names_recognises_the_variant_title()
    {
        var (code, output, _) = TestSupport.Cli.Run("import", Variant, "--names", NamesFile);

        code.Should().Be(0);
        output.Should().Contain("部门预算收支情况总表 [收支总表]");
    }

    [Fact]
    public void A_missing_names_file_exits_2_with_one_line_naming_it()
    {
        var (code, output, error) = TestSupport.Cli.Run("check", Variant, "--names", Path.Combine(AppContext.BaseDirectory, "no-such-names.json"));

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Trim().Should().StartWith("govbudget: --names: no-such-names.json: ").And.NotContain("\n").And.NotContain("   at ");
    }

    [Fact]
    public void An_invalid_names_file_exits_2_with_its_line_column_and_what_was_expected()
    {
        var path = Path.Combine(Path.GetTempPath(), $"names-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\n  \"formatVersion\": 1,\n  \"provenance\": [{ \"region\": \"江苏省\", \"documents\": \"公开表\" }],\n  \"tables\": { \"收支总表\": [\"收支情况表\", 3] }\n}\n");
        try
        {
            var (code, _, error) = TestSupport.Cli.Run("import", Variant, "--names", path, "--lang", "en");

            code.Should().Be(2);
            error.Trim().Should().Be($"govbudget: --names: {Path.GetFileName(path)}:4:33: $.tables.收支总表[1]: expected a string (the titles printed for 收支总表), found the number 3");
            TestSupport.Cli.Run("import", Variant, "--names", path).Err.Trim().Should()
                .Be($"govbudget: --names: {Path.GetFileName(path)}:4:33: $.tables.收支总表[1]: 应为字符串（为 收支总表 印出的标题），读到数字 3");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IEnumerable<string> Summary(DocumentFindings findings) =>
        findings.Findings.Select(f => $"{f.RuleId} {f.Severity} {f.Message}");
}
