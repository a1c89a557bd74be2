using GovBudget.TestSupport;
using System.Text.Json;
using GovBudget.Documents;
using GovBudget.Serialization;

namespace GovBudget.Tests.Import;

public sealed class DisclosureJsonTests : InEnglish
{
    [Fact]
    public void The_sample_round_trips_exactly()
    {
        var doc = Sample.Import.Document;
        var json = DisclosureJson.Serialize(doc);
        var back = DisclosureJson.Deserialize(json);
        DisclosureJson.Serialize(back).Should().Be(json);
        back.Tables.Should().HaveCount(doc.Tables.Length);
        for (var i = 0; i < doc.Tables.Length; i++)
        {
            back.Tables[i].Kind.Should().BeSameAs(doc.Tables[i].Kind);
            back.Tables[i].Rows.Should().Equal(doc.Tables[i].Rows);
            back.Tables[i].Columns.Should().Equal(doc.Tables[i].Columns);
        }

        back.Narrative.Should().Equal(doc.Narrative);
        back.Department.Should().Be(doc.Department);
    }

    [Fact]
    public void A_document_combined_from_two_files_round_trips_exactly_with_its_sources()
    {
        var doc = Sample.Import.Document;
        var other = new Disclosure(doc.Department, doc.Year, doc.Kind, [], doc.Narrative, "narrative.txt");
        var combined = CombinedDisclosure.Combine([new Disclosure(doc.Department, doc.Year, doc.Kind, doc.Tables, [], "tables.txt"), other]).Document;

        var json = DisclosureJson.Serialize(combined);
        var back = DisclosureJson.Deserialize(json);

        DisclosureJson.Serialize(back).Should().Be(json);
        back.Sources.Should().Equal("tables.txt", "narrative.txt");
        back.Source.Should().Be("tables.txt + narrative.txt");
        back.Narrative.Should().Equal(doc.Narrative);
        back.Tables.Should().HaveCount(doc.Tables.Length);
        DisclosureJson.Serialize(doc).Should().NotContain("\"sources\""); // a document of one file has none
    }

    [Fact]
    public void Amounts_are_numbers_as_printed_blanks_are_null_codes_are_strings()
    {
        var json = DisclosureJson.Serialize(Sample.Import.Document);
        json.Should().Contain("65559.38").And.Contain("63994.00").And.NotContain("6555938").And.NotContain("\"65559.38\"");
        using var parsed = JsonDocument.Parse(json);
        var tables = parsed.RootElement.GetProperty("tables");
        var summary = tables[0];
        summary.GetProperty("kind").GetString().Should().Be("收支总表");
        summary.GetProperty("title").GetString().Should().Be("部门预算收支总表");
        summary.GetProperty("unit").GetString().Should().Be("万元");
        var first = summary.GetProperty("rows")[0];
        first.GetProperty("cells")[0].GetRawText().Should().Be("65559.38");
        first.GetProperty("cells")[1].ValueKind.Should().Be(JsonValueKind.Null);
        first.GetProperty("side").GetString().Should().Be("收入");
        var income = tables.EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "收入总表");
        income.GetProperty("rows")[1].GetProperty("code").GetString().Should().Be("201");
        var assets = tables.EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "国有资产占用情况表");
        assets.GetProperty("asOf").GetString().Should().Be("2022-12-31");
        json.Should().MatchRegex(@"\[\s*1,\s*6\.2\s*\]", "6.2 stays 6.2");
    }

    [Fact]
    public void Rows_nested_in_an_outline_keep_their_depth_and_flat_rows_write_none()
    {
        var columns = new[] { new TableColumn("合计", "总计", null, null, TableSide.None, ColumnType.Amount) };
        TableRow Row(string label, int depth) =>
            new(null, null, label, TableSide.None, [Cell.FromNumber(GovBudget.Amounts.Amount.Parse("9.00"))], 16) { Depth = depth };
        var table = new BudgetTable(TableKind.GovernmentProcurement, "政府采购支出预算表", GovBudget.Amounts.MoneyUnit.TenThousandYuan,
            columns, [Row("合计", 0), Row("一、货物A", 1), Row("办公设备购置", 2), Row("家具用具", 3)]);
        var doc = new Disclosure(new Department(null, "江苏省高级人民法院"), new FiscalYear(2019), DisclosureKind.Budget, [table], []);

        var json = DisclosureJson.Serialize(doc);
        using var parsed = JsonDocument.Parse(json);
        var rows = parsed.RootElement.GetProperty("tables")[0].GetProperty("rows");
        rows[0].TryGetProperty("depth", out _).Should().BeFalse("a row that is not nested writes no depth");
        rows[3].GetProperty("depth").GetInt32().Should().Be(3);
        DisclosureJson.Deserialize(json).Tables[0].Rows.Select(r => r.Depth).Should().Equal(0, 1, 2, 3);
        GovBudget.Datasets.DenseDocument.FromDisclosure(doc).ToDisclosure().Tables[0].Rows.Select(r => r.Depth).Should().Equal(0, 1, 2, 3);
    }

    [Fact]
    public void The_import_result_carries_the_notices()
    {
        var json = DisclosureJson.Serialize(Sample.Import);
        using var parsed = JsonDocument.Parse(json);
        parsed.RootElement.GetProperty("notices").GetArrayLength().Should().Be(1);
        parsed.RootElement.GetProperty("notices")[0].GetProperty("line").GetInt32().Should().Be(724);
        DisclosureJson.Deserialize(json).Tables.Should().HaveCount(Sample.Import.Document.Tables.Length);
    }

    [Fact]
    public void Malformed_json_names_the_problem()
    {
        var act = () => DisclosureJson.Deserialize("{\"department\":{\"name\":\"x\"},\"year\":2023,\"kind\":\"预算\",\"tables\":[{\"kind\":\"无此表\"}],\"narrative\":[]}");
        act.Should().Throw<GovBudget.Import.DisclosureFormatException>()
            .WithMessage("<json>:1:*: $.tables[0].kind: unknown table kind '无此表' (expected the name of a table kind, such as 收支总表)");
    }
}
