using System.Text;
using GovBudget.Rules.Waivers;
using NodaTime;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Waivers;

public sealed class WaiverSetTests : InEnglish
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"govbudget-waivers-{Guid.NewGuid():N}");

    public WaiverSetTests() => Directory.CreateDirectory(folder);

    protected override void Dispose(bool disposing)
    {
        Directory.Delete(folder, recursive: true);
        base.Dispose(disposing);
    }

    private static WaiverSet Read(string text) => WaiverSet.Load(new StringReader(text), "w.csv");

    [Fact]
    public void A_line_gives_a_waiver_with_empty_fields_as_any_and_the_table_resolved()
    {
        var set = Read("rule,department,table,row,column,reason,by,expires\n"
            + "NM-GB, 302 ,一般公共预算支出表,201,,\"模板表述, 已函告\",张三,2025-12-31\n"
            + "\n"
            + "SG-TOTAL,,,,,,李四,2026-01-01\n".Replace(",,李四", ",合计口径不同,李四", StringComparison.Ordinal));

        set.Sources.Should().Equal("w.csv");
        set.Waivers.Should().HaveCount(2);
        var first = set.Waivers[0];
        first.Should().Be(new Waiver("NM-GB", "302", "一般公共预算财政拨款支出表", "201", null, "模板表述, 已函告", "张三",
            new LocalDate(2025, 12, 31), new Diagnostics.SourceSpan("w.csv", 2, 1)));
        first.ToString().Should().Be("NM-GB 302 一般公共预算财政拨款支出表 201");
        set.Waivers[1].Location.Line.Should().Be(4, "the blank line is skipped but counted");
        set.Waivers[1].Table.Should().BeNull();
    }

    [Theory]
    [InlineData("NM-GB,,,,,r,张三", "w.csv:2: expected 8 fields (rule,department,table,row,column,reason,by,expires), found 7")]
    [InlineData(",,,,,r,张三,2025-12-31", "w.csv:2: rule: expected a rule id such as NM-GB, found nothing")]
    [InlineData("NM GB,,,,,r,张三,2025-12-31", "w.csv:2: rule: expected a rule id (ASCII letters, digits, -, _ and ., starting with a letter), found 'NM GB'")]
    [InlineData("NM-GB,,基本表,,,r,张三,2025-12-31", "w.csv:2: table: unknown table '基本表'; expected a table name such as 收支总表, 支出总表, 基本支出表, 三公经费表 or a title as printed, or nothing for any table")]
    [InlineData("NM-GB,,,,, ,张三,2025-12-31", "w.csv:2: reason: expected why the finding is accepted, found nothing")]
    [InlineData("NM-GB,,,,,r,,2025-12-31", "w.csv:2: by: expected who accepted the finding, found nothing")]
    [InlineData("NM-GB,,,,,r,张三,", "w.csv:2: expires: expected the last day the waiver is valid, as yyyy-MM-dd, found nothing")]
    [InlineData("NM-GB,,,,,r,张三,2025/12/31", "w.csv:2: expires: expected a date as yyyy-MM-dd, found '2025/12/31'")]
    [InlineData("NM-GB,,,,,r,张三,2025-02-30", "w.csv:2: expires: expected a date as yyyy-MM-dd, found '2025-02-30'")]
    public void A_malformed_line_names_the_file_the_line_and_what_was_expected(string line, string message)
    {
        var act = () => Read($"{WaiverSet.Header}\n{line}\n");

        var e = act.Should().Throw<WaiverFormatException>().Which;
        e.Message.Should().Be(message);
        e.SourceName.Should().Be("w.csv");
        e.Line.Should().Be(2);
    }

    [Fact]
    public void The_line_number_counts_lines_of_quoted_fields()
    {
        var act = () => Read($"{WaiverSet.Header}\nNM-GB,,,,,\"两行\n理由\",张三,2025-12-31\nNM-GB,,,,,r,张三,tomorrow\n");

        act.Should().Throw<WaiverFormatException>().WithMessage("w.csv:4: expires: expected a date as yyyy-MM-dd, found 'tomorrow'");
    }

    [Fact]
    public void An_empty_file_or_a_wrong_header_is_an_error()
    {
        ((Action)(() => Read(string.Empty))).Should().Throw<WaiverFormatException>()
            .WithMessage("w.csv: the file is empty: expected the header rule,department,table,row,column,reason,by,expires");
        ((Action)(() => Read("rule,table,reason,by,expires\n"))).Should().Throw<WaiverFormatException>()
            .WithMessage("w.csv:1: expected the header rule,department,table,row,column,reason,by,expires, found 'rule,table,reason,by,expires'");
    }

    [Fact]
    public void Files_are_read_in_order_once_each_with_or_without_a_byte_order_mark()
    {
        var a = Path.Combine(folder, "a.csv");
        var b = Path.Combine(folder, "b.csv");
        File.WriteAllText(a, $"{WaiverSet.Header}\r\nNM-GB,,,,,r,张三,2025-12-31\r\n", new UTF8Encoding(true));
        File.WriteAllText(b, $"{WaiverSet.Header}\nSG-TOTAL,,,,,r,李四,2025-12-31\n");

        var set = WaiverSet.Load(a, b, a);

        set.Waivers.Select(w => w.RuleId).Should().Equal("NM-GB", "SG-TOTAL");
        set.Sources.Should().HaveCount(2);
        set.Waivers[0].Location.File.Should().EndWith("a.csv");
        set.Waivers[0].Reason.Should().Be("r", "the CR of a CRLF line is not part of the last field");
    }

    [Fact]
    public void A_missing_file_is_an_io_error()
    {
        var act = () => WaiverSet.Load(Path.Combine(folder, "none.csv"));

        act.Should().Throw<FileNotFoundException>();
    }
}
