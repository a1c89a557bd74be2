using GovBudget.Datasets;
using GovBudget.Rules.Findings;

namespace GovBudget.Rules.Checking;

/// <summary>One department of a dataset checked: its findings (null when every rule passed or did not apply) and the
/// checks that did not apply to it, with their reasons.</summary>
/// <param name="Department">The department's document.</param>
/// <param name="Findings">Its findings, or null when it has none.</param>
/// <param name="NotApplicable">The checks that did not apply to it; departments of one layout share one list.</param>
public sealed record DepartmentResult(DenseDocument Department, DocumentFindings? Findings, IReadOnlyList<NotApplicableCheck> NotApplicable);
