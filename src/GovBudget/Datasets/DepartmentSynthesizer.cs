using GovBudget.Documents;

namespace GovBudget.Datasets;

/// <summary>
/// Fills a department's amounts for its layout so that every identity of the standard budget pack holds exactly:
/// amounts are drawn for the leaf codes only, in whole fen (0.01 万元), and everything else is summed from them in
/// int64. Zero is printed blank, as real tables do.
/// </summary>
internal static class DepartmentSynthesizer
{
    private const long RawPerCent = 100;   // Amount.Raw counts ten-thousandths; a cent (0.01) is 100 of them.

    private static readonly double[] Decades = [100, 1_000, 10_000];

    // Columns by table (see DepartmentLayout).
    private const int Total = 0;
    private const int IncomeSubtotal = 1, Appropriated = 2, SpecialAccount = 3, Operations = 4, Business = 5, Superior = 6, Affiliates = 7,
        Other = 8, CarriedOver = 9;
    private const int BasicColumn = 1, ProjectColumn = 2, BusinessSpending = 3, ToSuperior = 4, ToAffiliates = 5;
    
    /// <summary>Fills <paramref name="values"/> and <paramref name="scales"/> (both of the layout's slot count, values zero).</summary>
    public static void Fill(DepartmentLayout layout, Random random, long[] values, byte[] scales)
    {
        var shape = layout.Shape;
        var cells = new Cells(shape, values);
        // The department's size: 100 to 99,900 万元 in fen, spread over three decades. No Math.Exp or Math.Log: their
        // last bit may differ between platforms, and the same seed must give the same bytes everywhere.
        var size = (double)(100 + random.Next(900)) * Decades[random.Next(Decades.Length)];
        var funds = new Funds(random);
        long general = 0, government = 0;
        var governmentByClass = new long[layout.Classes.Length];

        foreach (var leaf in layout.Leaves)
        {
            var basic = leaf.HasBasic ? Cents(random, size, leaf.Personnel ? 0.01 : 0.05, leaf.Personnel ? 0.08 : 0.4) : 0;
            var project = leaf.HasProject ? Cents(random, size, 0.05, 0.8) : 0;
            var business = !leaf.Personnel && funds.Business && random.NextDouble() < 0.5 ? Cents(random, size, 0.01, 0.1) : 0;
            var toSuperior = !leaf.Personnel && funds.ToSuperior && random.NextDouble() < 0.5 ? Cents(random, size, 0.005, 0.05) : 0;
            var toAffiliates = !leaf.Personnel && funds.ToAffiliates && random.NextDouble() < 0.5 ? Cents(random, size, 0.01, 0.1) : 0;

            // 基本支出 is paid from the general budget, in part from 事业收入; the rest from a mix of sources.
            var isGeneral = leaf.GeneralRow >= 0;
            var operationsBasic = !isGeneral ? basic
                : funds.Operations && basic > 0 && random.NextDouble() < 0.4 ? Share(random, basic, 0.1, 0.5) : 0;
            var generalBasic = basic - operationsBasic;
            var rest = project + toSuperior + toAffiliates;
            var available = rest - (isGeneral && generalBasic == 0 ? 100 : 0);
            var fund = leaf.GovernmentRow >= 0 ? Take(ref available, Math.Max(100, Share(random, rest, 0.2, 0.8))) : 0;
            var special = Take(ref available, funds.SpecialAccount ? Share(random, rest, 0, 0.3) : 0);
            var operationsProject = Take(ref available, funds.Operations ? Share(random, rest, 0, 0.3) : 0);
            var superior = Take(ref available, funds.Superior ? Share(random, rest, 0, 0.2) : 0);
            var affiliates = Take(ref available, funds.Affiliates ? Share(random, rest, 0, 0.2) : 0);
            var other = Take(ref available, funds.Other ? Share(random, rest, 0, 0.2) : 0);
            var carried = Take(ref available, funds.CarriedOver ? Share(random, rest, 0, 0.3) : 0);
            var remainder = rest - fund - special - operationsProject - superior - affiliates - other - carried;
            var generalProject = isGeneral ? remainder : 0;
            operationsProject += isGeneral ? 0 : remainder;

            var operations = operationsBasic + operationsProject;
            var appropriated = generalBasic + generalProject + fund;
            var subtotal = appropriated + special + operations + business + superior + affiliates + other;
            cells.Row(DepartmentLayout.Income, leaf.Row, [subtotal + carried, subtotal, appropriated, special, operations, business, superior, affiliates, other, carried]);
            cells.Row(DepartmentLayout.Expenditure, leaf.Row, [basic + project + business + toSuperior + toAffiliates, basic, project, business, toSuperior, toAffiliates]);
            if (isGeneral)
            {
                cells.Row(DepartmentLayout.General, leaf.GeneralRow, [generalBasic + generalProject, generalBasic, generalProject]);
                general += generalBasic + generalProject;
                government += fund;
                governmentByClass[leaf.Class] += fund;
            }

            if (leaf.GovernmentRow >= 0)
            {
                cells.Row(DepartmentLayout.GovernmentFund, leaf.GovernmentRow, [fund, 0, fund]);
            }
        }

        cells.SumUp(DepartmentLayout.Income, layout.FunctionalParents);
        cells.SumUp(DepartmentLayout.Expenditure, layout.FunctionalParents);
        cells.SumUp(DepartmentLayout.General, layout.GeneralParents);
        cells.SumUp(DepartmentLayout.GovernmentFund, layout.GovernmentParents);

        FillBasic(layout, random, cells);
        FillThreePublic(layout, random, cells);
        FillSummary(layout, cells, general, government);
        FillAppropriation(layout, cells, general, government, governmentByClass);

        for (var i = 0; i < values.Length; i++)
        {
            scales[i] = values[i] == 0 ? DenseDocument.Blank : (byte)2;
        }
    }

    // 基本支出表: the general budget's 基本支出, shared among the economic 款 by weight (each at least 0.01).
    private static void FillBasic(DepartmentLayout layout, Random random, Cells cells)
    {
        var total = cells.Get(DepartmentLayout.General, 0, BasicColumn);
        var rows = layout.EconomicRows;
        var weights = new double[rows.Length];
        var sum = 0.0;
        for (var i = 0; i < rows.Length; i++)
        {
            weights[i] = rows[i].Weight * (0.6 + (0.8 * random.NextDouble()));
            sum += weights[i];
        }

        // Each 款 gets 0.01 first, so none is blank; the rest goes by weight, and what rounding leaves to the largest.
        var amounts = new long[rows.Length];
        var spread = total - rows.Length;
        var given = 0L;
        var largest = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            amounts[i] = 1 + (long)Math.Floor(spread * weights[i] / sum);
            given += amounts[i];
            largest = weights[i] > weights[largest] ? i : largest;
        }

        amounts[largest] += total - given;
        for (var i = 0; i < rows.Length; i++)
        {
            var row = new long[3];
            row[Total] = amounts[i];
            row[rows[i].Column] = amounts[i];
            cells.Row(DepartmentLayout.Basic, rows[i].Row, row);
        }

        cells.SumUp(DepartmentLayout.Basic, layout.EconomicParents);
    }

    // “三公”经费支出表: 公务接待费 and 公务用车运行维护费 equal 30217 and 30231 of the 基本支出表; the rest is drawn.
    private static void FillThreePublic(DepartmentLayout layout, Random random, Cells cells)
    {
        var reception = layout.ReceptionRow < 0 ? 0 : cells.Get(DepartmentLayout.Basic, layout.ReceptionRow, Total);
        var running = layout.CarRunningRow < 0 ? 0 : cells.Get(DepartmentLayout.Basic, layout.CarRunningRow, Total);
        var purchase = random.NextDouble() < 0.1 ? 500 + random.NextInt64(3500) : 0;
        var research = random.NextDouble() < 0.03 ? 100 + random.NextInt64(900) : 0;
        var otherAbroad = random.NextDouble() < 0.2 ? 100 + random.NextInt64(1900) : 0;
        long[] amounts = [research + otherAbroad + purchase + running + reception, research + otherAbroad, research, otherAbroad, purchase + running, purchase, running, reception];
        for (var r = 0; r < amounts.Length; r++)
        {
            cells.Row(DepartmentLayout.ThreePublic, r, [amounts[r], amounts[r], 0, 0]);
        }
    }

    // 收支总表: income by source from the 收入总表's 合计 row; expenditure by 类 from the 支出总表.
    private static void FillSummary(DepartmentLayout layout, Cells cells, long general, long government)
    {
        const int incomeColumn = 0, expenditureColumn = 1;
        var rows = layout.SummaryRows;
        long[] items =
        [
            general, government, 0, cells.Get(DepartmentLayout.Income, 0, SpecialAccount), cells.Get(DepartmentLayout.Income, 0, Operations),
            cells.Get(DepartmentLayout.Income, 0, Business), cells.Get(DepartmentLayout.Income, 0, Superior), cells.Get(DepartmentLayout.Income, 0, Affiliates),
            cells.Get(DepartmentLayout.Income, 0, Other),
        ];
        var income = 0L;
        for (var i = 0; i < items.Length; i++)
        {
            cells.Set(DepartmentLayout.Summary, rows.IncomeItems[i], incomeColumn, items[i]);
            income += items[i];
        }

        var carried = cells.Get(DepartmentLayout.Income, 0, CarriedOver);
        cells.Set(DepartmentLayout.Summary, rows.IncomeTotal, incomeColumn, income);
        cells.Set(DepartmentLayout.Summary, rows.IncomeCarryOver, incomeColumn, carried);
        cells.Set(DepartmentLayout.Summary, rows.IncomeGrandTotal, incomeColumn, income + carried);
        foreach (var cls in layout.Classes)
        {
            cells.Set(DepartmentLayout.Summary, cls.SummaryRow, expenditureColumn, cells.Get(DepartmentLayout.Expenditure, cls.Row, Total));
        }

        var spent = cells.Get(DepartmentLayout.Expenditure, 0, Total);
        cells.Set(DepartmentLayout.Summary, rows.ExpenditureTotal, expenditureColumn, spent);
        cells.Set(DepartmentLayout.Summary, rows.ExpenditureGrandTotal, expenditureColumn, spent);
    }

    // 财政拨款收支总表: appropriations by fund; expenditure by 类 from the 一般公共预算财政拨款支出表 plus 政府性基金.
    private static void FillAppropriation(DepartmentLayout layout, Cells cells, long general, long government, long[] governmentByClass)
    {
        const int incomeColumn = 0;
        var rows = layout.AppropriationRows;
        cells.Set(DepartmentLayout.Appropriation, rows.IncomeItems[0], incomeColumn, general);
        cells.Set(DepartmentLayout.Appropriation, rows.IncomeItems[1], incomeColumn, government);
        cells.Set(DepartmentLayout.Appropriation, rows.IncomeTotal, incomeColumn, general + government);
        cells.Set(DepartmentLayout.Appropriation, rows.IncomeGrandTotal, incomeColumn, general + government);
        for (var i = 0; i < layout.Classes.Length; i++)
        {
            var cls = layout.Classes[i];
            if (cls.AppropriationRow >= 0)
            {
                var g = cells.Get(DepartmentLayout.General, cls.GeneralRow, Total);
                cells.Row(DepartmentLayout.Appropriation, cls.AppropriationRow, [0, g + governmentByClass[i], g, governmentByClass[i], 0]);
            }
        }

        long[] totals = [0, general + government, general, government, 0];
        cells.Row(DepartmentLayout.Appropriation, rows.ExpenditureTotal, totals);
        cells.Row(DepartmentLayout.Appropriation, rows.ExpenditureGrandTotal, totals);
    }

    // An amount between low and high times the department's size, in fen, at least 1.00.
    private static long Cents(Random random, double size, double low, double high) =>
        Math.Max(100, (long)(size * (low + ((high - low) * random.NextDouble()))));

    private static long Share(Random random, long of, double low, double high) =>
        (long)(of * (low + ((high - low) * random.NextDouble())));

    private static long Take(ref long available, long wanted)
    {
        var taken = Math.Clamp(wanted, 0, Math.Max(0, available));
        available -= taken;
        return taken;
    }

    /// <summary>Which sources and uses of funds a department has besides the general budget.</summary>
    private readonly struct Funds(Random random)
    {
        public bool Operations { get; } = random.NextDouble() < 0.25;        // 事业收入

        public bool SpecialAccount { get; } = random.NextDouble() < 0.08;    // 财政专户

        public bool CarriedOver { get; } = random.NextDouble() < 0.25;       // 上年结转

        public bool Other { get; } = random.NextDouble() < 0.15;             // 其他收入

        public bool Superior { get; } = random.NextDouble() < 0.04;          // 上级补助收入

        public bool Affiliates { get; } = random.NextDouble() < 0.03;        // 附属单位上缴收入

        public bool Business { get; } = random.NextDouble() < 0.05;          // 事业单位经营收支

        public bool ToSuperior { get; } = random.NextDouble() < 0.03;        // 上缴上级支出

        public bool ToAffiliates { get; } = random.NextDouble() < 0.05;      // 对附属单位补助支出
    }

    /// <summary>The cells of one department, in fen, by table, row and column.</summary>
    private readonly struct Cells(DocumentShape shape, long[] values)
    {
        public long Get(int table, int row, int column) => values[shape.Tables[table].Slot(row, column)] / RawPerCent;

        public void Set(int table, int row, int column, long cents) => values[shape.Tables[table].Slot(row, column)] = cents * RawPerCent;

        public void Row(int table, int row, ReadOnlySpan<long> cents)
        {
            var slot = shape.Tables[table].Slot(row, 0);
            for (var c = 0; c < cents.Length; c++)
            {
                values[slot + c] = cents[c] * RawPerCent;
            }
        }

        // Adds each row into its parent, children first: in code order a parent comes before its children, so going
        // backwards every row is complete before it is added.
        public void SumUp(int table, int[] parents)
        {
            var t = shape.Tables[table];
            var width = t.Columns.Length;
            for (var row = parents.Length - 1; row >= 1; row--)
            {
                var from = t.Slot(row, 0);
                var to = t.Slot(parents[row], 0);
                for (var c = 0; c < width; c++)
                {
                    values[to + c] += values[from + c];
                }
            }
        }
    }
}
