using System.Text.Json;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Cli;

/// <summary>
/// Whatever a rule, a check or a reader does, the tool reports it and goes on: a rule or check that throws becomes its
/// own 规则执行失败 finding, the other rules still run, and the run exits 3 (the tool failed), never with a stack trace.
/// </summary>
public sealed class FaultBoundaryTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => TestSupport.Cli.Run(args);

    [Theory]
    [InlineData("BE-CLASS", false)]
    [InlineData("BE-CLASS", true)]
    [InlineData("NM-GB", false)]
    [InlineData("NA-SHARE", false)]
    public void A_check_that_throws_is_its_own_finding_the_others_still_run_and_the_exit_is_3(string failing, bool noCompile)
    {
        int code;
        string output, error;
        using (FaultInjection.Fail(failing))
        {
            (code, output, error) = noCompile
                ? Run("check", Sample.Path, "--format", "json", "--no-compile")
                : Run("check", Sample.Path, "--format", "json");
        }

        code.Should().Be(3);
        error.Should().NotContain("   at ");
        using var json = JsonDocument.Parse(output);
        var findings = json.RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray().ToList();
        var fault = findings.Should().ContainSingle(f => f.GetProperty("rule").GetString() == failing).Which;
        fault.GetProperty("severity").GetString().Should().Be("error");
        fault.GetProperty("internalFault").GetBoolean().Should().BeTrue();
        fault.GetProperty("message").GetString().Should().StartWith($"规则执行失败：{failing}")
            .And.Contain("shijiazhuang-data-bureau-2023-budget.txt").And.Contain($"a fault injected into {failing}")
            .And.NotContain("   at ");
        if (failing != "NM-GB")
        {
            // The sample's one real defect is still found: the other rules ran.
            findings.Should().Contain(f => f.GetProperty("rule").GetString() == "NM-GB");
        }
    }

    [Fact]
    public void The_library_marks_the_fault_and_both_engines_agree()
    {
        var document = Sample.Import.Document;
        var pack = RulePack.Standard(DisclosureKind.Budget);
        using (FaultInjection.Fail("GB-TOTAL"))
        {
            var interpreted = pack.Check(document);
            var compiled = new CompiledPack(pack).Check(document);
            foreach (var result in new[] { interpreted, compiled })
            {
                result.HasInternalFaults.Should().BeTrue();
                result.Findings.Should().ContainSingle(f => f.IsInternalFault).Which.RuleId.Should().Be("GB-TOTAL");
                result.Passed.Should().Contain("BE-CLASS");
            }
        }

        pack.Check(document).HasInternalFaults.Should().BeFalse();
    }

    [Fact]
    public void Over_several_files_the_worst_exit_code_wins()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"govbudget-worst-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var empty = Path.Combine(folder, "empty.txt");
            File.WriteAllText(empty, string.Empty);
            var at = Sample.Text.IndexOf("1259.54", StringComparison.Ordinal);
            var broken = Sample.Text[..at] + "1359.54" + Sample.Text[(at + 7)..]; // one cell changed: an error finding
            var withError = Path.Combine(folder, "broken.txt");
            File.WriteAllText(withError, broken);

            Run("check", Sample.Path).Code.Should().Be(0);
            Run("check", Sample.Path, withError).Code.Should().Be(1);
            Run("check", withError, empty, Sample.Path).Code.Should().Be(2);
            using (FaultInjection.Fail("BE-CLASS"))
            {
                Run("check", empty, Sample.Path, withError).Code.Should().Be(3);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_help_states_the_exit_codes()
    {
        foreach (var args in new[] { new[] { "--help" }, ["check", "--help"] })
        {
            var (code, output, _) = Run([.. args, "--lang", "en"]);
            code.Should().Be(0);
            output.Should().Contain("Exit codes:\n  0  no error found".ReplaceLineEndings()).And.Contain("3  GovBudget itself failed").And.Contain("the worst wins");
        }
    }

    [Fact]
    public void A_number_too_large_in_a_rule_or_an_expression_is_a_load_error_at_its_place()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"govbudget-big-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var rules = Path.Combine(folder, "big.rules");
            File.WriteAllText(rules, "rule BIG error \"大数\"\n    table 基本支出表\n    check 301 <= 123456789012345678901234567890.5\n");
            var (code, _, error) = Run("check", Sample.Path, "--rules", rules, "--lang", "en");
            code.Should().Be(2);
            error.Trim().Should().EndWith(
                "big.rules:3:18: the number 123456789012345678901234567890.5 is too large: a number in a rule has at most 12 digits before the point (the largest is 999999999999.9999)");

            File.WriteAllText(rules, "tolerance 99999999999999999999999999999.0\nrule T error \"t\"\n    table 基本支出表\n    check 301 == 301\n");
            (code, _, error) = Run("check", Sample.Path, "--rules", rules, "--lang", "en");
            code.Should().Be(2);
            error.Should().Contain("big.rules:1:11: the number 99999999999999999999999999999.0 is too large");

            (code, _, error) = Run("eval", Sample.Path, "1.0 + 99999999999999999999999999999999.0", "--lang", "en");
            code.Should().Be(2);
            error.Should().Contain("expression:1:7: the number 99999999999999999999999999999999.0 is too large");

            // The largest accepted number is read on both engines alike.
            File.WriteAllText(rules, "rule MAX error \"最大\"\n    table 基本支出表\n    check 301 <= 999999999999.9999\n");
            Run("check", Sample.Path, "--rules", rules).Code.Should().Be(0);
            Run("check", Sample.Path, "--rules", rules, "--no-compile").Code.Should().Be(0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Severity_of_a_fault_is_error_even_where_the_rule_is_a_warning()
    {
        using (FaultInjection.Fail("NM-GB"))
        {
            var finding = RulePack.Standard(DisclosureKind.Budget).Check(Sample.Import.Document).Findings.Single(f => f.RuleId == "NM-GB");
            finding.Severity.Should().Be(Severity.Error);
            finding.IsInternalFault.Should().BeTrue();
        }
    }
}
