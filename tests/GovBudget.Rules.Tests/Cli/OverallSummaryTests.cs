using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Cli;

/// <summary>A run over several files ends with what they found together and which files have errors.</summary>
public sealed class OverallSummaryTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"govbudget-overall-{Guid.NewGuid():N}");

    public OverallSummaryTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Several_files_end_with_the_totals_the_failed_files_and_the_unreadable_ones()
    {
        var clean = Path.Combine(folder, "clean.txt");
        var wrong = Path.Combine(folder, "wrong.txt");
        File.WriteAllText(clean, Sample.Text);
        File.WriteAllText(wrong, Sample.Text.Replace("3\t30101\t基本工资\t274.14\t274.14\t", "3\t30101\t基本工资\t284.14\t274.14\t", StringComparison.Ordinal));
        var missing = Path.Combine(folder, "missing.txt");

        var (code, output, _) = TestSupport.Cli.Run("check", clean, wrong, missing);
        var (_, one, _) = TestSupport.Cli.Run("check", wrong);

        code.Should().Be(2, "a file could not be read: the worst wins");
        var errors = int.Parse(System.Text.RegularExpressions.Regex.Match(one, "错误 (\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        errors.Should().BePositive();
        // The totals end the report, before the one line that says what produced it.
        var lines = output.TrimEnd().Split('\n');
        lines[^1].Should().StartWith("生成：govbudget ");
        lines[^3].Should().Be($"共 3 份文件：错误 {errors}，警告 2，提示 0；有错误的文件 1 份（{wrong}），无法读取 1 份");
        one.Should().NotContain("共 1 份文件", "one file has its own summary only");
    }
}
