using GovBudget.TestSupport;
using System.Text.Json;
using GovBudget.Documents;
using GovBudget.Serialization;

namespace GovBudget.Tests.Import;

public sealed class DisclosureJsonTests
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
        act.Should().Throw<JsonException>().WithMessage("unknown table kind '无此表'");
    }
}
