using GovBudget.Serialization;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Names;

/// <summary>The year and department a table's title prints are kept on the table and in JSON, as printed (issue 12).</summary>
public sealed class PrintedTitlePartsTests : InEnglish
{
    [Fact]
    public void A_pdf_tables_title_year_is_kept_and_round_trips_through_json()
    {
        var document = RealPdf.Import(RealPdf.Shanghai2025).Document;
        var summary = document.Tables[0];
        summary.Title.Should().Be("2025年部门财务收支预算总表");
        summary.PrintedYear.Should().Be(2025);
        summary.PrintedDepartment.Should().BeNull();

        var json = DisclosureJson.Serialize(document);
        var back = DisclosureJson.Deserialize(json);

        json.Should().Contain("\"printedYear\": 2025");
        back.Tables.Select(t => (t.PrintedYear, t.PrintedDepartment)).Should().Equal(document.Tables.Select(t => (t.PrintedYear, t.PrintedDepartment)));
        DisclosureJson.Serialize(back).Should().Be(json);
    }

    [Fact]
    public void A_text_tables_printed_department_is_kept_and_read_back()
    {
        var text = Sample.Text.Replace("## 部门预算收支总表", "## 2023年度石家庄市数据资源管理局部门预算收支总表", StringComparison.Ordinal);
        var document = GovBudget.Import.DisclosureTextReader.Read(text, "titled.txt").Document;

        var summary = document.Tables[0];
        (summary.PrintedYear, summary.PrintedDepartment).Should().Be((2023, "石家庄市数据资源管理局"));
        var back = DisclosureJson.Deserialize(DisclosureJson.Serialize(document)).Tables[0];
        (back.PrintedYear, back.PrintedDepartment).Should().Be((2023, "石家庄市数据资源管理局"));
        Sample.Import.Document.Tables[0].PrintedDepartment.Should().BeNull(); // 部门预算收支总表 prints neither
    }

    [Fact]
    public void A_printed_year_that_is_not_a_number_is_a_located_error()
    {
        var json = DisclosureJson.Serialize(Sample.Import.Document).Replace("\"title\": \"部门预算收支总表\",", "\"title\": \"部门预算收支总表\", \"printedYear\": \"2023\",", StringComparison.Ordinal);

        FluentActions.Invoking(() => DisclosureJson.Deserialize(json)).Should().Throw<GovBudget.Import.DisclosureFormatException>()
            .Which.Message.Should().Contain("$.tables[0].printedYear: expected a number (the year the table's title prints), found a string");
    }
}
