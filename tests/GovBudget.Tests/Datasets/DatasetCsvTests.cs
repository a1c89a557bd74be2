using GovBudget.Amounts;
using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Datasets;

public sealed class DatasetCsvTests
{
    private const string Header = "year,kind,department,department_name,table,unit,row_code,row_name,column,amount";

    private static Dataset ReadText(string text) => DatasetCsv.Read(new StringReader(text), "test.csv");

    private static string WriteText(IEnumerable<DenseDocument> departments)
    {
        using var writer = new StringWriter();
        DatasetCsv.Write(writer, departments);
        return writer.ToString();
    }

    private static void ShouldBeSameCells(DenseDocument actual, DenseDocument expected)
    {
        actual.Department.Should().Be(expected.Department);
        actual.Year.Should().Be(expected.Year);
        actual.Kind.Should().Be(expected.Kind);
        actual.Values.Should().Equal(expected.Values);
        actual.Scales.Should().Equal(expected.Scales);
    }

    [Fact]
    public void Write_then_read_gives_the_same_shapes_values_and_scales()
    {
        var generated = DatasetGenerator.Generate(60, seed: 3, errorRate: 0.5, layouts: 12).Dataset;
        var text = WriteText(generated.Departments);
        var read = ReadText(text);

        read.Departments.Should().HaveCount(60);
        read.ShapeCount.Should().Be(generated.ShapeCount);
        for (var i = 0; i < 60; i++)
        {
            ShouldBeSameCells(read.Departments[i], generated.Departments[i]);
            read.Departments[i].Shape.Key.Should().Be(generated.Departments[i].Shape.Key);
        }

        WriteText(read.Departments).Should().Be(text, "writing what was read gives the same bytes");
    }

    [Fact]
    public void A_line_holds_one_cell_with_its_amount_as_printed_and_blank_cells_have_no_amount()
    {
        var text = WriteText(DatasetGenerator.Generate(1, seed: 5, errorRate: 0, layouts: 1).Dataset.Departments);
        var lines = text.Split('\n');
        lines[0].Should().Be(Header);
        lines[1].Should().MatchRegex(@"^2023,预算,000001,模拟部门000001,收支总表,万元,,一、一般公共预算拨款收入,收入:预算数,[0-9]+\.[0-9]{2}$");
        lines.Should().Contain(l => l.StartsWith("2023,预算,000001,模拟部门000001,收支总表,万元,,三、国有资本经营预算拨款收入,收入:预算数,", StringComparison.Ordinal) && l.EndsWith(','));
        lines.Should().Contain(l => l.StartsWith("2023,预算,000001,模拟部门000001,一般公共预算财政拨款基本支出表,万元,30101,基本工资,人员经费,", StringComparison.Ordinal));
        lines.Should().Contain("2023,预算,000001,模拟部门000001,国有资本经营预算财政拨款支出表,万元,,,合计,", "an empty table's columns are declared");
        lines[^1].Should().BeEmpty("the last line ends with a line break");
    }

    [Fact]
    public void The_sample_converted_to_dense_form_survives_a_round_trip()
    {
        // The dataset holds tables of amounts; the sample's text tables (机构设置, 绩效目标, 政府采购) are left out.
        var sample = Sample.Import.Document;
        var kept = sample.Tables.Where(t => t.Unit is not null && t.Columns.All(c => c.Type != ColumnType.Text)).ToList();
        kept.Select(t => t.Kind.CanonicalName).Should().Equal(
            "收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算财政拨款支出表", "一般公共预算财政拨款基本支出表",
            "政府性基金预算财政拨款支出表", "国有资本经营预算财政拨款支出表", "“三公”经费支出表", "国有资产占用情况表");
        var document = new Disclosure(sample.Department, sample.Year, sample.Kind, kept, [], sample.Source);
        var dense = DenseDocument.FromDisclosure(document);

        var text = WriteText([dense]);
        var read = ReadText(text).Departments.Should().ContainSingle().Which;

        ShouldBeSameCells(read, dense);
        for (var t = 0; t < kept.Count; t++)
        {
            var (expected, actual) = (dense.Shape.Tables[t], read.Shape.Tables[t]);
            actual.Kind.Should().Be(expected.Kind);
            actual.Unit.Should().Be(expected.Unit);
            actual.Columns.Select(c => (c.Name, c.Side, c.Type)).Should().Equal(expected.Columns.Select(c => (c.Name, c.Side, c.Type)));
            actual.Rows.Select(r => (r.Code, r.Label, r.Side)).Should().Equal(expected.Rows.Select(r => (r.Code, r.Label, r.Side)));
        }

        // The 财政拨款收支总表 prints 一、一般公共预算拨款 twice on its 收入 side (an item, and under 年初结转和结余).
        text.Should().Contain(",财政拨款收支总表,万元,,一、一般公共预算拨款#2,收入:预算数,\n");
        text.Should().Contain(",政府性基金预算财政拨款支出表,万元,,,合计,\n", "the sample's empty tables keep their columns");
        text.Should().Contain(",收入总表,万元,2080505,机关事业单位基本养老保险缴费支出,合计,107.00\n");

        var pack = RulePack.Standard(DisclosureKind.Budget);
        pack.Check(read.ToDisclosure()).Findings.Select(f => (f.RuleId, f.Severity))
            .Should().Equal(pack.Check(document).Findings.Select(f => (f.RuleId, f.Severity)), "the round trip loses no figure a rule reads");
    }

    [Fact]
    public void Departments_with_the_same_layout_share_one_shape_instance()
    {
        var read = ReadText(Header + "\n"
            + "2023,预算,A,甲,基本支出表,万元,,合计,合计,3.00\n"
            + "2023,预算,A,甲,基本支出表,万元,301,工资福利支出,合计,3.00\n"
            + "2023,预算,B,乙,基本支出表,万元,,合计,合计,5.00\n"
            + "2023,预算,B,乙,基本支出表,万元,301,工资福利支出,合计,\n"
            + "2023,预算,C,丙,基本支出表,万元,,合计,合计,5.00\n");

        read.Departments.Select(d => d.Department.Code).Should().Equal("A", "B", "C");
        read.Departments[1].Shape.Should().BeSameAs(read.Departments[0].Shape);
        read.Departments[2].Shape.Should().NotBeSameAs(read.Departments[0].Shape);
        read.ShapeCount.Should().Be(2);
        read.Shapes.Should().HaveCount(2);
        read.Departments[1].Scales.Should().Equal(2, DenseDocument.Blank);

        var generated = DatasetGenerator.Generate(100, seed: 9, errorRate: 0, layouts: 5).Dataset;
        generated.ShapeCount.Should().BeLessThanOrEqualTo(5);
        ReadText(WriteText(generated.Departments)).ShapeCount.Should().Be(generated.ShapeCount);
    }

    [Fact]
    public void A_department_whose_lines_resume_after_another_one_is_still_one_department()
    {
        var read = ReadText(Header + "\n"
            + "2023,预算,A,甲,基本支出表,万元,,合计,合计,3.00\n"
            + "2023,预算,B,乙,基本支出表,万元,,合计,合计,5.00\n"
            + "2023,预算,A,甲,基本支出表,万元,,合计,人员经费,3.00\n"
            + "2023,预算,A,甲,支出总表,万元,,合计,合计,9.5\n"
            + "2024,预算,A,甲,支出总表,万元,,合计,合计,1\n");

        read.Departments.Select(d => $"{d.Year} {d.Department.Code}").Should().Equal("2023 A", "2023 B", "2024 A");
        var a = read.Departments[0];
        a.Shape.Tables.Select(t => t.Kind).Should().Equal(TableKind.GeneralBudgetBasicExpenditure, TableKind.ExpenditureSummary);
        a.Shape.Tables[0].Columns.Select(c => c.Name).Should().Equal("合计", "人员经费");
        a.Values.Should().Equal(30_000, 30_000, 95_000);
        a.Scales.Should().Equal(2, 2, 1);
    }

    [Fact]
    public void Tables_are_named_by_any_name_the_library_resolves_and_columns_by_any_variant()
    {
        var read = ReadText(Header + "\n"
            + "2023,预算,A,甲,部门预算一般公共预算财政拨款基本支出表,万元,,合计,人员支出,1.00\n"
            + "2023,预算,A,甲,基本支出表,万元,,合计,日常公用经费,2.00\n"
            + "2023,预算,A,甲,部门财务收支预算总表,元,,本年收入合计,收入:金额,3\n"
            + "2023,预算,A,甲,\"“三公”经费支出表\",亿元,,\"一、因公出国（境）费\",合计,0.5\n").Departments.Single();

        var tables = read.Shape.Tables;
        tables.Select(t => (t.Kind.CanonicalName, t.Title, t.Unit)).Should().Equal(
            ("一般公共预算财政拨款基本支出表", "一般公共预算财政拨款基本支出表", MoneyUnit.TenThousandYuan),
            ("收支总表", "收支总表", MoneyUnit.Yuan),
            ("“三公”经费支出表", "“三公”经费支出表", MoneyUnit.HundredMillionYuan));
        tables[0].Columns.Select(c => c.Name).Should().Equal("人员经费", "公用经费");
        tables[1].Columns.Single().Should().Be(new TableColumn("预算数", "预算数", null, null, TableSide.Income, ColumnType.Amount));
        tables[1].Rows.Single().Should().Be(new RowShape(null, null, "本年收入合计", TableSide.Income));
        read.ToDisclosure().Table(TableKind.ThreePublicExpenses)!.Rows[0].Cells[0].Number.Should().Be(Amount.Parse("0.5"));
    }

    [Fact]
    public void An_empty_table_is_declared_by_lines_with_neither_code_nor_label()
    {
        var read = ReadText(Header + "\n"
            + "2023,预算,A,甲,政府性基金预算财政拨款支出表,万元,,,合计,\n"
            + "2023,预算,A,甲,政府性基金预算财政拨款支出表,万元,,,基本支出,\n"
            + "2023,预算,A,甲,收入总表,万元,201,一般公共服务支出,合计,\n").Departments.Single();

        var fund = read.Shape.Tables[0];
        fund.Rows.Should().BeEmpty();
        fund.Columns.Select(c => c.Name).Should().Equal("合计", "基本支出");
        read.Shape.Tables[1].Rows.Single().Code.Should().Be(GovBudget.Classification.ClassificationCode.Parse("201"));
        read.Scales.Should().Equal(DenseDocument.Blank);
        read.ToDisclosure().Table(TableKind.GovernmentFundExpenditure)!.Rows.Should().BeEmpty();
    }

    [Fact]
    public void Repeated_labels_and_labels_ending_in_a_number_sign_round_trip()
    {
        var shape = new DocumentShape(
        [
            new TableShape(TableKind.ThreePublicExpenses, "x", MoneyUnit.Yuan, [new TableColumn("合计", "合计", null, null, TableSide.None, ColumnType.Amount)],
            [
                new RowShape(null, null, "其他", TableSide.None), new RowShape(null, null, "其他", TableSide.None),
                new RowShape(null, null, "编号#12", TableSide.None), new RowShape(null, null, "a,\"b\"", TableSide.None),
            ]),
        ]);
        var document = new DenseDocument(new Department("7", "部门, \"七\""), new FiscalYear(2024), DisclosureKind.FinalAccount, shape, [10_000, 20_000, -5, 0], [0, 1, 4, DenseDocument.Blank]);

        var text = WriteText([document]);
        text.Should().Be(Header + "\n"
            + "2024,决算,7,\"部门, \"\"七\"\"\",“三公”经费支出表,元,,其他,合计,1\n"
            + "2024,决算,7,\"部门, \"\"七\"\"\",“三公”经费支出表,元,,其他#2,合计,2.0\n"
            + "2024,决算,7,\"部门, \"\"七\"\"\",“三公”经费支出表,元,,编号#12#1,合计,-0.0005\n"
            + "2024,决算,7,\"部门, \"\"七\"\"\",“三公”经费支出表,元,,\"a,\"\"b\"\"\",合计,\n");
        var read = ReadText(text).Departments.Single();
        ShouldBeSameCells(read, document);
        read.Shape.Tables[0].Rows.Select(r => r.Label).Should().Equal("其他", "其他", "编号#12", "a,\"b\"");
    }

    [Fact]
    public void A_document_the_format_cannot_hold_is_refused_when_written()
    {
        var column = new TableColumn("合计", "合计", null, null, TableSide.None, ColumnType.Amount);
        DenseDocument Single(TableShape table, Department? department = null) =>
            new(department ?? new Department("1", "甲"), new FiscalYear(2023), DisclosureKind.Budget, new DocumentShape([table]), [0], [DenseDocument.Blank]);
        var row = new RowShape(null, null, "合计", TableSide.None);

        var noUnit = () => WriteText([Single(new TableShape(TableKind.IncomeSummary, "收入总表", null, [column], [row]))]);
        noUnit.Should().Throw<ArgumentException>().WithMessage("the shape cannot be written as a dataset: table 收入总表 has no unit; a dataset needs 元, 万元 or 亿元");

        var text = () => WriteText([Single(new TableShape(TableKind.IncomeSummary, "收入总表", MoneyUnit.Yuan, [column with { Name = "备注", Type = ColumnType.Text }], [row]))]);
        text.Should().Throw<ArgumentException>().WithMessage("the shape cannot be written as a dataset: column 备注 of table 收入总表 holds text; a dataset holds amounts only");

        var variant = () => WriteText([Single(new TableShape(TableKind.IncomeSummary, "收入总表", MoneyUnit.Yuan, [column with { Name = "人员支出" }], [row]))]);
        variant.Should().Throw<ArgumentException>().WithMessage("the shape cannot be written as a dataset: column '人员支出' of table 收入总表 is not a canonical column name (it would be read as '人员经费')");

        var noCode = () => WriteText([Single(new TableShape(TableKind.IncomeSummary, "收入总表", MoneyUnit.Yuan, [column], [row]), new Department(null, "甲"))]);
        noCode.Should().Throw<ArgumentException>().WithMessage("department '甲' cannot be written: a dataset line needs the department's code and name*");
    }
}
