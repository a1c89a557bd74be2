namespace GovBudget.Classification;

/// <summary>The classifications of the 政府收支分类科目 that a code can belong to.</summary>
public enum ClassificationScheme
{
    /// <summary>支出功能分类: 类/款/项 = 3/5/7 digits starting with 2 (2010301 行政运行).</summary>
    Functional = 1,

    /// <summary>部门预算支出经济分类: 类/款 = 3/5 digits starting with 3 (30101 基本工资).</summary>
    DepartmentEconomic = 2,

    /// <summary>政府预算支出经济分类: 类/款 = 3/5 digits starting with 5 (50101 工资奖金津补贴).</summary>
    GovernmentEconomic = 3,
}
