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

    // Documents whose tables the reader misreads in ways its signs of an uncertain reading show (README beside them).

    /// <summary>
    /// 江苏省人大办公厅 2017: the 收支预算总表 (p. 7, continued on pp. 8–9) read up to p. 8 (a label wrapped over the page
    /// break, 八、社会保障和就 / 业支出, is two rows, and p. 9's last rows are not read) and the 政府采购 header (p. 20) read in part; its
    /// 支出预算总表 (p. 10, 单位 / 预留机动 / 经费) and 三公 table (p. 20, names wrapped letter by letter) are read cleanly.
    /// </summary>
    public const string Renda2017 = "jiangsu-more/jiangsu-rendabangongting-2017-budget.pdf";

    /// <summary>
    /// 江苏省人民检察院 2017: its 收支预算总表 (p. 10) prints figures between the two lines of wrapped labels (1.一般公共预 /
    /// 17,981.68 / 算, 三、单位预留机 / 140.20 / 动经费), read as one row each; its 三公 table (p. 16), a header of ten
    /// lines, is read whole.
    /// </summary>
    public const string Jianchayuan2017 = "jiangsu-more/jiangsu-renminjianchayuan-2017-budget.pdf";

    /// <summary>江苏省委办公厅 2019 tables: the 政府采购 header 采购组织形 / 式 read in part.</summary>
    public const string Shengwei2019Tables = "jiangsu-more/jiangsu-shengweibangongting-2019-budget-tables.pdf";

    /// <summary>江苏省政协办公厅 2017 tables: the 政府采购 table continued on the next page (once read as two tables).</summary>
    public const string Zhengxie2017Tables = "jiangsu-more/jiangsu-zhengxiebangongting-2017-budget-tables.pdf";

    /// <summary>江苏省政协办公厅 2019 tables: its “三公”经费 table's figures were once a line with no name (the header's last line, 费, read as a row).</summary>
    public const string Zhengxie2019Tables = "jiangsu-more/jiangsu-zhengxiebangongting-2019-budget-tables.pdf";

    // Documents read cleanly whose 收支预算总表 prints three lists on one line (收入 | 支出·功能分类 | 支出·支出用途).

    /// <summary>江苏省委办公厅 2017 tables.</summary>
    public const string Shengwei2017Tables = "jiangsu-more/jiangsu-shengweibangongting-2017-budget-tables.pdf";

    /// <summary>江苏省委办公厅 2018 tables.</summary>
    public const string Shengwei2018Tables = "jiangsu-more/jiangsu-shengweibangongting-2018-budget-tables.pdf";

    /// <summary>江苏省人大常委会办公厅 2019 tables.</summary>
    public const string RendaBangongting2019Tables = "jiangsu-more/jiangsu-rendachangweihui-bangongting-2019-budget-tables.pdf";


    /// <summary>The real documents the reader reads cleanly (no sign of an uncertain reading).</summary>
    public static IReadOnlyList<string> Clean => [Shanghai2025, Final2024, Jiangsu2019, Shengwei2018Tables, Jianchayuan2017, Zhengxie2017Tables, Zhengxie2019Tables];

    /// <summary>The real documents it misreads in part.</summary>
    public static IReadOnlyList<string> Misread => [Renda2017, Shengwei2019Tables, FinalTemplate2024];

    private static readonly ConcurrentDictionary<string, Lazy<ImportResult>> Imports = new(StringComparer.Ordinal);

    /// <summary>The folder the real PDFs are copied to.</summary>
    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "real");

    public static string Path(string file) => System.IO.Path.Combine(Folder, file);

    /// <summary>
    /// The import of <paramref name="file"/>, read the first time it is asked for: in the default language (Chinese
    /// notices), whichever test asks first, so a test in English does not change what the others read.
    /// </summary>
    public static ImportResult Import(string file) =>
        Imports.GetOrAdd(file, f => new Lazy<ImportResult>(() =>
        {
            using var chinese = Localization.MessageLanguages.Use(Localization.MessageLanguage.Chinese);
            return PdfDisclosureReader.ReadFile(Path(f));
        })).Value;
}
