using System.Text.RegularExpressions;

namespace GovBudget.Documents;

/// <summary>Canonical column names and the variants real documents print for them.</summary>
public static partial class ColumnNames
{
    // canonical → printed variants (normalised: no spaces, quotes or full-width ASCII)
    private static readonly Dictionary<string, string[]> Variants = new(StringComparer.Ordinal)
    {
        ["合计"] = ["总计", "合计数", "本年预算合计", "本年收入合计", "本年支出合计"],
        ["人员经费"] = ["人员支出"],
        ["公用经费"] = ["公用支出", "日常公用经费"],
        ["基本支出"] = ["基本支出合计"],
        ["项目支出"] = ["项目支出合计"],
        ["上缴上级支出"] = ["上解上级支出"],
        ["事业单位经营支出"] = ["经营支出"],
        ["对附属单位补助支出"] = [],
        ["预算数"] = ["金额", "预算金额"],
        ["财政拨款收入"] = ["财政拨款", "一般公共预算拨款收入"],
        ["财政专户收入"] = ["财政专户管理资金", "财政专户管理资金收入", "财政专户核拨"],
        ["事业收入"] = [],
        ["事业单位经营收入"] = ["经营收入"],
        ["上级补助收入"] = [],
        ["附属单位上缴收入"] = [],
        ["其他收入"] = [],
        ["上年结转"] = ["上年结转结余", "上年结转资金", "年初结转和结余", "年初结转结余"],
        ["一般公共预算财政拨款"] = ["一般公共预算", "一般公共预算拨款", "一般公共预算财政拨款支出"],
        ["政府性基金预算财政拨款"] = ["政府性基金预算", "政府性基金预算拨款", "基金预算拨款", "政府性基金预算财政拨款支出"],
        ["国有资本经营预算财政拨款"] = ["国有资本经营预算", "国有资本经营预算拨款", "国有资本经营预算财政拨款支出"],
        ["价值"] = ["价值（金额单位：万元）", "价值(金额单位:万元)", "金额（万元）"],
    };

    // Columns with no printed variants, known so that rule files can be checked for typos.
    private static readonly string[] Others =
    [
        "小计", "决算数", "数量", "单价", "价值", "预算资金", "单位资金", "财政拨款结转", "非财政拨款结转结余", "预留中小微企业份额",
        "年初预算数", "全年预算数", "调整预算数", "单位预留机动经费", "机关运行经费", "会议费", "培训费",
        "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费",
        "本年收入", "本年支出", "年末结转和结余", "使用非财政拨款结余", "用事业基金弥补收支差额",
    ];

    private static readonly Dictionary<string, string> ToCanonical = Build();

    /// <summary>The canonical name for a printed column header (人员支出 → 人员经费); the normalised header itself when it has no known variant.</summary>
    public static string Canonical(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        if (CanonicalCache.TryGetValue(printed, out var cached))
        {
            return cached;
        }

        var n = LeadingYear().Replace(NameNormalizer.Label(printed), string.Empty);
        var result = ToCanonical.TryGetValue(n, out var canonical) ? canonical : n;
        if (CanonicalCache.Count < 100_000)
        {
            CanonicalCache.TryAdd(printed, result);
        }

        return result;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> CanonicalCache = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is a column name or variant this library knows (for checking rule files).</summary>
    public static bool IsKnown(string name) =>
        ToCanonical.ContainsKey(LeadingYear().Replace(NameNormalizer.Label(name), string.Empty));

    /// <summary>Every canonical column name known.</summary>
    public static IEnumerable<string> Known => ToCanonical.Values.Distinct();

    [GeneratedRegex("^(?:19|20)[0-9]{2}年(?:度)?", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex LeadingYear();

    /// <summary>The printed variants known for a canonical column name.</summary>
    public static IReadOnlyList<string> VariantsOf(string canonical) =>
        Variants.TryGetValue(canonical, out var v) ? v : [];

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var other in Others)
        {
            map[NameNormalizer.Label(other)] = other;
        }

        foreach (var (canonical, variants) in Variants)
        {
            map[NameNormalizer.Label(canonical)] = canonical;
            foreach (var v in variants)
            {
                map[NameNormalizer.Label(v)] = canonical;
            }
        }

        return map;
    }
}
