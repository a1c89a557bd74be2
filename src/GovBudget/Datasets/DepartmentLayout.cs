using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Documents;

namespace GovBudget.Datasets;

/// <summary>
/// The layout of a generated department: which codes it uses and how its tables are laid out (its shape), with the
/// row indexes <see cref="DepartmentSynthesizer"/> fills. Many departments share one layout, as departments of the
/// same kind share their tables' rows in real data.
/// </summary>
internal sealed partial class DepartmentLayout
{
    // The tables in printed order.
    public const int Summary = 0;
    public const int Income = 1;
    public const int Expenditure = 2;
    public const int Appropriation = 3;
    public const int General = 4;
    public const int Basic = 5;
    public const int GovernmentFund = 6;
    public const int StateCapital = 7;
    public const int ThreePublic = 8;

    // 收支总表: the income items, in order.
    public static readonly string[] SummaryIncomeItems =
    [
        "一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、国有资本经营预算拨款收入", "四、财政专户管理资金收入", "五、事业收入",
        "六、事业单位经营收入", "七、上级补助收入", "八、附属单位上缴收入", "九、其他收入",
    ];

    // 财政拨款收支总表: the income items, in order.
    public static readonly string[] AppropriationIncomeItems = ["一、一般公共预算拨款", "二、政府性基金预算拨款", "三、国有资本经营预算拨款"];

    // “三公”经费支出表: the rows as the sample prints them.
    public static readonly string[] ThreePublicRows =
    [
        "“三公”经费小计", "一、因公出国（境）费", "其中：教学科研人员因公出国（境）费", "其他因公出国（境）费", "二、公务用车购置及运维费",
        "其中：公务用车购置费", "公务用车运行维护费", "三、公务接待费",
    ];

    private DepartmentLayout(DocumentShape shape, Parts parts)
    {
        Shape = shape;
        Leaves = [.. parts.Leaves];
        Classes = [.. parts.Classes];
        FunctionalParents = [.. parts.FunctionalParents];
        GeneralParents = [.. parts.GeneralParents];
        GovernmentParents = [.. parts.GovernmentParents];
        EconomicRows = [.. parts.EconomicRows];
        EconomicParents = [.. parts.EconomicParents];
        ReceptionRow = parts.ReceptionRow;
        CarRunningRow = parts.CarRunningRow;
        SummaryRows = parts.SummaryRows;
        AppropriationRows = parts.AppropriationRows;
    }

    public DocumentShape Shape { get; }

    /// <summary>The functional codes that carry amounts (项, or a 款 without 项), in code order.</summary>
    public Leaf[] Leaves { get; }

    /// <summary>The functional 类, in code order.</summary>
    public FunctionalClass[] Classes { get; }

    /// <summary>For each row of the 收入总表 and 支出总表 (which share rows), its parent row; -1 for 合计.</summary>
    public int[] FunctionalParents { get; }

    /// <summary>For each row of the 一般公共预算财政拨款支出表, its parent row; -1 for 合计.</summary>
    public int[] GeneralParents { get; }

    /// <summary>For each row of the 政府性基金预算财政拨款支出表, its parent row; -1 for 合计 (empty when the table is).</summary>
    public int[] GovernmentParents { get; }

    /// <summary>The 款 rows of the 基本支出表.</summary>
    public EconomicRow[] EconomicRows { get; }

    /// <summary>For each row of the 基本支出表, its parent row; -1 for 合计.</summary>
    public int[] EconomicParents { get; }

    /// <summary>The 基本支出表 row of 30217 公务接待费, or -1.</summary>
    public int ReceptionRow { get; }

    /// <summary>The 基本支出表 row of 30231 公务用车运行维护费, or -1.</summary>
    public int CarRunningRow { get; }

    /// <summary>The rows of the 收支总表 that are not 类.</summary>
    public TwoSidedRows SummaryRows { get; }

    /// <summary>The rows of the 财政拨款收支总表 that are not 类.</summary>
    public TwoSidedRows AppropriationRows { get; }

    /// <summary>A functional code that carries amounts.</summary>
    /// <param name="Row">Its row in the 收入总表 and 支出总表.</param>
    /// <param name="GeneralRow">Its row in the 一般公共预算财政拨款支出表, or -1 when it has no such funding.</param>
    /// <param name="GovernmentRow">Its row in the 政府性基金预算财政拨款支出表, or -1 when it has no such funding.</param>
    /// <param name="Class">Its index in <see cref="Classes"/>.</param>
    /// <param name="Personnel">Whether it is a staff cost (养老, 医疗, 住房公积金), paid from 基本支出.</param>
    /// <param name="HasBasic">Whether it has 基本支出.</param>
    /// <param name="HasProject">Whether it has 项目支出.</param>
    internal readonly record struct Leaf(int Row, int GeneralRow, int GovernmentRow, int Class, bool Personnel, bool HasBasic, bool HasProject);

    /// <summary>A functional 类 and its rows.</summary>
    internal readonly record struct FunctionalClass(int Row, int GeneralRow, int SummaryRow, int AppropriationRow);

    /// <summary>A 款 of the 基本支出表: its row, its column (人员经费 or 公用经费) and its share of 基本支出.</summary>
    internal readonly record struct EconomicRow(int Row, int Column, double Weight);

    /// <summary>The fixed rows of a two-sided summary: its income items, then the totals on each side.</summary>
    internal sealed record TwoSidedRows(int[] IncomeItems, int IncomeTotal, int IncomeCarryOver, int IncomeGrandTotal,
        int ExpenditureTotal, int ExpenditureCarryOver, int ExpenditureGrandTotal);

    // What the layout is built from, collected by Create.
    private sealed class Parts
    {
        public List<Leaf> Leaves { get; } = [];

        public List<FunctionalClass> Classes { get; } = [];

        public List<int> FunctionalParents { get; } = [];

        public List<int> GeneralParents { get; } = [];

        public List<int> GovernmentParents { get; } = [];

        public List<EconomicRow> EconomicRows { get; } = [];

        public List<int> EconomicParents { get; } = [];

        public int ReceptionRow { get; set; } = -1;

        public int CarRunningRow { get; set; } = -1;

        public TwoSidedRows SummaryRows { get; set; } = null!;

        public TwoSidedRows AppropriationRows { get; set; } = null!;
    }

    private static TableColumn Column(string name, TableSide side = TableSide.None) => new(name, name, null, null, side, ColumnType.Amount);

    private static readonly MoneyUnit Unit = MoneyUnit.TenThousandYuan;
}
