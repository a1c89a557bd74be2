using System.Text.RegularExpressions;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Cli;

/// <summary>A report names each table one way: its cells under the printed title its findings are grouped under (the
/// standard table it was recognised as follows the heading once, in brackets, when the title does not say it).</summary>
public sealed partial class ReportTableNameTests
{
    [Theory]
    [InlineData(RealPdf.Shanghai2025)]
    [InlineData(RealPdf.Final2024)]
    public void Every_cell_of_a_table_group_names_the_title_of_its_heading(string file)
    {
        var (_, text, error) = TestSupport.Cli.Run("check", RealPdf.Path(file));

        var groups = Groups(text);
        groups.Should().NotBeEmpty(error);
        var checkedCells = 0;
        foreach (var (heading, cells) in groups)
        {
            var title = Heading().Match(heading).Groups["title"].Value;
            foreach (var cell in cells.Where(c => !c.StartsWith("情况说明 ", StringComparison.Ordinal) && c.Contains(title, StringComparison.Ordinal) is false))
            {
                // A cross-table finding quotes other tables: each by its printed title, never by the standard name alone.
                groups.Select(g => Heading().Match(g.Heading).Groups["standard"].Value).Where(s => s.Length > 0)
                    .Should().NotContain(s => cell.StartsWith(s + " ", StringComparison.Ordinal), cell);
            }

            checkedCells += cells.Count(c => c.StartsWith(title + " ", StringComparison.Ordinal));
        }

        checkedCells.Should().BePositive();
    }

    [Fact]
    public void A_heading_names_the_standard_table_only_when_its_title_does_not()
    {
        var (_, text, _) = TestSupport.Cli.Run("check", RealPdf.Path(RealPdf.Shanghai2025));

        text.Should().Contain("\n2025年部门一般公共预算支出功能分类预算表（一般公共预算财政拨款支出表）\n")
            .And.Contain("      2025年部门一般公共预算支出功能分类预算表 2080506 机关事业单位职业年金缴费支出 [合计] = 873617.00元（第 15 页）")
            .And.NotContain("      一般公共预算财政拨款支出表 2080506");
    }

    // Each group: the heading line after a blank line, then its findings' cell lines (indented six spaces).
    private static List<(string Heading, List<string> Cells)> Groups(string text)
    {
        var groups = new List<(string, List<string>)>();
        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i - 1].Length == 0 && lines[i].Length > 0 && lines[i + 1].StartsWith("  [", StringComparison.Ordinal))
            {
                groups.Add((lines[i], []));
            }
            else if (groups.Count > 0 && lines[i].StartsWith("      ", StringComparison.Ordinal) && !lines[i].StartsWith("       ", StringComparison.Ordinal))
            {
                groups[^1].Item2.Add(lines[i][6..]);
            }
            else if (lines[i].Length == 0 && groups.Count > 0 && lines[i - 1].Length > 0 && !lines[i - 1].StartsWith(' '))
            {
                break;
            }
        }

        return groups;
    }

    [GeneratedRegex("^(?<title>.+?)(（(?<standard>[^（）]+表)）)?$")]
    private static partial Regex Heading();
}
