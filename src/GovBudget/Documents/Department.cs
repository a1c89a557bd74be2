namespace GovBudget.Documents;

/// <summary>A budget department (预算部门) as a disclosure names it: its code (302) and name.</summary>
/// <param name="Code">The department code printed above the tables, or null when none is printed.</param>
/// <param name="Name">The department's name.</param>
public sealed record Department(string? Code, string Name)
{
    /// <summary>"302 石家庄市数据资源管理局".</summary>
    public override string ToString() => Code is null ? Name : $"{Code} {Name}";
}
