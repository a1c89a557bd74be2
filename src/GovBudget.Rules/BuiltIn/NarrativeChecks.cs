
namespace GovBudget.Rules.BuiltIn;

/// <summary>The narrative checks, in the order they run and are reported: the arithmetic (NA-*), then the claims (NC-*).</summary>
internal static class NarrativeChecks
{
    /// <summary>Every narrative check, in order.</summary>
    public static IReadOnlyList<NarrativeCheck> All { get; } =
    [
        new EmptyFundNotes(),
        new ItemAmounts(),
        new GrowthRates(),
        new ShareRates(),
        new CompletionRates(),
        new PartsSums(),
        new RepeatedItems(),
        new TemplateLeftovers(),
        new OtherYears(),
        new OtherDepartments(),
        new BudgetComparisons(),
        new ItemNameClaims(),
        new RequiredSections(),
    ];

    /// <summary>Their ids, in the same order.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. All.Select(c => c.Id)];
}
