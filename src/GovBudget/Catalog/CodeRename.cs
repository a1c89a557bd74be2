using GovBudget.Classification;

namespace GovBudget.Catalog;

/// <summary>
/// One line of the crosswalk: until the edition before <see cref="Since"/>, <see cref="Code"/> was named
/// <see cref="Name"/>; from <see cref="Since"/> on, that line of the classification is <see cref="NewCode"/>
/// <see cref="NewName"/>. A rename keeps the code; a split is several lines with one old code and name.
/// </summary>
internal sealed record CodeRename(ClassificationCode Code, string Name, int Since, ClassificationCode NewCode, string NewName, string Source)
{
    /// <summary>Whether only the name changed.</summary>
    public bool KeepsCode => Code == NewCode;
}
