using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Cli;

/// <summary>Issue 15 (report): <c>--severity</c> above info hides the reader's notices too, and says how many it hid.</summary>
public sealed class SeverityNoticeTests
{
    [Fact]
    public void Severity_error_hides_notices_and_counts_them()
    {
        var (_, output, _) = TestSupport.Cli.Run("check", Sample.Path, "--severity", "error");
        output.Should().NotContain("读取说明：").And.Contain("（另有读取说明 1 条未显示：--severity info 显示）");
    }

    [Fact]
    public void The_default_shows_every_notice()
    {
        var (_, output, _) = TestSupport.Cli.Run("check", Sample.Path);
        output.Should().Contain("读取说明：shijiazhuang-data-bureau-2023-budget.txt:724: 部门政府采购预算").And.NotContain("未显示");
    }
}
