using GovBudget.Classification;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Import.Pdf;

/// <summary>
/// The pure parts of trying another reading of an ambiguous table: whether digit groups printed in the code column are
/// one code split by level (208 05 05) or a misprinted one (7 11 02), and which of two clean readings the table's own
/// sums favour. The reading itself is in PdfTableBuilder.Alternatives.
/// </summary>
internal static class PdfAlternativeReadings
{
    /// <summary>
    /// Joins digit groups printed apart into the code they make, split by level: 208 05 05, 208 05, 20805 05, 301 01.
    /// The first group is a 类 (3 digits) or a 款 (5), every later one a 款's or a 项's 2 digits.
    /// </summary>
    /// <param name="parts">The groups, left to right.</param>
    /// <param name="code">The code, when the groups make one.</param>
    /// <param name="why">Why they do not (in Chinese, for the notice), when they do not.</param>
    public static bool TryJoinCode(IReadOnlyList<string> parts, out ClassificationCode code, out string why)
    {
        code = default;
        var joined = string.Concat(parts);
        var shaped = parts.Count == 1 ? joined.Length is 3 or 5 or 7 : parts[0].Length is 3 or 5 && parts.Skip(1).All(p => p.Length == 2);
        if (!shaped || joined.Length > 7)
        {
            why = T("Code.Parts", string.Join(T("List.Enumeration"), parts.Select(p => p.Length)));
            return false;
        }

        if (!ClassificationCode.TryParse(joined, out code, out _))
        {
            why = T("Code.NoScheme", joined);
            return false;
        }

        why = string.Empty;
        return true;
    }

    /// <summary>
    /// How far a reading's figures agree with the table's sums: for each row with a code and each column, +1 when its
    /// figure equals the sum of its children's printed in that column, -1 when it does not (a blank figure counts 0);
    /// rows with no child printed are not counted. The total (合计, code null) is the parent of the 类 rows.
    /// </summary>
    /// <param name="rows">Each row's code (null for the total) and its figures by column.</param>
    /// <param name="totalColumn">The column (合计) that adds up the row's other columns, or null: each row where it and
    /// another are printed counts +1 when it equals their sum, -1 when it does not.</param>
    public static int SumScore(IReadOnlyList<(ClassificationCode? Code, IReadOnlyDictionary<int, decimal> Values)> rows, int? totalColumn)
    {
        var score = 0;
        foreach (var (code, values) in rows)
        {
            if (totalColumn is { } t && values.TryGetValue(t, out var total) && values.Keys.Any(k => k != t))
            {
                score += total == values.Where(v => v.Key != t).Sum(v => v.Value) ? 1 : -1;
            }

            var children = rows.Where(r => code is { } c ? r.Code is { } k && k.IsChildOf(c) : r.Code is { Length: 3 }).ToList();
            if (children.Count == 0)
            {
                continue;
            }

            foreach (var column in values.Keys.Union(children.SelectMany(r => r.Values.Keys)).Distinct())
            {
                var sum = children.Sum(r => r.Values.GetValueOrDefault(column));
                score += values.GetValueOrDefault(column) == sum ? 1 : -1;
            }
        }

        return score;
    }
}
