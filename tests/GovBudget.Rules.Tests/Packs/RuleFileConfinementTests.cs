using System.Diagnostics;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Packs;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Packs;

/// <summary>
/// Issue 11: a rule pack from someone else must not make GovBudget read files outside its folder, devices or FIFOs,
/// and a refused file's content never appears in a message.
/// </summary>
public sealed class RuleFileConfinementTests : InEnglish
{
    private const string Secret = "SECRET-CONTENT-4711";

    private readonly string root = Path.Combine(Path.GetTempPath(), $"govbudget-confine-{Guid.NewGuid():N}");

    public RuleFileConfinementTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "pack", "shared"));
        File.WriteAllText(Path.Combine(root, "secret.rules"), Secret + " is not a rule");
        File.WriteAllText(Path.Combine(root, "pack", "shared", "base.rules"), "rule BASE-1 error \"t\" table 基本支出表 check 301 > 0.0");
    }

    protected override void Dispose(bool disposing)
    {
        Directory.Delete(root, recursive: true);
        base.Dispose(disposing);
    }

    private string Main(string text)
    {
        var path = Path.Combine(root, "pack", "main.rules");
        File.WriteAllText(path, text);
        return path;
    }

    private static RuleDiagnostic Error(Action act) => act.Should().Throw<RuleLoadException>().Which.Diagnostics.Single();

    [Fact]
    public void An_include_inside_the_folder_is_read()
    {
        RulePack.Load(Main("include \"shared/base.rules\"")).Rules.Select(r => r.Id).Should().Equal("BASE-1");
    }

    [Theory]
    [InlineData("../secret.rules")]
    [InlineData("shared/../../secret.rules")]
    public void An_include_that_leaves_the_folder_is_refused_unread(string include)
    {
        var error = Error(() => RulePack.Load(Main($"include \"{include}\"")));
        error.Message.Should().Be($"include '{include}' leaves the rule folder {Path.Combine(root, "pack")}; an include must name a file inside the folders given with --rules");
        error.Span.Line.Should().Be(1);
        error.Message.Should().NotContain(Secret);
    }

    [Fact]
    public void An_absolute_include_outside_is_refused_and_one_inside_another_rules_folder_is_read()
    {
        var outside = Path.Combine(root, "secret.rules");
        Error(() => RulePack.Load(Main($"include \"{outside}\""))).Message.Should().Contain("leaves the rule folder");
        File.WriteAllText(Path.Combine(root, "other.rules"), "rule OTHER-1 error \"t\" table 基本支出表 check 301 > 0.0");
        var both = RulePack.Load(Main($"include \"{Path.Combine(root, "other.rules")}\""), Path.Combine(root, "other.rules"));
        both.Rules.Select(r => r.Id).Should().Equal("OTHER-1");
    }

    [Theory]
    [InlineData("/etc/shadow")]
    [InlineData("/dev/zero")]
    [InlineData("../../../../../../etc/passwd")]
    public void An_include_of_anything_but_a_rules_file_is_refused(string include)
    {
        Error(() => RulePack.Load(Main($"include \"{include}\""))).Message
            .Should().Be($"include '{include}' does not name a .rules file; expected a rule file");
    }

    [Fact]
    public void A_symbolic_link_inside_the_folder_cannot_point_outside_it()
    {
        File.CreateSymbolicLink(Path.Combine(root, "pack", "link.rules"), Path.Combine(root, "secret.rules"));
        var error = Error(() => RulePack.Load(Main("include \"link.rules\"")));
        error.Message.Should().Contain("leaves the rule folder").And.NotContain(Secret);
    }

    [Fact]
    public void A_device_given_as_rules_is_not_opened()
    {
        var (code, _, err) = TestSupport.Cli.Run("check", Sample.Path, "--rules", "/dev/zero", "--lang", "en");
        code.Should().Be(2);
        err.Trim().Should().Be("govbudget: /dev/zero:1:1: rule file '/dev/zero': cannot read the file: it is a device, a pipe or a socket, not a regular file; GovBudget does not open those");
    }

    [Fact]
    public void A_fifo_included_is_refused_without_blocking()
    {
        var fifo = Path.Combine(root, "pack", "pipe.rules");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", fifo) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.Should().Be(0);
        }

        // Opening a FIFO for reading blocks until a writer comes: this test would hang, not fail, if it were opened.
        Error(() => RulePack.Load(Main("include \"pipe.rules\""))).Message
            .Should().Be($"the included rule file '{fifo}': cannot read the file: it is a device, a pipe or a socket, not a regular file; GovBudget does not open those");
    }

    [Fact]
    public void A_rule_file_too_large_is_refused_by_its_size_before_it_is_read()
    {
        var big = Path.Combine(root, "pack", "big.rules");
        using (var stream = File.Create(big))
        {
            stream.SetLength(RuleFileLoader.MaxFileBytes + 1);
        }

        Error(() => RulePack.Load(big)).Message
            .Should().Be($"rule file '{big}': the file is 4,194,305 bytes; a rule file is at most 4,194,304 bytes");
    }

    [Fact]
    public void A_folder_of_more_rule_files_than_the_limit_is_refused()
    {
        var many = Path.Combine(root, "many");
        Directory.CreateDirectory(many);
        for (var i = 0; i <= RuleFileLoader.MaxFiles; i++)
        {
            File.WriteAllText(Path.Combine(many, $"r{i:D4}.rules"), string.Empty);
        }

        Error(() => RulePack.Load(many)).Message.Should().Be("the folder holds more than 1,000 rule files; a rule pack reads at most 1,000");
    }
}
