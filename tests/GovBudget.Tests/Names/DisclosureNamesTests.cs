using GovBudget.Documents;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Names;

/// <summary>Names files (docs/names.md): the built-in ones, a user's file added to them, and located errors for a bad file.</summary>
public sealed class DisclosureNamesTests : InEnglish
{
    private const string Provenance = "\"provenance\": [{ \"region\": \"江苏省\", \"documents\": \"省级部门预算 公开表\" }]";

    private static DisclosureNames Parse(string body) => DisclosureNames.Parse($"{{ \"formatVersion\": 1, {Provenance}{body} }}", "test.json");

    private static string ErrorOf(string json) =>
        FluentActions.Invoking(() => DisclosureNames.Parse(json, "bad.json")).Should().Throw<NamesFormatException>().Which.Message;

    [Fact]
    public void The_built_in_names_are_read_from_the_librarys_data_files()
    {
        DisclosureNames.Default.Sources.Should().Equal("names/columns.json", "names/departments.json", "names/headings.json", "names/rows.json", "names/tables.json");
        TableKind.IncomeExpenditureSummary.Aliases.Should().Contain(["部门预算收支总表", "收支预算总表", "收入支出决算总表"]);
        ColumnNames.Canonical("人员支出").Should().Be("人员经费");
        ColumnNames.VariantsOf("价值").Should().Equal("价值（金额单位：万元）", "价值(金额单位:万元)", "金额（万元）");
        ColumnNames.IsKnown("用事业基金弥补收支差额").Should().BeTrue();
        DisclosureNames.Default.CanonicalRow("公务用车购置及运行维护费小计").Should().Be("公务用车购置及运维费");
        DisclosureNames.Default.IsThreePublicItem("因公出国（境）费").Should().BeTrue();
    }

    [Fact]
    public void A_users_file_adds_titles_columns_rows_and_items_to_the_built_in_names()
    {
        var extra = Parse("""
            , "tables": { "收支总表": ["部门预算收支情况总表"] },
              "columns": { "合计": ["本年预算金额"], "结余": ["年末结余"] },
              "rows": { "公务用车购置及运维费": ["公车购置及运维费"] },
              "threePublicItems": ["公车购置及运维费"],
              "departmentNameForms": [["中国共产党南京市委员会", "南京市委"]]
            """);

        var names = DisclosureNames.Default.With(extra);

        names.KindOfTitle("2017年度江苏省某局部门预算收支情况总表").Should().BeSameAs(TableKind.IncomeExpenditureSummary);
        DisclosureNames.Default.KindOfTitle("部门预算收支情况总表").Should().BeNull();
        names.KindOfTitle("部门预算收入总表").Should().BeSameAs(TableKind.IncomeSummary); // the built-in titles stay
        names.CanonicalColumn("本年预算金额").Should().Be("合计");
        names.CanonicalColumn("年末结余").Should().Be("结余");
        names.CanonicalColumn("人员支出").Should().Be("人员经费");
        names.CanonicalRow("公车购置及运维费").Should().Be("公务用车购置及运维费");
        names.IsThreePublicItem("公车购置及运维费").Should().BeTrue();
        names.DepartmentNameForms.Should().HaveCount(DisclosureNames.Default.DepartmentNameForms.Length + 1);
        names.Sources.Should().EndWith("test.json");
    }

    [Fact]
    public void The_example_of_docs_names_md_is_a_valid_names_file()
    {
        var doc = File.ReadAllText(Repository.Path("docs", "names.md"));
        var start = doc.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var json = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        var names = DisclosureNames.Default.With(DisclosureNames.Parse(json, "names.md"));

        names.KindOfTitle("部门预算收支情况总表").Should().BeSameAs(TableKind.IncomeExpenditureSummary);
        names.CanonicalColumn("本年预算金额").Should().Be("合计");
    }

    [Fact]
    public void A_users_variant_of_a_built_in_variant_wins()
    {
        var names = DisclosureNames.Default.With(Parse(""", "columns": { "合计": ["金额"] }"""));

        ColumnNames.Canonical("金额").Should().Be("预算数");
        names.CanonicalColumn("金额").Should().Be("合计");
    }

    [Fact]
    public void Not_json_is_located_where_it_stops()
    {
        ErrorOf("{ \"formatVersion\": 1,\n  \"provenance\": [ }").Should().StartWith("bad.json:2:19: ");
    }

    [Fact]
    public void The_format_version_must_be_the_one_this_library_reads()
    {
        ErrorOf($"{{ \"formatVersion\": 3, {Provenance} }}")
            .Should().Be("bad.json:1:20: $.formatVersion: expected formatVersion 1 or 2 (the versions this library reads), found 3");
        ErrorOf($"{{ {Provenance} }}").Should().Be("bad.json:1:1: $.formatVersion: missing: expected a number (the names file format's version)");
    }

    [Fact]
    public void Provenance_must_say_where_the_wording_was_seen()
    {
        ErrorOf("{ \"formatVersion\": 1, \"provenance\": [] }")
            .Should().Be("bad.json:1:37: $.provenance: expected at least one entry: where the wording was seen (region, documents)");
        ErrorOf("{ \"formatVersion\": 1, \"provenance\": [{ \"region\": \"江苏省\" }] }")
            .Should().Be("bad.json:1:38: $.provenance[0].documents: missing: expected a string (the documents or document class the wording was seen in)");
    }

    [Fact]
    public void An_unknown_section_or_table_kind_is_named_with_what_was_expected()
    {
        ErrorOf($"{{ \"formatVersion\": 1, {Provenance}, \"colums\": {{}} }}")
            .Should().Contain("$.colums: unknown property 'colums'; expected one of formatVersion, provenance, tables, columns, rows, threePublicItems, departmentNameForms");
        ErrorOf($"{{ \"formatVersion\": 1, {Provenance},\n \"tables\": {{ \"收支表\": [\"收支情况表\"] }} }}")
            .Should().StartWith("bad.json:2:21: $.tables.收支表: unknown table kind '收支表'; expected one of 收支总表、收入总表");
    }

    [Fact]
    public void A_name_listed_twice_an_empty_name_and_a_lone_form_are_refused()
    {
        ErrorOf($"{{ \"formatVersion\": 1, {Provenance}, \"columns\": {{ \"合计\": [], \"合计\": [\"总额\"] }} }}")
            .Should().Contain("$.columns.合计: '合计' is listed twice; list its variants once");
        ErrorOf($"{{ \"formatVersion\": 1, {Provenance}, \"columns\": {{ \"合计\": [\" \"] }} }}")
            .Should().Contain("$.columns.合计[0]: expected a non-empty string (the variants printed for 合计)");
        ErrorOf($"{{ \"formatVersion\": 1, {Provenance}, \"departmentNameForms\": [[\"南京市委\"]] }}")
            .Should().Contain("$.departmentNameForms[0]: expected at least two wordings (a long form and its short form)");
    }

    [Fact]
    public void Headings_and_header_words_are_read_by_role_from_a_version_2_file()
    {
        var names = DisclosureNames.Default.With(DisclosureNames.Parse(
            $"{{ \"formatVersion\": 2, {Provenance}, \"headings\": {{ \"narrative\": [\"编制说明\"], \"parts\": [\"篇\"] }}, \"headerWords\": {{ \"code\": [\"…编号\"] }} }}", "v2.json"));

        DisclosureNames.Default.IsNarrativeHeading("2025年部门预算编制说明").Should().BeFalse();
        names.IsNarrativeHeading("2025年部门预算编制说明").Should().BeTrue();
        names.IsNarrativeHeading("部门预算信息公开情况说明").Should().BeTrue("the built-in words stay");
        DisclosureNames.Default.IsPartHeading("第三篇部门预算情况说明").Should().BeFalse();
        names.IsPartHeading("第三篇部门预算情况说明").Should().BeTrue();
        names.IsPartHeading("第三部分部门预算情况说明").Should().BeTrue();
        DisclosureNames.Default.IsContentsTitle("目录").Should().BeTrue();
        DisclosureNames.Default.HeaderWords.IsClassificationCode("功能科目编号").Should().BeFalse();
        names.HeaderWords.IsClassificationCode("功能科目编号").Should().BeTrue();
        names.HeaderWords.IsClassificationCode("序号").Should().BeFalse("a row number is no code");
        names.HeaderWords.IsLabel("科目名称").Should().BeTrue();
        names.HeaderWords.IsLabel("基本支出").Should().BeFalse();
    }

    [Fact]
    public void Headings_and_header_words_are_refused_in_a_version_1_file_or_with_an_unknown_role_or_a_bad_pattern()
    {
        ErrorOf($"{{ \"formatVersion\": 1, {Provenance}, \"headings\": {{ \"narrative\": [\"编制说明\"] }} }}")
            .Should().EndWith("$.headings: 'headings' is a section of formatVersion 2; expected formatVersion 2 for a file that has it");
        ErrorOf($"{{ \"formatVersion\": 2, {Provenance}, \"headings\": {{ \"title\": [\"编制说明\"] }} }}")
            .Should().EndWith("$.headings.title: unknown role 'title'; expected one of narrative, contents, parts");
        ErrorOf($"{{ \"formatVersion\": 2, {Provenance}, \"headerWords\": {{ \"name\": [\"…\"] }} }}")
            .Should().EndWith("$.headerWords.name[0]: expected a word, or a word with … before or after it (the headerWords of role name)");
        ErrorOf($"{{ \"formatVersion\": 2, {Provenance}, \"headings\": {{ \"parts\": [\"…部分\"] }} }}")
            .Should().EndWith("$.headings.parts[0]: expected a word without … (the headings of role parts)");
    }

    [Fact]
    public void A_lone_surrogate_is_refused_with_its_place_not_read_as_U_FFFD()
    {
        // the same helper as the GovBudget JSON reader's: Encoding.UTF8 would make the half pair U+FFFD
        ErrorOf($"{{ \"formatVersion\": 1, {Provenance},\n  \"rows\": {{ \"合计\": [\"总\ud800计\"] }} }}")
            .Should().Be("bad.json:2:22: not valid text: U+D800 is half of a UTF-16 surrogate pair without the other half");
        ErrorOf($"{{ \"formatVersion\": 1, {Provenance}, \"rows\": {{ \"合计\": [\"总\\udc00计\"] }} }}")
            .Should().EndWith("$.rows.合计[0]: the string (the variants printed for 合计) is not valid text: it escapes half of a UTF-16 surrogate pair (\\uD800–\\uDFFF) without the other half");
        ErrorOf($"{{ \"formatVersion\": 1, {Provenance}, \"rows\": {{ \"合\\ud800\": [] }} }}")
            .Should().Contain("not valid text").And.Contain("surrogate");
    }

    [Fact]
    public void Load_reads_a_file_and_names_it_in_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"names-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "\uFEFF{ \"formatVersion\": 1, " + Provenance + ", \"rows\": { \"合计\": \"总计\" } }");
        try
        {
            FluentActions.Invoking(() => DisclosureNames.Load(path)).Should().Throw<NamesFormatException>()
                .Which.Message.Should().StartWith($"{Path.GetFileName(path)}:1:").And.EndWith("$.rows.合计: expected an array (the variants printed for 合计), found a string");
        }
        finally
        {
            File.Delete(path);
        }

        FluentActions.Invoking(() => DisclosureNames.Load(path)).Should().Throw<NamesFormatException>()
            .Which.Message.Should().StartWith($"{Path.GetFileName(path)}: ");
    }
}
