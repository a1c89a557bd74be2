using System.Globalization;
using GovBudget.Classification;
using GovBudget.Documents;

namespace GovBudget.Datasets;

/// <content>Drawing a layout at random.</content>
internal sealed partial class DepartmentLayout
{
    private static readonly TableColumn[] SummaryColumns = [Column("预算数", TableSide.Income), Column("预算数", TableSide.Expenditure)];

    private static readonly TableColumn[] IncomeColumns =
    [
        Column("合计"), Column("小计"), Column("财政拨款收入"), Column("财政专户收入"), Column("事业收入"), Column("事业单位经营收入"),
        Column("上级补助收入"), Column("附属单位上缴收入"), Column("其他收入"), Column("上年结转"),
    ];

    private static readonly TableColumn[] ExpenditureColumns =
    [
        Column("合计"), Column("基本支出"), Column("项目支出"), Column("事业单位经营支出"), Column("上缴上级支出"), Column("对附属单位补助支出"),
    ];

    private static readonly TableColumn[] AppropriationColumns =
    [
        Column("预算数", TableSide.Income), Column("合计", TableSide.Expenditure), Column("一般公共预算财政拨款", TableSide.Expenditure),
        Column("政府性基金预算财政拨款", TableSide.Expenditure), Column("国有资本经营预算财政拨款", TableSide.Expenditure),
    ];

    private static readonly TableColumn[] GeneralColumns = [Column("合计"), Column("基本支出"), Column("项目支出")];

    private static readonly TableColumn[] BasicColumns = [Column("合计"), Column("人员经费"), Column("公用经费")];

    private static readonly TableColumn[] ThreePublicColumns =
    [
        Column("合计"), Column("一般公共预算财政拨款"), Column("政府性基金预算财政拨款"), Column("国有资本经营预算财政拨款"),
    ];

    // Staff costs nearly every department budgets, with how often: 养老 (2080505 …), 医疗 (2101101 …), 住房公积金.
    private static readonly (ClassificationCode Code, double Probability)[] PersonnelItems =
    [
        (ClassificationCode.Parse("2080501"), 0.3), (ClassificationCode.Parse("2080502"), 0.25), (ClassificationCode.Parse("2080505"), 0.85),
        (ClassificationCode.Parse("2101101"), 0.7), (ClassificationCode.Parse("2101102"), 0.35), (ClassificationCode.Parse("2210201"), 0.85),
    ];

    // Shares of 基本支出 by economic 款, after the sample's 基本支出表; 30101, 30102 and 30113 are always budgeted.
    private static readonly Dictionary<int, double> EconomicWeights = new()
    {
        [30101] = 0.22, [30102] = 0.16, [30103] = 0.21, [30107] = 0.04, [30108] = 0.085, [30110] = 0.033, [30111] = 0.026,
        [30112] = 0.003, [30113] = 0.081, [30199] = 0.028, [30201] = 0.003, [30207] = 0.024, [30211] = 0.008, [30215] = 0.0006,
        [30216] = 0.003, [30217] = 0.0006, [30228] = 0.008, [30229] = 0.005, [30231] = 0.0046, [30239] = 0.03, [30299] = 0.016,
        [30302] = 0.013, [30309] = 0.0014,
    };

    private static readonly int[] AlwaysBudgeted = [30101, 30102, 30113];

    /// <summary>Draws a layout; the same random sequence gives the same layout.</summary>
    public static DepartmentLayout Create(Random random, FunctionalCodeTree tree, ShapeInterner shapes)
    {
        var leaves = DrawLeaves(random, tree);
        var parts = new Parts();
        var functional = new SortedSet<ClassificationCode>();
        var general = new SortedSet<ClassificationCode>();
        var government = new SortedSet<ClassificationCode>();
        foreach (var (code, flags) in leaves)
        {
            functional.Add(code);
            functional.UnionWith(code.Ancestors);
            if (flags.General)
            {
                general.Add(code);
                general.UnionWith(code.Ancestors);
            }

            if (flags.Government)
            {
                government.Add(code);
                government.UnionWith(code.Ancestors);
            }
        }

        Dictionary<ClassificationCode, int> governmentRow = [];
        var incomeRows = CodeRows(functional, tree, parts.FunctionalParents, out var functionalRow);
        var generalRows = CodeRows(general, tree, parts.GeneralParents, out var generalRow);

        // A department without 政府性基金 (and every department for 国有资本经营预算) prints the table empty, as the
        // sample does (空表列示).
        var governmentRows = government.Count == 0 ? [] : CodeRows(government, tree, parts.GovernmentParents, out governmentRow);
        var classes = functional.Where(c => c.Level == CodeLevel.Class).ToArray();
        foreach (var (code, flags) in leaves)
        {
            parts.Leaves.Add(new Leaf(functionalRow[code], flags.General ? generalRow[code] : -1, flags.Government ? governmentRow[code] : -1,
                Array.IndexOf(classes, code.Ancestors[0]),
                flags.Personnel, flags.Basic, flags.Project));
        }

        var summaryRows = TwoSided(SummaryIncomeItems, ["本年收入合计", "上年结转结余", "收入总计"],
            classes.Select(c => tree.Name(c)).ToArray(), ["本年支出合计", "年终结转结余", "支出总计"], out var summaryClassRows, out var summary);
        var appropriated = classes.Where(general.Contains).ToArray();
        var appropriationRows = TwoSided(AppropriationIncomeItems, ["本年收入合计", "年初财政拨款结转和结余", "收入总计"],
            appropriated.Select(c => tree.Name(c)).ToArray(), ["本年支出合计", "年末财政拨款结转和结余", "支出总计"], out var appropriationClassRows, out var appropriation);
        parts.SummaryRows = summary;
        parts.AppropriationRows = appropriation;
        for (var i = 0; i < classes.Length; i++)
        {
            var a = Array.IndexOf(appropriated, classes[i]);
            parts.Classes.Add(new FunctionalClass(functionalRow[classes[i]], generalRow.GetValueOrDefault(classes[i], -1),
                summaryClassRows[i], a < 0 ? -1 : appropriationClassRows[a]));
        }

        var basicRows = BasicRows(random, tree, parts);
        var threePublicRows = ThreePublicRows.Select(label => new RowShape(null, null, label, TableSide.None));
        var shape = shapes.Intern(new DocumentShape(
        [
            Table(TableKind.IncomeExpenditureSummary, SummaryColumns, summaryRows),
            Table(TableKind.IncomeSummary, IncomeColumns, incomeRows),
            Table(TableKind.ExpenditureSummary, ExpenditureColumns, incomeRows),
            Table(TableKind.FiscalAppropriationSummary, AppropriationColumns, appropriationRows),
            Table(TableKind.GeneralBudgetExpenditure, GeneralColumns, generalRows),
            Table(TableKind.GeneralBudgetBasicExpenditure, BasicColumns, basicRows),
            Table(TableKind.GovernmentFundExpenditure, GeneralColumns, governmentRows),
            Table(TableKind.StateCapitalExpenditure, GeneralColumns, []),
            Table(TableKind.ThreePublicExpenses, ThreePublicColumns, threePublicRows),
        ]));
        return new DepartmentLayout(shape, parts);
    }

    private static TableShape Table(TableKind kind, TableColumn[] columns, IEnumerable<RowShape> rows) =>
        new(kind, kind.CanonicalName, Unit, columns, rows);

    // The leaves (项, or 款 without 项) and what funds them: staff costs, then one to three business 类 from the tree.
    private static SortedDictionary<ClassificationCode, (bool Personnel, bool Basic, bool Project, bool General, bool Government)> DrawLeaves(Random random, FunctionalCodeTree tree)
    {
        var leaves = new SortedDictionary<ClassificationCode, (bool Personnel, bool Basic, bool Project, bool General, bool Government)>();
        foreach (var (code, probability) in PersonnelItems)
        {
            if (random.NextDouble() < probability)
            {
                leaves[code] = (true, true, false, random.NextDouble() < 0.95, false);
            }
        }

        var r = random.NextDouble();
        var classCount = r < 0.45 ? 1 : r < 0.85 ? 2 : 3;
        foreach (var cls in Choose(random, tree.Classes, classCount))
        {
            var sections = tree.Children(cls);
            foreach (var section in Choose(random, sections, random.NextDouble() < 0.6 ? 1 : 2))
            {
                var items = tree.Children(section);
                var picked = items.Length == 0 ? [section] : Choose(random, items, 1 + random.Next(3));
                foreach (var leaf in picked)
                {
                    var (basic, project) = Funding(random, leaf);
                    var general = random.NextDouble() < 0.9;
                    leaves.TryAdd(leaf, (false, basic, project, general, false));
                }
            }
        }

        // 基本支出表 needs some 基本支出 paid from the general budget.
        if (!leaves.Values.Any(l => l.Basic && l.General))
        {
            var first = leaves.Keys.First();
            leaves[first] = leaves[first] with { Basic = true, General = true };
        }

        // Some departments also spend 政府性基金 on projects funded by the general budget.
        if (random.NextDouble() < 0.12)
        {
            foreach (var (code, flags) in leaves.ToArray())
            {
                if (!flags.Personnel && flags.Project && flags.General && random.NextDouble() < 0.6)
                {
                    leaves[code] = flags with { Government = true };
                }
            }
        }

        return leaves;
    }

    // Whether a business leaf has 基本支出, 项目支出 or both, after the usual meaning of its last digits.
    private static (bool Basic, bool Project) Funding(Random random, ClassificationCode leaf)
    {
        var r = random.NextDouble();
        if (leaf.Level != CodeLevel.Item)
        {
            return r < 0.7 ? (false, true) : (true, true);
        }

        return (leaf.Value % 100) switch
        {
            1 => r < 0.8 ? (true, false) : (true, true),    // 行政运行
            50 => (true, false),                            // 事业运行
            2 or 99 => (false, true),                       // 一般行政管理事务, 其他…支出
            _ => r < 0.65 ? (false, true) : r < 0.85 ? (true, true) : (true, false),
        };
    }

    // The rows of a table by functional code: 合计, then the codes; parents[i] is the row of row i's parent.
    private static List<RowShape> CodeRows(SortedSet<ClassificationCode> codes, FunctionalCodeTree tree, List<int> parents, out Dictionary<ClassificationCode, int> rowOf)
    {
        rowOf = [];
        var rows = new List<RowShape> { new(null, null, "合计", TableSide.None) };
        parents.Add(-1);
        foreach (var code in codes)
        {
            rowOf[code] = rows.Count;
            parents.Add(code.Parent is { } parent ? rowOf[parent] : 0);
            rows.Add(new RowShape(null, code, tree.Name(code), TableSide.None));
        }

        return rows;
    }

    // A two-sided summary as printed: income and expenditure items side by side, then the totals side by side.
    private static List<RowShape> TwoSided(string[] incomeItems, string[] incomeTotals, string[] classNames, string[] expenditureTotals,
        out int[] classRows, out TwoSidedRows fixedRows)
    {
        var rows = new List<RowShape>();
        var incomeRows = new int[incomeItems.Length];
        classRows = new int[classNames.Length];
        for (var i = 0; i < Math.Max(incomeItems.Length, classNames.Length); i++)
        {
            if (i < incomeItems.Length)
            {
                incomeRows[i] = rows.Count;
                rows.Add(new RowShape(null, null, incomeItems[i], TableSide.Income));
            }

            if (i < classNames.Length)
            {
                classRows[i] = rows.Count;
                rows.Add(new RowShape(null, null, $"{ChineseNumber(i + 1)}、{classNames[i]}", TableSide.Expenditure));
            }
        }

        var totals = new int[6];
        for (var i = 0; i < 3; i++)
        {
            totals[2 * i] = rows.Count;
            rows.Add(new RowShape(null, null, incomeTotals[i], TableSide.Income));
            totals[(2 * i) + 1] = rows.Count;
            rows.Add(new RowShape(null, null, expenditureTotals[i], TableSide.Expenditure));
        }

        fixedRows = new TwoSidedRows(incomeRows, totals[0], totals[2], totals[4], totals[1], totals[3], totals[5]);
        return rows;
    }

    // The 基本支出表: 合计, then 301 (always), 302 (always), 303 (often) and 310 (rarely), each with some of its 款.
    private static List<RowShape> BasicRows(Random random, FunctionalCodeTree tree, Parts parts)
    {
        var rows = new List<RowShape> { new(null, null, "合计", TableSide.None) };
        parts.EconomicParents.Add(-1);
        foreach (var (cls, sections) in tree.EconomicClasses)
        {
            var (include, share) = cls.Value switch
            {
                301 => (true, 0.6),
                302 => (true, 0.45),
                303 => (random.NextDouble() < 0.5, 0.6),
                _ => (random.NextDouble() < 0.12, 0.35),
            };
            if (!include || sections.Length == 0)
            {
                continue;
            }

            var chosen = sections.Where(s => AlwaysBudgeted.Contains(s.Value) || random.NextDouble() < share).ToList();
            if (chosen.Count == 0)
            {
                chosen.Add(sections[random.Next(sections.Length)]);
            }

            var classRow = rows.Count;
            parts.EconomicParents.Add(0);
            rows.Add(new RowShape(null, cls, tree.Name(cls), TableSide.None));
            var column = cls.Value is 301 or 303 ? 1 : 2;   // 人员经费 : 公用经费
            foreach (var section in chosen)
            {
                if (section.Value == 30217)
                {
                    parts.ReceptionRow = rows.Count;
                }
                else if (section.Value == 30231)
                {
                    parts.CarRunningRow = rows.Count;
                }

                parts.EconomicRows.Add(new EconomicRow(rows.Count, column, EconomicWeights.GetValueOrDefault(section.Value, 0.01)));
                parts.EconomicParents.Add(classRow);
                rows.Add(new RowShape(null, section, tree.Name(section), TableSide.None));
            }
        }

        return rows;
    }

    // k distinct elements in their original order (a partial Fisher–Yates shuffle of the indexes).
    private static ClassificationCode[] Choose(Random random, ClassificationCode[] from, int k)
    {
        k = Math.Min(k, from.Length);
        var indexes = Enumerable.Range(0, from.Length).ToArray();
        for (var i = 0; i < k; i++)
        {
            var j = i + random.Next(from.Length - i);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }

        Array.Sort(indexes, 0, k);
        return [.. indexes.Take(k).Select(i => from[i])];
    }

    /// <summary>1 → 一, 10 → 十, 12 → 十二, 31 → 三十一 (the ordinals of the 收支总表 items).</summary>
    public static string ChineseNumber(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n < 10)
        {
            return digits[n].ToString();
        }

        var tens = n / 10;
        var ones = n % 10;
        return string.Create(CultureInfo.InvariantCulture, $"{(tens == 1 ? string.Empty : digits[tens].ToString())}十{(ones == 0 ? string.Empty : digits[ones].ToString())}");
    }
}
