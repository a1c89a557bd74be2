using System.Text.Json.Nodes;
using GovBudget.Serialization;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Cli;

/// <summary>
/// <c>govbudget check</c> on hostile JSON: the file is unusable (exit 2) with one line on stderr,
/// <c>govbudget: FILE:LINE:COL: $.path: what was expected, found what</c>, never an internal fault (exit 3) and never the
/// text of an exception.
/// </summary>
public sealed class HostileJsonCliTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"govbudget-hostile-{Guid.NewGuid():N}");

    public HostileJsonCliTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string, string> Hostile() => new()
    {
        { "year-string", "$.year: expected a number (the fiscal year), found a string" },
        { "department-null", "$.department: expected an object (the department), found null" },
        { "rows-null", "$.tables[2].rows: expected an array (the table's rows), found null" },
        { "label-missing", "$.tables[0].rows[3].label: missing: expected a string (the row's label)" },
        { "year-range", "$.year: expected a fiscal year from 1950 to 2200, found 1800" },
        { "truncated", "the JSON ends too early (is the file cut short?): expected " },
        { "not-json", "not valid JSON: expected a JSON object ('{'), found '%'" },
        { "surrogate", "$.tables[0].rows[0].label: the string (the row's label) is not valid text" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_json_is_unusable_with_one_located_line(string name, string problem)
    {
        var path = Path.Combine(folder, $"{name}.json");
        File.WriteAllText(path, Content(name));

        var (code, _, error) = GovBudget.TestSupport.Cli.Run("check", path, "--lang", "en");

        code.Should().Be(2, error);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle();
        lines[0].Should().MatchRegex($@"^govbudget: {name}\.json:\d+:\d+: ");
        lines[0].Should().Contain(problem).And.NotContain("Exception").And.NotContain("Parameter").And.NotContain("   at ");
    }

    [Fact]
    public void A_string_year_is_reported_at_its_line_and_column()
    {
        var path = Path.Combine(folder, "year.json");
        File.WriteAllText(path, "{\n  \"department\": {\"name\": \"x\"},\n  \"year\": \"2023\"\n}");

        var (code, _, error) = GovBudget.TestSupport.Cli.Run("check", path, "--lang", "en");

        code.Should().Be(2);
        error.TrimEnd().Should().Be("govbudget: year.json:3:11: $.year: expected a number (the fiscal year), found a string");
    }

    [Fact]
    public void Import_as_json_then_check_gives_the_findings_of_checking_the_text()
    {
        var (importCode, json, _) = GovBudget.TestSupport.Cli.Run("import", Sample.Path, "--format", "json");
        importCode.Should().Be(0);
        var path = Path.Combine(folder, "sample.json");
        File.WriteAllText(path, json);

        var (fromText, textOut, _) = GovBudget.TestSupport.Cli.Run("check", Sample.Path, "--format", "json");
        var (fromJson, jsonOut, _) = GovBudget.TestSupport.Cli.Run("check", path, "--format", "json");

        fromJson.Should().Be(fromText);
        var findings = Findings(jsonOut);
        findings.Should().NotBeEmpty();
        findings.Should().Be(Findings(textOut)); // the notices of the import are not the document's: only the findings compare
    }

    private static string Findings(string checkJson) =>
        JsonNode.Parse(checkJson)!["documents"]![0]!["findings"]!.ToJsonString();

    private static string Content(string name)
    {
        var json = DisclosureJson.Serialize(Sample.Import.Document);
        var d = JsonNode.Parse(json)!;
        switch (name)
        {
            case "year-string":
                d["year"] = "2023";
                break;
            case "department-null":
                d["department"] = null;
                break;
            case "rows-null":
                d["tables"]![2]!["rows"] = null;
                break;
            case "label-missing":
                d["tables"]![0]!["rows"]![3]!.AsObject().Remove("label");
                break;
            case "year-range":
                d["year"] = 1800;
                break;
            case "truncated":
                return json[..(json.Length * 2 / 3)];
            case "not-json":
                return "%PDF-1.4\n1 0 obj\n";
            case "surrogate":
                var at = json.IndexOf("\"label\": \"", StringComparison.Ordinal) + "\"label\": \"".Length;
                return json[..at] + "\\ud800" + json[at..];
        }

        return d.ToJsonString();
    }
}
