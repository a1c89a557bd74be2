using System.Globalization;

namespace GovBudget.Tests.Datasets;

/// <summary>The check in front of Sep: it counts a line as Sep reads a row, and names the line the row starts on.</summary>
public sealed class CsvLineLimiterTests
{
    private static int? FirstTooLong(string text, int max)
    {
        using var limiter = new CsvLineLimiter(new StringReader(text), max, line => new InvalidDataException(line.ToString(CultureInfo.InvariantCulture)));
        try
        {
            limiter.ReadToEnd().Should().Be(text, "the text passes through unchanged");
            return null;
        }
        catch (InvalidDataException e)
        {
            return int.Parse(e.Message, CultureInfo.InvariantCulture);
        }
    }

    [Theory]
    [InlineData("abc\ndef\n", 3, null)]
    [InlineData("abc\ndefg\n", 3, 2)]
    [InlineData("abc\r\nab\r\nabcd", 3, 3)]
    [InlineData("abc\rab\rabcd", 3, 3)]
    [InlineData("a\n\"b\nc\"\n", 5, null)] // the quoted break is part of the line: "b\nc" is 5 characters
    [InlineData("a\n\"b\nc\"\n", 4, 2)]
    [InlineData("a\n\"b\r\nc\"\nd\n", 5, null)] // a quoted \r\n counts as one
    [InlineData("a\n\"\"\"\"\nabcd", 4, null)] // an escaped quote leaves the field closed
    [InlineData("a\n\"\"\"\"\nabcde", 4, 3)]
    [InlineData("a\r\n\r\n\r\nabcd\r\n", 3, 4)]
    public void A_line_is_counted_up_to_a_break_outside_quotes(string text, int max, int? tooLongOn)
    {
        FirstTooLong(text, max).Should().Be(tooLongOn);
    }

    [Fact]
    public void A_line_is_counted_across_the_reads_that_deliver_it()
    {
        var text = new string('a', 5000) + "\n" + new string('b', 70_000) + "\nc\n";

        FirstTooLong(text, 70_000).Should().BeNull();
        FirstTooLong(text, 69_999).Should().Be(2);
    }
}
