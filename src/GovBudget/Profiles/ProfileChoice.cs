namespace GovBudget.Profiles;

/// <summary>The profile a disclosure is checked against, and why.</summary>
/// <param name="Profile">The profile.</param>
/// <param name="Certain">
/// Whether the profile is fixed: given by the user, or the document's own region, kind and year select it. When not,
/// it is only the profile the document's printed tables match best, and what it lacks is reported as 待核实.
/// </param>
/// <param name="Reason">Why this profile, in the report's words.</param>
public sealed record ProfileChoice(DisclosureProfile Profile, bool Certain, string Reason)
{
    /// <summary>"jiangsu-budget（江苏省…；按地区江苏省、预算、2019 年确定）".</summary>
    public override string ToString() => $"{Profile.Name}（{Profile.Title}；{Reason}）";
}
