namespace GovBudget.Documents;

/// <summary>A top-level section of the 情况说明 (一、部门职责及机构设置情况 …): its text, for rules that read figures from it.</summary>
/// <param name="Number">The Chinese ordinal (二), or null for the preamble before the first numbered section.</param>
/// <param name="Title">The title without its ordinal (部门预算安排的总体情况).</param>
/// <param name="Text">The section's paragraphs, one per line, markup removed; tables inside it are kept as tables instead.</param>
/// <param name="Line">The 1-based source line of the title.</param>
public sealed record NarrativeSection(string? Number, string Title, string Text, int Line)
{
    /// <summary>"二、部门预算安排的总体情况".</summary>
    public override string ToString() => Number is null ? Title : $"{Number}、{Title}";
}
