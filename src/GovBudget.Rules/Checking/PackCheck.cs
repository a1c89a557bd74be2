
namespace GovBudget.Rules.Checking;

/// <summary>One check that <see cref="RulePack.Check(Documents.Disclosure)"/> runs: a rule of the pack's files, or a check built into GovBudget.</summary>
/// <param name="Id">The id its findings and not-applicable entries carry (BE-CLASS, NA-GROWTH, PUB-TABLES, …).</param>
/// <param name="Title">Its title, as its findings print it.</param>
/// <param name="IsBuiltIn">Whether it is built in (a narrative check, PUB-TABLES, ROW-REPEAT, NM-CODE-MISPRINT) rather than a rule.</param>
public sealed record PackCheck(string Id, string Title, bool IsBuiltIn);
