using System.Collections.Immutable;

namespace GovBudget.Documents;

/// <summary>
/// A standard table of a 部门预算/决算公开 disclosure, with the names real documents print it under.
/// </summary>
/// <remarks>
/// The same table is titled differently by region and year: 部门预算收支总表 (石家庄), 部门财务收支预算总表 (上海),
/// 收支预算总表 (江苏) and 收入支出决算总表 (决算) are all <see cref="IncomeExpenditureSummary"/>. The titles of each kind
/// are data (<see cref="DisclosureNames"/>; the built-in ones in Documents/Names/Data/tables.json). Titles are matched
/// after <see cref="NameNormalizer"/> removes quotes, spaces, the year and the department prefix; the longest
/// matching alias wins, so 部门预算财政拨款收支总表 is never taken for the 收支总表. Instances are singletons: compare
/// them by reference.
/// </remarks>
public sealed class TableKind
{
    private TableKind(string canonicalName, bool twoSided, string[] shortNames)
    {
        CanonicalName = canonicalName;
        IsTwoSided = twoSided;
        ShortNames = [.. shortNames];
    }

    /// <summary>收支总表 (部门预算收支总表, 部门财务收支预算总表, 收支预算总表, 收入支出决算总表): two-sided.</summary>
    public static TableKind IncomeExpenditureSummary { get; } = new(
        "收支总表", true, ["收支总表", "总表"]);

    /// <summary>收入总表 (收入预算总表, 收入决算表).</summary>
    public static TableKind IncomeSummary { get; } = new(
        "收入总表", false, ["收入总表", "收入表"]);

    /// <summary>支出总表 (支出预算总表, 支出决算表).</summary>
    public static TableKind ExpenditureSummary { get; } = new(
        "支出总表", false, ["支出总表", "支出表"]);

    /// <summary>财政拨款收支总表 (财政拨款收支预算总表, 财政拨款收入支出决算总表): two-sided.</summary>
    public static TableKind FiscalAppropriationSummary { get; } = new(
        "财政拨款收支总表", true, ["财政拨款收支总表", "财政拨款总表"]);

    /// <summary>财政拨款支出表 (江苏 公开05表: all 财政拨款 by function).</summary>
    public static TableKind FiscalAppropriationExpenditure { get; } = new(
        "财政拨款支出表", false, ["财政拨款支出表"]);

    /// <summary>财政拨款基本支出表 (江苏 公开06表: all 财政拨款 基本支出 by economic class).</summary>
    public static TableKind FiscalAppropriationBasicExpenditure { get; } = new(
        "财政拨款基本支出表", false, ["财政拨款基本支出表"]);

    /// <summary>一般公共预算财政拨款支出表 (一般公共预算支出功能分类预算表, 一般公共预算支出预算表).</summary>
    public static TableKind GeneralBudgetExpenditure { get; } = new(
        "一般公共预算财政拨款支出表", false, ["一般公共预算支出表", "一般公共预算表"]);

    /// <summary>一般公共预算财政拨款基本支出表 (一般公共预算基本支出部门预算经济分类预算表 …).</summary>
    public static TableKind GeneralBudgetBasicExpenditure { get; } = new(
        "一般公共预算财政拨款基本支出表", false, ["基本支出表", "一般公共预算基本支出表"]);

    /// <summary>
    /// 政府性基金预算财政拨款支出表 (the sample prints 政府基金预算财政拨款支出表; 江苏 财政拨款政府性基金支出预算表, which
    /// would otherwise end-match the 支出总表's 支出预算表).
    /// </summary>
    public static TableKind GovernmentFundExpenditure { get; } = new(
        "政府性基金预算财政拨款支出表", false, ["政府性基金表", "基金表", "政府性基金预算支出表"]);

    /// <summary>国有资本经营预算财政拨款支出表.</summary>
    public static TableKind StateCapitalExpenditure { get; } = new(
        "国有资本经营预算财政拨款支出表", false, ["国有资本经营表", "国有资本经营预算支出表"]);

    /// <summary>“三公”经费支出表 (“三公”经费和机关运行经费预算表, “三公”经费、会议费、培训费支出预算表 …).</summary>
    public static TableKind ThreePublicExpenses { get; } = new(
        "“三公”经费支出表", false, ["三公经费表", "三公表", "三公经费支出表"]);

    /// <summary>机关运行经费支出表 (江苏 公开11表).</summary>
    public static TableKind OperatingExpenses { get; } = new(
        "机关运行经费支出表", false, ["机关运行经费表"]);

    /// <summary>政府采购预算表 (部门政府采购预算, 政府采购支出预算表).</summary>
    public static TableKind GovernmentProcurement { get; } = new(
        "政府采购预算表", false, ["政府采购表", "采购表"]);

    /// <summary>国有资产占用情况表 (部门固定资产占用情况表).</summary>
    public static TableKind StateAssets { get; } = new(
        "国有资产占用情况表", false, ["资产表", "固定资产表"]);

    /// <summary>项目绩效目标表 (办公设备购置绩效目标表 …: any title ending 绩效目标表).</summary>
    public static TableKind PerformanceTargets { get; } = new(
        "项目绩效目标表", false, ["绩效目标表"]);

    /// <summary>部门机构设置情况: the list of units, not a budget table.</summary>
    public static TableKind Organisation { get; } = new(
        "部门机构设置情况", false, ["机构设置表"]);

    /// <summary>A table the reader did not recognise; it is kept with its rows.</summary>
    public static TableKind Unrecognised { get; } = new("未识别表", false, []);

    /// <summary>Every kind, <see cref="Unrecognised"/> last.</summary>
    public static ImmutableArray<TableKind> All { get; } =
    [
        IncomeExpenditureSummary, IncomeSummary, ExpenditureSummary, FiscalAppropriationSummary,
        FiscalAppropriationExpenditure, FiscalAppropriationBasicExpenditure, GeneralBudgetExpenditure,
        GeneralBudgetBasicExpenditure, GovernmentFundExpenditure, StateCapitalExpenditure, ThreePublicExpenses,
        OperatingExpenses, GovernmentProcurement, StateAssets, PerformanceTargets, Organisation, Unrecognised,
    ];

    /// <summary>The canonical name (一般公共预算财政拨款基本支出表).</summary>
    public string CanonicalName { get; }

    /// <summary>Whether the table prints 收入 items beside 支出 items.</summary>
    internal bool IsTwoSided { get; }

    /// <summary>The short names people type (基本支出表).</summary>
    internal ImmutableArray<string> ShortNames { get; }

    /// <summary>Titles real documents print for this table (the built-in names' titles: <see cref="DisclosureNames.Default"/>).</summary>
    internal ImmutableArray<string> Aliases => DisclosureNames.Default.TitlesOf(this);

    /// <summary>
    /// The kind a printed title denotes, or null. Matches the title's longest alias suffix after normalising (width,
    /// brackets, quotes, spaces, a leading ordinal, form number, year or 部门 prefix); a title that ends with a qualifier
    /// in brackets (…支出预算表（一般公共预算）) is matched without it when it does not match with it.
    /// </summary>
    internal static TableKind? FromTitle(string title) => DisclosureNames.Default.KindOfTitle(title);

    /// <summary>The kind a user-typed name denotes: canonical name, short name or alias (exact after normalising), or null.</summary>
    internal static TableKind? FromName(string name)
    {
        var n = NameNormalizer.Title(name);
        foreach (var kind in All)
        {
            if (kind == Unrecognised)
            {
                continue;
            }

            if (kind.Aliases.Concat(kind.ShortNames).Append(kind.CanonicalName)
                .Any(a => NameNormalizer.Title(a) == n))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The canonical name.</summary>
    public override string ToString() => CanonicalName;
}
