using System.Text.Json.Nodes;
using GovBudget.Import;
using GovBudget.Serialization;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Serialization;

/// <summary>
/// Hostile JSON given to <see cref="DisclosureJson.Deserialize(string)"/>: each problem is a
/// <see cref="DisclosureFormatException"/> naming the line, the column, the JSON path, what was expected and what was
/// found; never an exception of System.Text.Json, NodaTime or an argument check, and never their text.
/// </summary>
public sealed class DisclosureJsonHostileTests : InEnglish
{
    private static readonly string SampleJson = DisclosureJson.Serialize(Sample.Import.Document);

    [Fact]
    public void A_string_where_the_year_belongs_names_the_path_and_what_was_expected()
    {
        var json = Edit(d => d["year"] = "2023");

        var e = Fails(json);

        e.Problem.Should().Be("$.year: expected a number (the fiscal year), found a string");
        At(json, e).Should().StartWith("\"2023\"");
    }

    [Fact]
    public void A_null_department_is_not_an_object()
    {
        var json = Edit(d => d["department"] = null);

        var e = Fails(json);

        e.Problem.Should().Be("$.department: expected an object (the department), found null");
        At(json, e).Should().StartWith("null");
    }

    [Fact]
    public void An_array_where_a_table_belongs_is_not_an_object()
    {
        var json = Edit(d => d["tables"]![1] = new JsonArray(1, 2));

        var e = Fails(json);

        e.Problem.Should().Be("$.tables[1]: expected an object (a table), found an array");
        At(json, e).Should().StartWith("[");
    }

    [Fact]
    public void Null_rows_are_not_an_array()
    {
        var json = Edit(d => d["tables"]![2]!["rows"] = null);

        var e = Fails(json);

        e.Problem.Should().Be("$.tables[2].rows: expected an array (the table's rows), found null");
        At(json, e).Should().StartWith("null");
        e.Message.Should().NotContain("Parameter");
    }

    [Fact]
    public void A_missing_label_names_where_it_belongs_and_points_at_its_row()
    {
        var json = Edit(d => d["tables"]![0]!["rows"]![3]!.AsObject().Remove("label"));

        var e = Fails(json);

        e.Problem.Should().Be("$.tables[0].rows[3].label: missing: expected a string (the row's label)");
        At(json, e).Should().StartWith("{");
        var row = At(json, e);
        row[..row.IndexOf('}', StringComparison.Ordinal)].Should().Contain($"\"line\": {Sample.Import.Document.Tables[0].Rows[3].Line}", "the row's own object");
    }

    [Fact]
    public void A_lone_surrogate_escape_is_not_valid_text()
    {
        var first = SampleJson.IndexOf("\"label\": \"", StringComparison.Ordinal) + "\"label\": \"".Length;
        var json = SampleJson[..first] + "\\ud800" + SampleJson[first..];

        var e = Fails(json);

        e.Problem.Should().StartWith("$.tables[0].rows[0].label: the string (the row's label) is not valid text: it escapes half of a UTF-16 surrogate pair");
        At(json, e).Should().StartWith("\"\\ud800");
    }

    [Fact]
    public void A_lone_surrogate_character_in_the_text_is_located()
    {
        var json = "{\n  \"source\": \"a\ud800b\"\n}";

        var e = Fails(json);

        (e.Line, e.Column).Should().Be((2, 15));
        e.Problem.Should().Be("not valid text: U+D800 is half of a UTF-16 surrogate pair without the other half");
    }

    [Theory]
    [InlineData("99999999999999999999", "the amount '99999999999999999999' is too large: the largest amount is 922337203685477.5807")]
    [InlineData("1e5", "expected an amount (digits, optionally with a decimal point), found '1e5'")]
    [InlineData("1.23456", "the amount '1.23456' has more than 4 decimals")]
    public void A_number_that_is_no_amount_names_its_cell(string number, string problem)
    {
        var json = Cell(number, out var path);

        var e = Fails(json);

        e.Problem.Should().Be($"{path}: {problem}");
        At(json, e).Should().StartWith(number);
    }

    [Fact]
    public void An_invalid_code_says_why()
    {
        var json = Edit(d => d["tables"]![1]!["rows"]![1]!["code"] = "2x1");

        var e = Fails(json);

        e.Problem.Should().Be("$.tables[1].rows[1].code: 2x1 is not a classification code: codes are digits only");
        At(json, e).Should().StartWith("\"2x1\"");
    }

    [Theory]
    [InlineData(1800)]
    [InlineData(9999)]
    public void A_year_outside_the_accepted_range_says_the_range(int year)
    {
        var json = Edit(d => d["year"] = year);

        var e = Fails(json);

        e.Problem.Should().Be($"$.year: expected a fiscal year from 1950 to 2200, found {year}");
        e.Message.Should().NotContain("Parameter").And.NotContain("year'");
    }

    [Fact]
    public void A_fraction_where_a_line_number_belongs_is_not_a_whole_number()
    {
        var json = Edit(d => d["tables"]![0]!["line"] = 2.5);

        Fails(json).Problem.Should().Be("$.tables[0].line: expected a whole number from -2147483648 to 2147483647 (the table's line), found 2.5");
    }

    [Fact]
    public void A_row_with_too_few_cells_says_how_many_the_table_has()
    {
        var columns = Sample.Import.Document.Tables[0].Columns.Length;
        var json = Edit(d => d["tables"]![0]!["rows"]![0]!["cells"]!.AsArray().RemoveAt(0));

        var e = Fails(json);

        e.Problem.Should().Be($"$.tables[0].rows[0].cells: expected {columns} cells (one for each column of the table), found {columns - 1}");
        e.Message.Should().NotContain("Parameter");
    }

    [Fact]
    public void An_invalid_date_is_not_a_nodatime_message()
    {
        var json = SampleJson.Replace("\"asOf\": \"2022-12-31\"", "\"asOf\": \"2022-13-31\"", StringComparison.Ordinal);

        var e = Fails(json);

        e.Problem.Should().MatchRegex(@"^\$\.tables\[\d+\]\.asOf: expected a date as yyyy-MM-dd \(the date the table is as of\), found '2022-13-31'$");
        At(json, e).Should().StartWith("\"2022-13-31\"");
    }

    [Fact]
    public void Truncated_json_says_it_ends_too_early_at_its_end()
    {
        var json = SampleJson[..(SampleJson.Length / 2)];

        var e = Fails(json);

        e.Problem.Should().StartWith("the JSON ends too early (is the file cut short?): expected ");
        e.Line.Should().Be(json.Split('\n').Length);
    }

    [Theory]
    [InlineData("%PDF-1.4\n%âãÏÓ\n1 0 obj", 1, 1, "not valid JSON: expected a JSON object ('{'), found '%'")]
    [InlineData("部门预算\n", 1, 1, "not valid JSON: expected a JSON object ('{'), found '部'")]
    [InlineData("", 1, 1, "the file holds no JSON: expected a GovBudget document (a JSON object)")]
    [InlineData("{\"year\" 2023}", 1, 9, "not valid JSON: expected ':' after the property name, found '2'")]
    [InlineData("{\"year\": 2023,}", 1, 15, "not valid JSON: expected a property name in double quotes, found '}'")]
    [InlineData("{\"year\": 2023 \"kind\"}", 1, 15, "not valid JSON: expected ',' or '}', found '\"'")]
    [InlineData("{\n  \"a\": [1, nul]\n}", 2, 12, "not valid JSON: expected a value, found 'nul' (JSON knows only true, false and null)")]
    [InlineData("{\"a\": 1.2.3}", 1, 7, "not valid JSON: expected a value, found an invalid number '1.2.3'")]
    [InlineData("{\"a\": \"x\\q\"}", 1, 10, "not valid JSON: expected a value, found a string that is not valid JSON (no closing quote, a control character or a bad escape)")]
    [InlineData("{\"部门\": 1 x}", 1, 10, "not valid JSON: expected ',' or '}', found 'x'")]
    [InlineData("{} {}", 1, 4, "not valid JSON: expected nothing after the end of the document, found '{'")]
    public void Text_that_is_not_json_says_what_was_expected_where(string json, int line, int column, string problem)
    {
        var e = Fails(json);

        (e.Line, e.Column).Should().Be((line, column));
        e.Problem.Should().Be(problem);
        e.Message.Should().Be($"<json>:{line}:{column}: {problem}");
    }

    [Fact]
    public void Json_nested_too_deep_says_so()
    {
        var json = "{\"a\":" + new string('[', 100) + new string(']', 100) + "}";

        Fails(json).Problem.Should().Be("not valid JSON: objects and arrays nest more than 64 deep");
    }

    [Fact]
    public void An_array_for_the_whole_document_is_not_a_document()
    {
        Fails("[1, 2]").Message.Should().Be("<json>:1:1: $: expected an object (a GovBudget document), found an array");
    }

    [Fact]
    public void A_problem_inside_an_import_result_names_the_path_under_document()
    {
        var result = JsonNode.Parse(DisclosureJson.Serialize(Sample.Import))!;
        result["document"]!["kind"] = "报告";

        Fails(result.ToJsonString()).Problem.Should().Be("$.document.kind: expected 预算 or 决算 (the disclosure's kind), found '报告'");
    }

    [Fact]
    public void A_repeated_property_is_read_and_located_as_its_last_occurrence()
    {
        var json = "{\"department\": {\"name\": \"x\"},\n\"year\": 2023,\n\"year\": \"2023\"\n}";

        var e = Fails(json);

        (e.Line, e.Column).Should().Be((3, 9));
        e.Problem.Should().Be("$.year: expected a number (the fiscal year), found a string");
    }

    [Fact]
    public void The_sample_still_reads_back_exactly()
    {
        DisclosureJson.Serialize(DisclosureJson.Deserialize(SampleJson)).Should().Be(SampleJson);
    }

    private static string Edit(Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(SampleJson)!;
        edit(node);
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    // The sample with the first number cell of the first table replaced by number, raw.
    private static string Cell(string number, out string path)
    {
        var json = Edit(d => d["tables"]![0]!["rows"]![0]!["cells"]![0] = 424242.42m);
        path = "$.tables[0].rows[0].cells[0]";
        return json.Replace("424242.42", number, StringComparison.Ordinal);
    }

    private static DisclosureFormatException Fails(string json)
    {
        var act = () => DisclosureJson.Deserialize(json);
        var e = act.Should().ThrowExactly<DisclosureFormatException>().Which;
        e.SourceName.Should().Be("<json>");
        e.Line.Should().BePositive();
        e.Column.Should().NotBeNull();
        e.Message.Should().Be($"<json>:{e.Line}:{e.Column}: {e.Problem}");
        e.Message.Should().NotContain("Exception").And.NotContain("Parameter").And.NotContain("LineNumber").And.NotContain("BytePosition");
        return e;
    }

    // The text at the error's line and column.
    private static string At(string json, DisclosureFormatException e) => json[Offset(json, e)..];

    private static int Offset(string json, DisclosureFormatException e)
    {
        var start = 0;
        for (var line = 1; line < e.Line; line++)
        {
            start = json.IndexOf('\n', start) + 1;
        }

        return start + e.Column!.Value - 1;
    }
}
