namespace GovBudget.Rules.Evaluation;

/// <summary>
/// The checks built into <see cref="Packs.RulePack.Check(Documents.Disclosure)"/> beside a pack's rules, with their titles: the one
/// list a pack's <see cref="Packs.RulePack.Checks"/>, the findings and the test cases take them from.
/// </summary>
internal static class BuiltInChecks
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["NA-EMPTY-NOTE"] = "空表的说明与表名一致",
        ["NA-ITEM"] = "情况说明所述项级支出与表中一致",
        ["NA-GROWTH"] = "情况说明的增减幅度与所述金额一致",
        ["NA-SHARE"] = "情况说明的占比与所述金额一致",
        ["NA-COMPLETION"] = "情况说明的预算完成率与所述金额一致",
        ["NA-PARTS"] = "情况说明“其中”所列各项之和与总数一致",
        ["NA-REPEAT"] = "情况说明两处所述同一项级支出一致",
        ["NC-TEMPLATE"] = "情况说明没有残留模板文字",
        ["NC-YEAR"] = "情况说明所述年度与本文件一致",
        ["NC-DEPT"] = "情况说明所述部门与本文件一致",
        ["NC-COMPARE"] = "情况说明的比较用词与所述金额一致",
        ["NC-ITEMNAME"] = "情况说明所述科目名称与表中一致",
        ["NC-SECTIONS"] = "情况说明包含公开规范要求的各部分",
        [PublishedTables.RuleId] = "公开表格齐全",
        [RepeatedRows.RuleId] = "表中同一行只印一次",
        [MisprintedCodes.RuleId] = "表中的科目编码是有效的编码",
    };

    /// <summary>The title of built-in check <paramref name="id"/>.</summary>
    public static string Title(string id) => Titles[id];

    /// <summary>
    /// The ids of the built-in checks a pack runs, in the order <see cref="Packs.RulePack.Check(Documents.Disclosure)"/> reports
    /// them: the narrative checks and PUB-TABLES when the pack has them on, then the checks of what the tables print
    /// (ROW-REPEAT, NM-CODE-MISPRINT), which every pack runs.
    /// </summary>
    public static IEnumerable<string> Run(bool narrativeArithmetic, bool publishedTables) =>
        [
            .. narrativeArithmetic ? FindingsCollector.NarrativeArithmeticIds : [],
            .. publishedTables ? [PublishedTables.RuleId] : Array.Empty<string>(),
            RepeatedRows.RuleId,
            MisprintedCodes.RuleId,
        ];
}
