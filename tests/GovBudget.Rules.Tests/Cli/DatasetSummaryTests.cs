using System.Text.Json;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Cli;

/// <summary>A dataset run's summary: the departments that failed, findings and departments by rule in a table, and
/// each distinct set of not-applicable checks once.</summary>
public sealed class DatasetSummaryTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"govbudget-dataset-summary-{Guid.NewGuid():N}");

    public DatasetSummaryTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_summary_counts_failed_departments_and_rules_as_the_departments_report_them()
    {
        var csv = Dataset(withoutSanGongFor: "000002");

        var (code, json, error) = TestSupport.Cli.Run("check", csv, "--format", "json");

        code.Should().Be(1, error);
        using var parsed = JsonDocument.Parse(json);
        var departments = parsed.RootElement.GetProperty("documents").EnumerateArray().ToList();
        var summary = parsed.RootElement.GetProperty("datasets")[0];
        static int Count(JsonElement d, string name) => d.GetProperty("counts").GetProperty(name).GetInt32();
        summary.GetProperty("failedDepartments").GetInt32().Should().Be(departments.Count(d => Count(d, "errors") > 0)).And.BePositive();
        summary.GetProperty("errors").GetInt32().Should().Be(departments.Sum(d => Count(d, "errors")));
        summary.GetProperty("warnings").GetInt32().Should().Be(departments.Sum(d => Count(d, "warnings")));

        // Each department's counts cover every check of the pack once: passed, not applicable, or found something.
        var checks = GovBudget.Rules.Checking.RulePack.Standard(GovBudget.Documents.DisclosureKind.Budget).Checks.Count;
        departments.Should().AllSatisfy(d => (Count(d, "passed") + Count(d, "notApplicable")
            + d.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).Distinct().Count()).Should().Be(checks));

        var byRule = summary.GetProperty("findingsByRule").EnumerateArray().ToList();
        byRule.Should().NotBeEmpty();
        foreach (var rule in byRule)
        {
            var id = rule.GetProperty("rule").GetString();
            var having = departments.Where(d => d.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty("rule").GetString() == id)).ToList();
            rule.GetProperty("departments").GetInt32().Should().Be(having.Count, id);
            rule.GetProperty("count").GetInt32().Should().Be(
                having.Sum(d => d.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("rule").GetString() == id)), id);
        }

        // Two sets: the department printed without a 三公 table has the 三公 checks not applicable as well.
        var sets = summary.GetProperty("notApplicableSets").EnumerateArray().ToList();
        sets.Should().HaveCount(2);
        sets.Sum(s => s.GetProperty("count").GetInt32()).Should().Be(departments.Count);
        var setOf = sets.SelectMany(s => s.GetProperty("departments").EnumerateArray()
                .Select(d => (Department: d.GetString(), Rules: Ids(s.GetProperty("rules")))))
            .ToDictionary(x => x.Department!, x => x.Rules);
        foreach (var d in departments)
        {
            setOf[d.GetProperty("department").GetString()!].Should().Equal(Ids(d.GetProperty("notApplicable")));
        }

        sets.Single(s => s.GetProperty("count").GetInt32() == 1).GetProperty("departments")[0].GetString().Should().Be("000002");
    }

    [Fact]
    public void The_text_summary_prints_the_outcome_and_a_table_by_rule()
    {
        var csv = Dataset(withoutSanGongFor: null);
        var (_, json, _) = TestSupport.Cli.Run("check", csv, "--format", "json");
        using var parsed = JsonDocument.Parse(json);
        var summary = parsed.RootElement.GetProperty("datasets")[0];

        var (code, text, error) = TestSupport.Cli.Run("check", csv);

        code.Should().Be(1, error);
        text.Should().Contain($"有错误的部门 {summary.GetProperty("failedDepartments").GetInt32()} 个，只有警告的部门 "
            + $"{summary.GetProperty("departmentsWithWarningsOnly").GetInt32()} 个；错误 {summary.GetProperty("errors").GetInt32()} 条");
        var first = summary.GetProperty("findingsByRule")[0];
        var row = text.Split('\n').Single(l => l.Contains($"│ {first.GetProperty("rule").GetString()} ", StringComparison.Ordinal));
        row.Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            first.GetProperty("rule").GetString(), "错误", first.GetProperty("count").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            first.GetProperty("departments").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        text.Should().Contain("不适用的检查 1 种组合：").And.NotContain("\u001b[", "a report has no terminal control codes");
    }

    private static List<string?> Ids(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];

    // 30 generated departments, a third with an injected error; optionally one department printed without its 三公 table.
    private string Dataset(string? withoutSanGongFor)
    {
        var csv = Path.Combine(folder, "d.csv");
        GovBudget.Datasets.DatasetGenerator.WriteCsv(csv, 30, seed: 3, errorRate: 0.3);
        if (withoutSanGongFor is not null)
        {
            File.WriteAllLines(csv, File.ReadAllLines(csv).Where(l => !l.Contains($",{withoutSanGongFor},", StringComparison.Ordinal) || !l.Contains(",“三公”经费支出表,", StringComparison.Ordinal)));
        }

        return csv;
    }
}
