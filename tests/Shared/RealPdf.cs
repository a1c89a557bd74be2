using System.Collections.Concurrent;
using GovBudget.Import;

namespace GovBudget.TestSupport;

/// <summary>
/// The real PDFs copied into TestData/real (provenance in the READMEs there; the sixteen Jiangsu ones in jiangsu-more/) and
/// the 决算 template in TestData/templates, each read once per test run: an
/// import is immutable, so tests share it.
/// </summary>
internal static class RealPdf
{
    public const string Shanghai2025 = "shanghai-putuo-caizhengju-2025-budget.pdf";

    public const string Final2024 = "shanghai-putuo-shehuigongzuobu-2024-final.pdf";

    public const string Jiangsu2019 = "jiangsu-gaojirenminfayuan-2019-budget.pdf";

    /// <summary>The blank 上海市 2024 部门决算 template (names no real department): TestData/templates, not a real disclosure.</summary>
    public const string FinalTemplate2024 = "../templates/national-final-account-template-2024.pdf";

    /// <summary>A Jiangsu 公开文件: the narrative, whose contents list names twelve tables it does not print.</summary>
    public const string JiangsuNarrativeOnly2019 = "jiangsu-more/jiangsu-shengweibangongting-2019-budget.pdf";

    /// <summary>A Jiangsu 公开表 whose 三公 table (page 11) is titled with a bracketed qualifier (…支出预算表（一般公共预算）).</summary>
    public const string JiangsuTables2017 = "jiangsu-more/jiangsu-zhengxiebangongting-2017-budget-tables.pdf";

    private static readonly ConcurrentDictionary<string, Lazy<ImportResult>> Imports = new(StringComparer.Ordinal);

    /// <summary>The folder the real PDFs are copied to.</summary>
    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "real");

    public static string Path(string file) => System.IO.Path.Combine(Folder, file);

    /// <summary>The import of <paramref name="file"/>, read the first time it is asked for.</summary>
    public static ImportResult Import(string file) =>
        Imports.GetOrAdd(file, f => new Lazy<ImportResult>(() => PdfDisclosureReader.ReadFile(Path(f)))).Value;
}
