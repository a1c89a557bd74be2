using System.Diagnostics;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Cli;

/// <summary>
/// Issue 11: every class of hostile input it lists, one named case each, through the command line. Each ends with exit
/// 0, 1 or 2 and at most one line on stderr, never a stack trace, a fault (exit 3) or a dead process; the narrower tests
/// beside each fix say more about each.
/// </summary>
public sealed class HostileInputRegressionTests : IDisposable
{
    private const string Paragraph = "反映本部门当年全部收入。";

    private readonly string dir = Directory.CreateTempSubdirectory("govbudget-hostile-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Rule(string body) => "rule X error \"x\"\n    table 基本支出表\n" + body + "\n";

    private string SampleWith(string name, Func<string, string> edit)
    {
        var edited = edit(Sample.Text);
        edited.Should().NotBe(Sample.Text, "the hostile construct must really be in the file");
        return Write(name, edited);
    }

    // pack/a.rules including <paramref name="include"/>, after making what it names.
    private string PackIncluding(string include, Func<string> target)
    {
        target();
        return Write("pack/a.rules", $"include \"{include}\"");
    }

    private string Fifo(string name)
    {
        var path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        return path;
    }

    public static TheoryData<string> Cases => [.. Setups.Keys];

    // name → (arguments built in the temp folder, expected exit, a part of the one stderr line or null for none)
    private static readonly Dictionary<string, Func<HostileInputRegressionTests, (string[] Args, int Exit, string? Error)>> Setups = new()
    {
        ["sum of 3,100 terms"] = t => (["check", Sample.Path, "--rules", t.Write("a.rules", Rule("    check 301 == " + string.Join("+", Enumerable.Repeat("1.0", 3_100))))], 1, null),
        ["sum of 9,000 terms"] = t => (["check", Sample.Path, "--rules", t.Write("a.rules", Rule("    check 301 == " + string.Join("+", Enumerable.Repeat("30101", 9_000))))], 1, null),
        ["20,000 nested if"] = t => (["check", Sample.Path, "--rules", t.Write("a.rules", Rule("    check " + string.Concat(Enumerable.Repeat("if 1.0 == 1.0 then ", 20_000)) + "true" + string.Concat(Enumerable.Repeat(" else false", 20_000))))], 2, "nest deeper than 64 levels"),
        ["20,000 and terms"] = t => (["check", Sample.Path, "--rules", t.Write("a.rules", Rule("    check " + string.Join(" and ", Enumerable.Repeat("1.0 == 1.0", 20_000))))], 0, null),
        ["eval of 9,000 terms"] = t => (["eval", Sample.Path, "1.0 == " + string.Join("+", Enumerable.Repeat("1.0", 9_000))], 0, null),
        ["include of /etc/shadow"] = t => (["check", Sample.Path, "--rules", t.Write("pack/a.rules", "include \"../../../../../../../../etc/shadow\"")], 2, "does not name a .rules file"),
        ["include leaving the folder"] = t => (["check", Sample.Path, "--rules", t.PackIncluding("../secret.rules", () => t.Write("secret.rules", "root:*:19000:0:99999:7:::"))], 2, "leaves the rule folder"),
        ["include of /dev/zero"] = t => (["check", Sample.Path, "--rules", t.Write("pack/a.rules", "include \"/dev/zero\"")], 2, "does not name a .rules file"),
        ["--rules /dev/zero"] = t => (["check", Sample.Path, "--rules", "/dev/zero"], 2, "not a regular file"),
        ["include of a FIFO"] = t => (["check", Sample.Path, "--rules", t.PackIncluding("f.rules", () => t.Fifo("pack/f.rules"))], 2, "not a regular file"),
        ["--waivers naming a FIFO"] = t => (["check", Sample.Path, "--waivers", t.Fifo("w.csv")], 2, "not a regular file"),
        ["--waivers /dev/zero"] = t => (["check", Sample.Path, "--waivers", "/dev/zero"], 2, "not a regular file"),
        ["a 300 MB rule file"] = t => (["check", Sample.Path, "--rules", t.Sparse("big.rules", 300_000_000)], 2, "a rule file is at most 4,194,304 bytes"),
        ["five nested for each in codes"] = t => (["check", Sample.Path, "--rules", t.Write("a.rules", Rule("    for each a in 30xxx, each b in 30xxx, each c in 30xxx, each d in 30xxx, each e in 30xxx\n    check a == a"))], 2, "bind more than 100,000 values"),
        ["four nested row quantifiers"] = t => (["check", Sample.Path, "--rules", t.Write("a.rules", Rule("    for each row a, each row b, each row c, each row d\n    check a == a"))], 2, "bind more than 100,000 values"),
        ["a literal of 30 digits"] = t => (["check", Sample.Path, "--rules", t.Write("a.rules", Rule("    check 301 == 123456789012345678901234567890.0"))], 2, "is too large"),
        ["a tolerance of 30 digits"] = t => (["check", Sample.Path, "--rules", t.Write("a.rules", "tolerance 123456789012345678901234567890.0\n" + Rule("    check 301 == 301"))], 2, "is too large"),
        ["eval of a 29-digit sum"] = t => (["eval", Sample.Path, "79000000000000000000000000000.0 + 1.0"], 2, "is too large"),
        ["a narrative figure of 29 digits"] = t => (["check", t.SampleWith("n.txt", s => s.Replace(Paragraph, Paragraph + "支出合计12345678901234567890123456789万元，其中：货物1万元，工程1万元，服务1万元。", StringComparison.Ordinal))], 0, null),
        ["a zero share"] = t => (["check", t.SampleWith("n.txt", s => s.Replace(Paragraph, Paragraph + "合计0万元。其中住房0万元，占0%。", StringComparison.Ordinal))], 0, null),
        ["100,000 digits in the narrative"] = t => (["check", t.SampleWith("n.txt", s => s.Replace(Paragraph, Paragraph + new string('7', 100_000) + "万元。", StringComparison.Ordinal))], 0, null),
        ["20,000 duplicated class rows"] = t => (["check", t.SampleWith("d.txt", s => s.Replace("2\t201\t一般公共服务支出\t1265.48\t959.64\t305.84\t\t\t\n", string.Concat(Enumerable.Repeat("2\t201\t一般公共服务支出\t1265.48\t959.64\t305.84\t\t\t\n", 20_001)), StringComparison.Ordinal))], 2, "a table has at most 5,000 rows"),
        ["a repeated 三公 row with another value"] = t => (["check", t.SampleWith("r.txt", s => s.Replace("8\t三、公务接待费\t0.73\t0.73\t\t\n", "8\t三、公务接待费\t0.73\t0.73\t\t\n8\t三、公务接待费\t99.00\t99.00\t\t\n", StringComparison.Ordinal))], 0, null),
        ["thousands separators 12,65"] = t => (["check", t.SampleWith("c.txt", s => s.Replace("65559.38", "655,59.38", StringComparison.Ordinal))], 2, "the thousands separators in '655,59.38' are misplaced"),
        ["JSON year as a string"] = t => (["check", t.Write("y.json", "{\"department\":{\"code\":\"302\",\"name\":\"x\"},\"year\":\"2023\",\"kind\":\"budget\",\"tables\":[],\"narrative\":[]}")], 2, "$.year"),
        ["JSON lone surrogate"] = t => (["check", t.Write("s.json", "{\"department\":{\"code\":\"302\",\"name\":\"\\ud800\"},\"year\":2023,\"kind\":\"budget\",\"tables\":[],\"narrative\":[]}")], 2, "surrogate"),
        ["a waiver line of 20 MiB"] = t => (["check", Sample.Path, "--waivers", t.Write("w.csv", "rule,department,table,row,column,reason,by,expires\nNM-GB,302,,,," + new string('x', 20 << 20) + ",a,2030-01-01\n")], 2, "the line is longer than 1,048,576 characters"),
        ["a waiver expiring -2025-01-01"] = t => (["check", Sample.Path, "--waivers", t.Write("w.csv", "rule,department,table,row,column,reason,by,expires\nNM-GB,302,,,,x,a,-2025-01-01\n")], 2, "expires: expected a date"),
        ["a year of 1900"] = t => (["check", t.SampleWith("y.txt", s => s.Replace("预算年度：2023", "预算年度：1900", StringComparison.Ordinal))], 2, "expected a fiscal year from 1950 to 2200"),
    };

    private string Sparse(string name, long length)
    {
        var path = Path.Combine(dir, name);
        using var stream = File.Create(path);
        stream.SetLength(length);
        return path;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Ends_with_exit_0_1_or_2_and_at_most_one_line(string name)
    {
        var (args, exit, error) = Setups[name](this);
        var (code, _, err) = TestSupport.Cli.Run([.. args, "--lang", "en"]); // the English wording, as asserted
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        code.Should().Be(exit, err);
        err.Should().NotContain("   at ").And.NotContain("Exception").And.NotContain("root:*");
        if (error is null)
        {
            lines.Should().BeEmpty();
        }
        else
        {
            lines.Should().ContainSingle().Which.Should().Contain(error);
        }
    }
}
