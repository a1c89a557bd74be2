using GovBudget.TestSupport;

namespace GovBudget.Tests.Readme;

/// <summary>The README's library example compiles (it is ReadmeExample.Run, kept identical) and prints what it says.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_readme_example_is_the_tested_code()
    {
        var readme = File.ReadAllText(Repository.Path("README.md"));
        var block = readme[(readme.IndexOf("```csharp", StringComparison.Ordinal) + "```csharp".Length)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];
        var source = File.ReadAllText(Repository.Path("tests", "GovBudget.Tests", "Readme", "ReadmeExample.cs"));
        var body = source[(source.IndexOf("// README-BEGIN", StringComparison.Ordinal) + "// README-BEGIN".Length)..source.IndexOf("// README-END", StringComparison.Ordinal)];

        Lines(block).Where(l => !l.StartsWith("using ", StringComparison.Ordinal)).Should().Equal(Lines(body));
        Lines(block).Where(l => l.StartsWith("using ", StringComparison.Ordinal))
            .Should().Equal(Lines(source).Where(l => l.StartsWith("using ", StringComparison.Ordinal)));
        Lines(block).Count(l => l.StartsWith("using ", StringComparison.Ordinal)).Should().BeLessThanOrEqualTo(3, "the library example needs at most three namespaces (issue 13)");
    }

    [Fact]
    public void The_readme_example_prints_what_the_readme_says()
    {
        var previous = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            ReadmeExample.Run();
        }
        finally
        {
            Console.SetOut(previous);
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("1130.81 + 128.73 = 1259.54");
        lines[1].Should().StartWith("shijiazhuang-data-bureau-2023-budget.txt:724: 部门政府采购预算: 表头第 15 格和第 16 格");
        lines[2].Should().StartWith("warning NM-GB: 一般公共预算财政拨款支出表的科目名称与本文件其他表一致（201 一般公共预算支出）");
        lines.Should().HaveCount(3);
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}

/// <summary>Tests that redirect the console run alone.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;
