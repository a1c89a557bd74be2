using GovBudget.Documents;

namespace GovBudget.Datasets;

/// <summary>What identifies a department's lines in a dataset file: its year, kind and code.</summary>
internal readonly record struct DepartmentKey(int Year, DisclosureKind Kind, string Code);
