using GovBudget.Datasets;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Datasets;

public sealed class DatasetCsvErrorTests : InEnglish
{
    private const string Header = "year,kind,department,department_name,table,unit,row_code,row_name,column,amount";
    private const string Good = "2023,预算,A,甲,收入总表,万元,201,一般公共服务支出,合计,1.00";

    private static DatasetFormatException ReadError(params string[] lines)
    {
        var act = () => DatasetCsv.Read(new StringReader(string.Join('\n', lines)), "bad.csv");
        return act.Should().Throw<DatasetFormatException>().Which;
    }

    [Fact]
    public void An_empty_file_is_an_error_without_a_line()
    {
        var e = ReadError(string.Empty);
        e.Message.Should().Be($"bad.csv: the file is empty: expected the header {Header}");
        e.Line.Should().Be(0);
    }

    [Fact]
    public void A_wrong_header_is_an_error_on_line_1()
    {
        var e = ReadError("year,kind,department,table,unit,row_code,row_name,column,amount", Good);
        e.Message.Should().Be($"bad.csv:1: expected the header {Header}, found 'year,kind,department,table,unit,row_code,row_name,column,amount'");
        e.Line.Should().Be(1);
        e.SourceName.Should().Be("bad.csv");
        e.Problem.Should().StartWith("expected the header");
    }

    [Fact]
    public void A_header_alone_is_a_dataset_with_no_department()
    {
        DatasetCsv.Read(new StringReader(Header + "\n"), "x.csv").Departments.Should().BeEmpty();
        DatasetCsv.Read(new StringReader("\uFEFF" + Header + "\n" + Good + "\n\n"), "x.csv").Departments.Should().ContainSingle();
    }

    [Theory]
    [InlineData("2023,预算,A,甲,收入总表,万元,201,一般公共服务支出,合计", "expected 10 fields (year,kind,department,department_name,table,unit,row_code,row_name,column,amount), found 9")]
    [InlineData("2023,预算,A,甲,收入总表,万元,201,一般公共服务支出,合计,1.00,x", "expected 10 fields (year,kind,department,department_name,table,unit,row_code,row_name,column,amount), found 11")]
    [InlineData("20x3,预算,A,甲,收入总表,万元,201,一般公共服务支出,合计,1.00", "year: expected a fiscal year (1950 to 2200), found '20x3'")]
    [InlineData("1900,预算,A,甲,收入总表,万元,201,一般公共服务支出,合计,1.00", "year: expected a fiscal year (1950 to 2200), found '1900'")]
    [InlineData("2023,概算,A,甲,收入总表,万元,201,一般公共服务支出,合计,1.00", "kind: expected 预算 or 决算, found '概算'")]
    [InlineData("2023,预算,,甲,收入总表,万元,201,一般公共服务支出,合计,1.00", "department: expected the department's code, found nothing")]
    [InlineData("2023,预算,B,,收入总表,万元,201,一般公共服务支出,合计,1.00", "department_name: expected the department's name, found nothing")]
    [InlineData("2023,预算,A,乙,收入总表,万元,201,一般公共服务支出,基本支出,1.00", "department_name: department A (2023 预算) is named '甲' on line 2, found '乙'")]
    [InlineData("2023,预算,A,甲,收入明细表,万元,201,一般公共服务支出,合计,1.00", "table: expected a table name such as 收支总表, 收入总表 or 一般公共预算财政拨款基本支出表, found '收入明细表'")]
    [InlineData("2023,预算,A,甲,支出总表,千元,201,一般公共服务支出,合计,1.00", "unit: expected 元, 万元 or 亿元, found '千元'")]
    [InlineData("2023,预算,A,甲,收入总表,元,201,一般公共服务支出,小计,1.00", "unit: table 收入总表 of department A (2023 预算) is in 万元 on line 2, found 元")]
    [InlineData("2023,预算,A,甲,收入总表,万元,2010,一般公共服务支出,合计,1.00", "row_code: 2010 is not a functional code: it has 4 digits; 类/款/项 have 3/5/7")]
    [InlineData("2023,预算,A,甲,收入总表,万元,401,一般公共服务支出,合计,1.00", "row_code: 401 is not a classification code: functional codes start with 2, departmental economic codes with 3, government economic codes with 5")]
    [InlineData("2023,预算,A,甲,收入总表,万元,201#0,一般公共服务支出,合计,1.00", "row_code: expected an occurrence number of 1 or more after '#', found '201#0'")]
    [InlineData("2023,预算,A,甲,收入总表,万元,201,一般公共服务,小计,1.00", "row_name: row 201 of table 收入总表 is named '一般公共服务支出' on line 2, found '一般公共服务'")]
    [InlineData("2023,预算,A,甲,收入总表,万元,,,合计,1.00", "amount: a line with neither row_code nor row_name declares a column of an empty table and has no amount, found '1.00'")]
    [InlineData("2023,预算,A,甲,收入总表,万元,201,一般公共服务支出,,1.00", "column: expected a column name, found nothing")]
    [InlineData("2023,预算,A,甲,收入总表,万元,201,一般公共服务支出,收入:合计,1.00", "column: table 收入总表 has one side: expected a column name without 收入: or 支出:, found '收入:合计'")]
    [InlineData("2023,预算,A,甲,收支总表,万元,,本年收入合计,预算数,1.00", "column: table 收支总表 has two sides: expected 收入:<column> or 支出:<column>, found '预算数'")]
    [InlineData("2023,预算,A,甲,收入总表,万元,201,一般公共服务支出,小计,1.0x", "amount: expected an amount (digits, optionally with a decimal point), found '1.0x'")]
    [InlineData("2023,预算,A,甲,收入总表,万元,201,一般公共服务支出,小计,1.00001", "amount: the amount '1.00001' has more than 4 decimals")]
    [InlineData("2023,预算,A,甲,收入总表,万元,201,一般公共服务支出,合计,2.00", "duplicate fact: department A (2023 预算), table 收入总表, row 201, column 合计 was already given on line 2")]
    [InlineData("2023,预算,A,甲,部门预算收入总表,万元,201,一般公共服务支出,合计,", "duplicate fact: department A (2023 预算), table 收入总表, row 201, column 合计 was already given on line 2")]
    public void A_bad_line_is_an_error_naming_the_line_and_what_was_expected(string line, string problem)
    {
        var e = ReadError(Header, Good, line);
        e.Message.Should().Be($"bad.csv:3: {problem}");
        e.Line.Should().Be(3);
        e.Problem.Should().Be(problem);
    }

    [Fact]
    public void The_line_is_counted_in_the_file_even_after_blank_lines_and_quoted_line_breaks()
    {
        var e = ReadError(Header, Good, string.Empty, "2023,预算,A,甲,收入总表,万元,20101,\"人大\n事务\",合计,1.00", "2023,预算,A,甲,收入总表,万元,20101,人大事务,合计,1.00");
        e.Message.Should().Be("bad.csv:6: row_name: row 20101 of table 收入总表 is named '人大\n事务' on line 4, found '人大事务'");
    }

    [Fact]
    public void A_duplicate_in_a_two_sided_table_names_the_side()
    {
        var e = ReadError(Header,
            "2023,预算,A,甲,收支总表,万元,,本年收入合计,收入:预算数,1.00",
            "2023,预算,A,甲,收支总表,万元,,本年收入合计,支出:预算数,1.00",
            "2023,预算,A,甲,收支总表,万元,,本年收入合计,收入:金额,1.00");
        e.Message.Should().Be("bad.csv:4: duplicate fact: department A (2023 预算), table 收支总表, row 收入:本年收入合计, column 收入:金额 was already given on line 2");
    }

    [Fact]
    public void A_fact_repeated_after_its_department_resumed_is_a_duplicate()
    {
        var e = ReadError(Header, Good, "2023,预算,B,乙,收入总表,万元,201,一般公共服务支出,合计,1.00", Good);
        e.Message.Should().Be("bad.csv:4: duplicate fact: department A (2023 预算), table 收入总表, row 201, column 合计 was already given");
    }

    [Fact]
    public void Windows_line_breaks_read_the_same()
    {
        var lines = new[] { Header, Good, "2023,预算,A,甲,收入总表,万元,,合计,合计," };
        var unix = DatasetCsv.Read(new StringReader(string.Join('\n', lines)), "x.csv").Departments.Single();
        var windows = DatasetCsv.Read(new StringReader(string.Join("\r\n", lines) + "\r\n"), "x.csv").Departments.Single();
        windows.Shape.Key.Should().Be(unix.Shape.Key);
        windows.Values.Should().Equal(unix.Values);
        windows.Scales.Should().Equal(unix.Scales);
    }

    [Fact]
    public void A_file_read_from_disk_is_named_by_its_file_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"govbudget-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, Header + "\n" + Good + "\n" + Good + "\n");
        try
        {
            var act = () => DatasetCsv.Read(path);
            act.Should().Throw<DatasetFormatException>().Which.Message.Should().StartWith($"{Path.GetFileName(path)}:3: duplicate fact");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
