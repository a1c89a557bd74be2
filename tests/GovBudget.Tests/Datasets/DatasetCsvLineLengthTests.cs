using GovBudget.Datasets;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Datasets;

/// <summary>Lines longer than <see cref="DatasetCsv.MaxLineLength"/>, which Sep would buffer up to its 16 MiB and then reject.</summary>
public sealed class DatasetCsvLineLengthTests : InEnglish
{
    private const string Good = "2023,预算,A,甲,收入总表,万元,201,一般公共服务支出,合计,1.00";

    private const string TooLong = "the line is longer than 1,048,576 characters; "
        + "a dataset line holds one fact and is far shorter: is this a dataset, or does a quoted field lack its closing quote?";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"govbudget-dataset-long-{Guid.NewGuid():N}");

    public DatasetCsvLineLengthTests() => Directory.CreateDirectory(folder);

    protected override void Dispose(bool disposing)
    {
        Directory.Delete(folder, recursive: true);
        base.Dispose(disposing);
    }

    private static DatasetFormatException ReadError(string text)
    {
        var act = () => DatasetCsv.Read(new StringReader(text), "long.csv");
        return act.Should().Throw<DatasetFormatException>().Which;
    }

    [Fact]
    public void The_limit_is_one_mebibyte()
    {
        DatasetCsv.MaxLineLength.Should().Be(1_048_576);
    }

    [Fact]
    public void A_20_MiB_line_is_an_error_on_its_line()
    {
        var e = ReadError($"{DatasetCsv.Header}\n{Good}\n{new string('x', 20 << 20)}\n{Good}\n");

        e.Message.Should().Be($"long.csv:3: {TooLong}");
        e.Line.Should().Be(3);
    }

    [Fact]
    public void A_line_of_the_longest_length_is_read_and_one_character_more_is_too_long()
    {
        const string Before = "2023,预算,A,甲,收入总表,万元,201,";
        const string After = ",合计,1.00";
        var longest = Before + new string('名', DatasetCsv.MaxLineLength - Before.Length - After.Length) + After;
        longest.Length.Should().Be(DatasetCsv.MaxLineLength);

        var dataset = DatasetCsv.Read(new StringReader($"{DatasetCsv.Header}\r\n{longest}\r\n"), "long.csv");
        dataset.Departments.Should().ContainSingle();

        var e = ReadError($"{DatasetCsv.Header}\r\n{longest.Replace(",合计,", ",合计x,", StringComparison.Ordinal)}\r\n");
        e.Message.Should().Be($"long.csv:2: {TooLong}");
    }

    [Fact]
    public void A_long_header_is_an_error_on_line_1()
    {
        ReadError(new string(',', (1 << 20) + 1)).Message.Should().Be($"long.csv:1: {TooLong}");
    }

    [Fact]
    public void A_quote_left_open_is_too_long_on_the_line_it_opens_however_short_the_lines_after_it()
    {
        var lines = Enumerable.Repeat(Good, ((1 << 20) / Good.Length) + 10);
        var e = ReadError($"{DatasetCsv.Header}\n{Good}\n2023,预算,A,甲,收入总表,万元,201,\"一般公共服务支出,合计,1.00\n{string.Join('\n', lines)}\n");

        e.Line.Should().Be(3);
        e.Problem.Should().Be(TooLong);
    }

    [Fact]
    public void Sep_s_own_limit_is_reported_the_same_way_when_a_line_gets_past_the_check()
    {
        var reader = new DatasetCsvReader("long.csv", int.MaxValue);
        var act = () => reader.Read(new StringReader($"{DatasetCsv.Header}\n{Good}\n\n{new string('x', 17 << 20)}\n"));

        var e = act.Should().Throw<DatasetFormatException>().Which;
        e.Message.Should().Be($"long.csv:4: {TooLong}");
        e.InnerException.Should().BeNull();
    }

    [Fact]
    public void A_file_with_a_20_MiB_line_exits_2_with_one_line_naming_the_file_and_the_line()
    {
        var path = Path.Combine(folder, "huge.csv");
        using (var writer = new StreamWriter(path))
        {
            writer.Write($"{DatasetCsv.Header}\n{Good}\n");
            writer.Write(new string('9', 20 << 20));
            writer.Write('\n');
        }

        var (code, output, error) = TestSupport.Cli.Run("check", path, "--lang", "en");

        code.Should().Be(2);
        output.Should().NotContain(TooLong);
        error.Should().Be($"govbudget: huge.csv:3: {TooLong}\n");
        error.Should().NotContain("Exception").And.NotContain("Parameter");
    }
}
