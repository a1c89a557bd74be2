using GovBudget.Documents;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Checking;

/// <summary>
/// The findings of a disclosure checked as several files: every cell names its file, and a table that two files both
/// print is compared (FILES-TABLE).
/// </summary>
internal static class CombinedFindings
{
    public const string RuleId = "FILES-TABLE";

    private static string Title => T("Files.Title");

    // How many differing cells one finding quotes: enough to see the pattern, not the whole table.
    private const int MaxQuotedCells = 12;

    public static DocumentFindings Complete(DocumentFindings findings, CombinedDisclosure combined)
    {
        var document = combined.Document;
        var own = findings.Findings.Select(f => f with { Cells = [.. f.Cells.Select(c => c with { File = FileOf(c, combined) })] });
        var duplicates = combined.Duplicates.Select(d => Compare(d, document)).OfType<Finding>().ToList();
        var notApplicable = findings.NotApplicableReasons;
        var passed = findings.Passed;
        if (combined.Duplicates.IsEmpty)
        {
            notApplicable = [.. notApplicable, new NotApplicableCheck(RuleId, NotApplicableReason.TableAbsent, T("NA.NoSharedTable"))];
        }
        else if (duplicates.Count == 0)
        {
            passed = [.. passed, RuleId];
        }

        return findings with
        {
            Findings = [.. own, .. duplicates],
            NotApplicable = [.. notApplicable.Select(n => n.Rule)],
            NotApplicableReasons = notApplicable,
            Passed = passed,
        };
    }

    private static Finding? Compare(DuplicateTable duplicate, Disclosure document)
    {
        var differences = duplicate.Differences();
        if (differences.Count == 0)
        {
            return null; // the same figures: the first file's table is used
        }

        var cells = new List<FindingCell>();
        foreach (var (row, column, used, otherRow, otherColumn, other) in differences.Take(MaxQuotedCells))
        {
            cells.Add(FindingCell.Of(duplicate.Used, row, column, used?.ToDecimal()) with { File = duplicate.UsedFile });
            cells.Add(FindingCell.Of(duplicate.Other, otherRow, otherColumn, other?.ToDecimal()) with { File = duplicate.OtherFile });
        }

        var first = differences[0];
        var kind = duplicate.Used.Kind.CanonicalName;
        var message = T("Files.Message", Title, kind, duplicate.UsedFile, duplicate.Used.Page, duplicate.OtherFile, duplicate.Other.Page, differences.Count, first.Row,
            duplicate.Used.Columns[first.Column].Name, first.Used?.ToString() ?? T("Cell.Empty"), first.Other?.ToString() ?? T("Cell.Empty"));
        var finding = new Finding(RuleId, Severity.Error, Title, message, kind, duplicate.Used.Title, cells, null, null, null, null, null, [],
            new Dictionary<string, string>(), false, new SourceSpan(duplicate.OtherFile, 1, 1));
        return UncertainReading.Mark(finding, document);
    }

    // A table's cell comes from the file of the table with its kind and title; a narrative figure from the file of the
    // section with its title (and, when both files have one of that title, the page it is printed on).
    private static string? FileOf(FindingCell cell, CombinedDisclosure combined)
    {
        if (cell.File is not null)
        {
            return cell.File;
        }

        var document = combined.Document;
        var table = document.Tables.FirstOrDefault(t => t.Kind.CanonicalName == cell.Table && t.Title == cell.Title);
        if (table is not null)
        {
            return combined.FileOf(table);
        }

        var sections = document.Narrative.Where(s => s.ToString() == cell.Title).ToList();
        var section = sections.Count == 1 ? sections[0] : sections.FirstOrDefault(s => s.Page <= cell.Page) ?? sections.FirstOrDefault();
        return section is null ? null : combined.FileOf(section);
    }
}
