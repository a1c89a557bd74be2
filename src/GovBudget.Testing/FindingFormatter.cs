using System.Globalization;
using System.Text;
using GovBudget.Rules.Findings;

namespace GovBudget.Testing;

/// <summary>Writes findings the way a failing test should show them: rule, message, cells with their page or line, expected and actual.</summary>
internal static class FindingFormatter
{
    public static string Format(IEnumerable<Finding> findings)
    {
        var b = new StringBuilder();
        foreach (var f in findings)
        {
            b.Append("  ").Append(f.Severity.ToString().ToLowerInvariant()).Append(' ').Append(f.RuleId).Append(": ").AppendLine(f.Message);
            foreach (var cell in f.Cells.Take(8))
            {
                // Where to look, as the CLI says it: the page of a PDF, the line of a text.
                b.Append("      ").Append(cell.ToString()).AppendLine(cell.Page > 0 ? $"（第 {cell.Page} 页）" : cell.Line > 0 ? $"（第 {cell.Line} 行）" : string.Empty);
            }

            if (f.Cells.Count > 8)
            {
                b.Append("      … ").Append(f.Cells.Count - 8).AppendLine(" more cells");
            }

            if (f.ExpectedText is not null || f.ActualText is not null)
            {
                b.Append("      expected “").Append(f.ExpectedText).Append("”, actual “").Append(f.ActualText).AppendLine("”");
            }
            else if (f.Expected is { } expected && f.Actual is { } actual)
            {
                b.Append("      expected ").Append(Number(expected)).Append(", actual ").Append(Number(actual))
                    .Append(", difference ").AppendLine(Number(f.Difference ?? actual - expected));
            }

            if (f.Missing.Count > 0)
            {
                b.Append("      absent rows (counted as 0): ").AppendLine(string.Join(", ", f.Missing));
            }
        }

        return b.ToString();
    }

    private static string Number(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
