using GovBudget.Rules.Waivers;
using GovBudget.TestSupport;
using NodaTime;

namespace GovBudget.Rules.Tests.Waivers;

/// <summary>Waiver files no one meant to write: lines longer than <see cref="WaiverSet.MaxLineLength"/>, dates that are not dates.</summary>
public sealed class WaiverHostileInputTests : InEnglish
{
    private const string Good = "NM-GB,,,,,r,张三,2025-12-31";

    private const string TooLong = "the line is longer than 1,048,576 characters; "
        + "a waiver is one short line: is this a waiver file, or does a quoted field lack its closing quote?";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"govbudget-waivers-hostile-{Guid.NewGuid():N}");

    public WaiverHostileInputTests() => Directory.CreateDirectory(folder);

    protected override void Dispose(bool disposing)
    {
        Directory.Delete(folder, recursive: true);
        base.Dispose(disposing);
    }

    private static WaiverFormatException ReadError(string text)
    {
        var act = () => WaiverSet.Load(new StringReader(text), "w.csv");
        return act.Should().Throw<WaiverFormatException>().Which;
    }

    private string WriteHuge(string name, int length)
    {
        var path = Path.Combine(folder, name);
        using var writer = new StreamWriter(path);
        writer.Write($"{WaiverSet.Header}\n{Good}\n");
        writer.Write(new string('x', length));
        writer.Write('\n');
        return path;
    }

    [Fact]
    public void The_limit_is_one_mebibyte()
    {
        WaiverSet.MaxLineLength.Should().Be(1_048_576);
    }

    [Fact]
    public void A_20_MiB_line_is_an_error_on_its_line()
    {
        var e = ReadError($"{WaiverSet.Header}\n{Good}\n{new string('x', 20 << 20)}\n{Good}\n");

        e.Message.Should().Be($"w.csv:3: {TooLong}");
        e.Line.Should().Be(3);
    }

    [Fact]
    public void A_reason_of_the_longest_length_is_read_and_one_character_more_is_too_long()
    {
        const string Before = "NM-GB,,,,,";
        const string After = ",张三,2025-12-31";
        var longest = Before + new string('因', WaiverSet.MaxLineLength - Before.Length - After.Length) + After;

        WaiverSet.Load(new StringReader($"{WaiverSet.Header}\n{longest}\n"), "w.csv").Waivers.Should().ContainSingle()
            .Which.Reason.Length.Should().Be(WaiverSet.MaxLineLength - Before.Length - After.Length);
        ReadError($"{WaiverSet.Header}\n{longest.Replace(",张三,", ",张三丰,", StringComparison.Ordinal)}\n").Message
            .Should().Be($"w.csv:2: {TooLong}");
    }

    [Fact]
    public void A_quote_left_open_is_too_long_on_the_line_it_opens()
    {
        var e = ReadError($"{WaiverSet.Header}\n{Good}\nNM-GB,,,,,\"r,张三,2025-12-31\n{string.Join('\n', Enumerable.Repeat(Good, 50_000))}\n");

        e.Line.Should().Be(3);
        e.Problem.Should().Be(TooLong);
    }

    [Fact]
    public void Sep_s_own_limit_is_reported_the_same_way_when_a_line_gets_past_the_check()
    {
        var act = () => new WaiverCsvReader("w.csv", int.MaxValue).Read(new StringReader($"{WaiverSet.Header}\n{Good}\n{new string('x', 17 << 20)}\n"));

        var e = act.Should().Throw<WaiverFormatException>().Which;
        e.Message.Should().Be($"w.csv:3: {TooLong}");
        e.InnerException.Should().BeNull();
    }

    [Theory]
    [InlineData("-2025-01-01")]
    [InlineData("+2025-01-01")]
    [InlineData("02025-01-01")]
    [InlineData("2025-1-01")]
    [InlineData("2025-01-1")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-04-31")]
    [InlineData("2100-02-29")]
    [InlineData("２０２５-01-01")]
    [InlineData("2025-01-01T00:00")]
    public void An_expiry_that_is_not_a_calendar_date_written_yyyy_MM_dd_is_an_error(string expires)
    {
        var e = ReadError($"{WaiverSet.Header}\n{Good}\nNM-GB,,,,,r,张三,{expires}\n");

        e.Message.Should().Be($"w.csv:3: expires: expected a date as yyyy-MM-dd, found '{expires}'");
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("1999-12-31")]
    [InlineData("2201-01-01")]
    [InlineData("9999-12-31")]
    public void An_expiry_in_a_year_before_2000_or_after_2200_is_an_error(string expires)
    {
        var e = ReadError($"{WaiverSet.Header}\nNM-GB,,,,,r,张三,{expires}\n");

        e.Message.Should().Be($"w.csv:2: expires: expected a date as yyyy-MM-dd in the years 2000 to 2200, found '{expires}'");
        e.Line.Should().Be(2);
    }

    [Theory]
    [InlineData("2000-01-01", 2000, 1, 1)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2200-12-31", 2200, 12, 31)]
    [InlineData(" 2025-06-30 ", 2025, 6, 30)]
    public void An_expiry_in_range_is_read(string expires, int year, int month, int day)
    {
        WaiverSet.Load(new StringReader($"{WaiverSet.Header}\nNM-GB,,,,,r,张三,{expires}\n"), "w.csv")
            .Waivers.Single().Expires.Should().Be(new LocalDate(year, month, day));
    }

    [Fact]
    public void A_waiver_file_with_a_20_MiB_line_exits_2_with_one_line_naming_the_file_and_the_line()
    {
        var path = WriteHuge("huge-waivers.csv", 20 << 20);

        var (code, output, error) = TestSupport.Cli.Run("check", Sample.Path, "--waivers", path, "--lang", "en");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"govbudget: {path}:3: {TooLong}{Environment.NewLine}");
        error.Should().NotContain("Exception").And.NotContain("Parameter");
    }

    [Fact]
    public void A_waiver_file_with_a_year_zero_expiry_exits_2_with_one_line_naming_the_file_and_the_line()
    {
        var path = Path.Combine(folder, "waivers.csv");
        File.WriteAllText(path, $"{WaiverSet.Header}\n{Good}\nNM-GB,,,,,r,张三,0000-01-01\n");

        var (code, output, error) = TestSupport.Cli.Run("check", Sample.Path, "--waivers", path, "--lang", "en");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"govbudget: {path}:3: expires: expected a date as yyyy-MM-dd in the years 2000 to 2200, found '0000-01-01'{Environment.NewLine}");
        error.Should().NotContain("Exception").And.NotContain("Parameter");
    }
}
