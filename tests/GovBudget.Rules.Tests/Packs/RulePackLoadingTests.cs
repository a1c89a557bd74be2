using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Diagnostics;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Packs;

public sealed class RulePackLoadingTests : InEnglish
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"govbudget-rules-{Guid.NewGuid():N}");

    public RulePackLoadingTests() => Directory.CreateDirectory(folder);

    protected override void Dispose(bool disposing)
    {
        Directory.Delete(folder, recursive: true);
        base.Dispose(disposing);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void The_shipped_rule_files_load_from_disk_like_the_embedded_packs()
    {
        var rules = Path.Combine(AppContext.BaseDirectory, "rules");
        var fromDisk = RulePack.Load(Path.Combine(rules, "standard-budget.rules"));
        fromDisk.Rules.Select(r => r.Id).Should().Equal(RulePack.Standard(DisclosureKind.Budget).Rules.Select(r => r.Id));
        fromDisk.Sources.Should().HaveCount(2, "standard-budget.rules includes common.rules");
        RulePack.StandardPackNames.Should().Contain(["standard-budget", "standard-final", "common"]);
    }

    [Fact]
    public void Includes_resolve_beside_the_including_file_and_are_read_once()
    {
        Write("shared/base.rules", "rule BASE-1 error \"基本支出表合计\" table 基本支出表 check \"合计\" == sum(类)");
        Write("shared/other.rules", "include \"base.rules\"\nrule OTHER-1 warning \"t\" table 基本支出表 check 301 > 0.0");
        var main = Write("main.rules", "include \"shared/base.rules\"\ninclude \"shared/other.rules\"\nrule MAIN-1 info \"t\" table 基本支出表 check 302 > 0.0");
        var pack = RulePack.Load(main);
        pack.Rules.Select(r => r.Id).Should().Equal("BASE-1", "OTHER-1", "MAIN-1");
        pack.Check(Sample.Import.Document).Findings.Should().BeEmpty();
    }

    [Fact]
    public void A_directory_loads_every_rule_file_in_name_order()
    {
        Write("b.rules", "rule B-1 error \"t\" table 基本支出表 check 301 > 0.0");
        Write("a.rules", "rule A-1 error \"t\" table 基本支出表 check 301 > 0.0");
        Write("notes.txt", "not rules");
        RulePack.Load(folder).Rules.Select(r => r.Id).Should().Equal("A-1", "B-1");
    }

    [Fact]
    public void Problems_in_several_files_are_all_reported_with_their_files()
    {
        Write("bad1.rules", "rule X error \"t\" table 无此表 check 301 == 302");
        Write("bad2.rules", "rule Y error \"t\"\n  check 301 ==");
        var main = Write("main.rules", "include \"bad1.rules\"\ninclude \"bad2.rules\"\ninclude \"missing.rules\"");
        var problems = ((Action)(() => RulePack.Load(main))).Should().Throw<RuleLoadException>().Which.Diagnostics;
        problems.Select(p => p.Span.File).Should().Contain(f => f.EndsWith("bad1.rules", StringComparison.Ordinal));
        problems.Select(p => p.Span.File).Should().Contain(f => f.EndsWith("bad2.rules", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Message.Contains("missing.rules", StringComparison.Ordinal) && p.Message.Contains("does not exist", StringComparison.Ordinal)
            && p.Span.Line == 3);
    }
}
