using GovBudget.Documents;
using GovBudget.Rules.Findings;

namespace GovBudget.Rules.Checking;

/// <summary>
/// A finding that rests on a reading the reader marked uncertain (a cell it reads, that cell's row or table carries a
/// structural sign) is a warning marked 待核实: what looked wrong and the pages to check by eye, never an error. Every
/// finding of both engines and of the narrative checks passes through here once, when a document's findings are built.
/// </summary>
internal static class UncertainReading
{
    /// <summary>The word that marks such a finding in messages and reports.</summary>
    public const string Marker = "待核实";

    public static Finding Mark(Finding finding, Disclosure document)
    {
        if (finding.Uncertain || finding.IsInternalFault)
        {
            return finding; // already uncertain (PUB-TABLES), or a fault of the checker, never the reading's
        }

        // A table read without a unit compares rightly with figures that have none either; only a comparison with
        // figures in 元 or 万元 (the narrative's, another table's) depends on the unit it lacks.
        var withUnit = finding.Cells.Any(c => c.Unit is not null);
        var signs = finding.Cells.SelectMany(c => c.Signs).Concat(RuleTableSigns(finding, document))
            .Where(s => s.Kind != ReadingSignKind.NoUnit || withUnit)
            .Distinct().ToList();
        if (signs.Count == 0)
        {
            return finding;
        }

        return finding with
        {
            Severity = finding.Severity > Severity.Warning ? Severity.Warning : finding.Severity,
            Message = $"{Marker}：{finding.Message}",
            Uncertainty = string.Join("；", signs.Select(s => s.Explanation).Distinct()),
            PagesToCheck = [.. signs.Select(s => s.Page).Where(p => p > 0).Distinct().Order()],
        };
    }

    // The rule's own table as a whole: a finding may rest on it without reading any of its cells (a row it looks for
    // is absent, perhaps misread).
    private static IEnumerable<ReadingSign> RuleTableSigns(Finding finding, Disclosure document) =>
        finding.Table is null
            ? []
            : document.Tables.Where(t => t.Kind.CanonicalName == finding.Table && t.Title == finding.TableTitle).SelectMany(t => t.Signs);
}
