using System.Globalization;
using GovBudget.Amounts;
using GovBudget.Catalog;
using GovBudget.Classification;
using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;

namespace GovBudget.Tests.Datasets;

public sealed class DatasetGeneratorTests
{
    private static readonly RulePack Pack = RulePack.Standard(DisclosureKind.Budget);

    private static string TempPath() => Path.Combine(Path.GetTempPath(), $"govbudget-{Guid.NewGuid():N}.csv");

    private static void DeleteWithTruth(string path)
    {
        File.Delete(path);
        File.Delete(DatasetGenerator.TruthPath(path));
    }

    [Fact]
    public void Unmutated_departments_pass_every_rule_of_the_standard_pack()
    {
        var generated = DatasetGenerator.Generate(200, seed: 11, errorRate: 0, layouts: 200);
        generated.Truth.Should().BeEmpty();
        foreach (var department in generated.Dataset.Departments)
        {
            var result = Pack.Check(department.ToDisclosure());
            result.Findings.Should().BeEmpty($"department {department.Department.Code} is consistent by construction");

            // Every rule on the tables generated applies; only procurement, assets and narrative rules cannot, and a
            // rule whose where keeps no binding checks nothing (GF-SECTION on a 政府性基金 table whose 款 list no 项).
            result.NotApplicableReasons.Where(r => r.Reason != Rules.Findings.NotApplicableReason.WhereFalse).Select(r => r.Rule)
                .Should().OnlyContain(id => id.StartsWith("PR-", StringComparison.Ordinal)
                || id.StartsWith("AS-", StringComparison.Ordinal) || id.StartsWith("NR-", StringComparison.Ordinal)
                || id.StartsWith("NA-", StringComparison.Ordinal) || id.StartsWith("NC-", StringComparison.Ordinal));
            result.NotApplicableReasons.Where(r => r.Reason == Rules.Findings.NotApplicableReason.WhereFalse && !r.Rule.EndsWith("-SECTION", StringComparison.Ordinal))
                .Should().BeEmpty();
        }
    }

    [Fact]
    public void With_error_rate_1_every_department_has_exactly_one_changed_amount_listed_in_the_truth_and_found_by_the_pack()
    {
        const int count = 120;
        var clean = DatasetGenerator.Generate(count, seed: 4, errorRate: 0, layouts: 40).Dataset.Departments;
        var generated = DatasetGenerator.Generate(count, seed: 4, errorRate: 1, layouts: 40);
        var (dataset, truth) = (generated.Dataset, generated.Truth);
        truth.Should().HaveCount(count);
        for (var i = 0; i < count; i++)
        {
            var (mutated, original) = (dataset.Departments[i], clean[i]);
            mutated.Shape.Key.Should().Be(original.Shape.Key);
            mutated.Scales.Should().Equal(original.Scales);
            var changed = Enumerable.Range(0, original.Values.Length).Where(s => mutated.Values[s] != original.Values[s]).ToList();
            var slot = changed.Should().ContainSingle($"department {i + 1} has one injected error").Which;

            var table = mutated.Shape.Tables.Last(t => t.Offset <= slot);
            var row = table.Rows[(slot - table.Offset) / table.Columns.Length];
            var column = table.Columns[(slot - table.Offset) % table.Columns.Length];
            var error = truth[i];
            error.Department.Should().Be(mutated.Department.Code);
            error.Table.Should().Be(table.Kind);
            error.Row.Should().Be(row.Code?.ToString() ?? row.Label);
            error.Column.Should().Be(column.Side == TableSide.None ? column.Name : $"{(column.Side == TableSide.Income ? "收入" : "支出")}:{column.Name}");
            error.Original.Should().Be(Amount.FromRaw(original.Values[slot], 2));
            error.Injected.Should().Be(Amount.FromRaw(mutated.Values[slot], 2));
            var delta = Math.Abs(error.Injected.Raw - error.Original.Raw);
            delta.Should().BeInRange(10_000, 1_000_000, "the change is 1.00 to 100.00");
            error.Injected.Raw.Should().BePositive();

            Pack.Check(mutated.ToDisclosure()).Findings.Should().Contain(f => f.Severity == Severity.Error, $"the standard pack finds {error}");
        }
    }

    [Fact]
    public void Some_departments_get_an_error_at_a_rate_in_between()
    {
        var generated = DatasetGenerator.Generate(1000, seed: 21, errorRate: 0.1);
        var (dataset, truth) = (generated.Dataset, generated.Truth);
        truth.Count.Should().BeInRange(70, 130);
        truth.Select(t => t.Department).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
        dataset.ShapeCount.Should().BeLessThanOrEqualTo(DatasetGenerator.DefaultLayouts(1000)).And.BeGreaterThan(50);
    }

    [Fact]
    public void The_same_arguments_give_the_same_bytes()
    {
        var (a, b, c) = (TempPath(), TempPath(), TempPath());
        try
        {
            var first = DatasetGenerator.WriteCsv(a, 150, seed: 8, errorRate: 0.3);
            var second = DatasetGenerator.WriteCsv(b, 150, seed: 8, errorRate: 0.3);
            DatasetGenerator.WriteCsv(c, 150, seed: 9, errorRate: 0.3);

            File.ReadAllBytes(b).Should().Equal(File.ReadAllBytes(a));
            File.ReadAllBytes(DatasetGenerator.TruthPath(b)).Should().Equal(File.ReadAllBytes(DatasetGenerator.TruthPath(a)));
            File.ReadAllBytes(c).Should().NotEqual(File.ReadAllBytes(a));
            (second.Departments, second.Facts, second.InjectedErrors, second.Shapes).Should().Be((first.Departments, first.Facts, first.InjectedErrors, first.Shapes));
            second.TruthPath.Should().Be(DatasetGenerator.TruthPath(b));
        }
        finally
        {
            DeleteWithTruth(a);
            DeleteWithTruth(b);
            DeleteWithTruth(c);
        }
    }

    [Fact]
    public void The_written_files_hold_the_generated_dataset_and_its_truth()
    {
        var path = TempPath();
        try
        {
            var summary = DatasetGenerator.WriteCsv(path, 80, seed: 2, errorRate: 0.25, layouts: 10);
            var generated = DatasetGenerator.Generate(80, seed: 2, errorRate: 0.25, layouts: 10);
            var read = DatasetCsv.Read(path);

            summary.Departments.Should().Be(80);
            summary.Shapes.Should().Be(read.ShapeCount).And.Be(generated.Dataset.ShapeCount);
            summary.Facts.Should().Be(File.ReadLines(path).Count() - 1);
            summary.InjectedErrors.Should().Be(generated.Truth.Count);
            summary.TruthPath.Should().Be(path[..^4] + ".truth.csv");
            for (var i = 0; i < 80; i++)
            {
                read.Departments[i].Values.Should().Equal(generated.Dataset.Departments[i].Values);
                read.Departments[i].Scales.Should().Equal(generated.Dataset.Departments[i].Scales);
            }

            var truth = File.ReadAllLines(summary.TruthPath);
            truth[0].Should().Be("department,table,row_code,column,original,injected");
            truth.Skip(1).Should().Equal(generated.Truth.Select(t => string.Join(',', t.Department, t.Table.CanonicalName, t.Row, t.Column, t.Original, t.Injected)));
            truth.Length.Should().Be(summary.InjectedErrors + 1);
        }
        finally
        {
            DeleteWithTruth(path);
        }
    }

    [Fact]
    public void Departments_look_like_real_ones()
    {
        var departments = DatasetGenerator.Generate(300, seed: 6, errorRate: 0, layouts: 300).Dataset.Departments;
        var catalog = ClassificationCatalog.BuiltIn(2023)!;
        var labels = new Dictionary<ClassificationCode, string>();
        departments.Average(d => d.Shape.SlotCount).Should().BeInRange(250, 700, "a department has a few hundred cells");
        foreach (var department in departments)
        {
            department.Shape.Tables.Select(t => t.Kind.CanonicalName).Should().Equal(
                "收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算财政拨款支出表", "一般公共预算财政拨款基本支出表",
                "政府性基金预算财政拨款支出表", "国有资本经营预算财政拨款支出表", "“三公”经费支出表");
            department.Shape.Tables.Should().OnlyContain(t => t.Unit == MoneyUnit.TenThousandYuan);
            department.Scales.Should().OnlyContain(s => s == 2 || s == DenseDocument.Blank);
            var basic = department.Shape.Table(TableKind.GeneralBudgetBasicExpenditure)!;
            basic.Rows.Where(r => r.Code?.Level == CodeLevel.Class).Select(r => r.Code!.Value.Value).Should().Contain([301, 302]).And.BeSubsetOf([301, 302, 303, 310]);

            // Names come from the 2023 catalog, then the crosswalk (207 is 文化旅游体育与传媒支出 from 2019), then another
            // edition's name of the code, else neutral labels: never from the old tree the shapes come from.
            foreach (var row in department.Shape.Tables.SelectMany(t => t.Rows).Where(r => r.Code is not null))
            {
                var code = row.Code!.Value;
                var neutral = (code.Scheme == ClassificationScheme.Functional ? "功能科目" : "经济科目") + code;
                var others = ClassificationCatalog.BuiltInEditions.Select(e => ClassificationCatalog.BuiltIn(e)!.Find(code)?.Name).OfType<string>();
                if (catalog.TryGetName(code, out var name))
                {
                    row.Label.Should().Be(name);
                }
                else if (CodeCrosswalk.BuiltIn.NameIn(code, 2023) is { } renamed)
                {
                    row.Label.Should().Be(renamed);
                }
                else
                {
                    row.Label.Should().BeOneOf(others.Append(neutral));
                }

                labels[code] = row.Label;
            }
        }

        labels[ClassificationCode.Parse("204")].Should().Be("公共安全支出", "the 2019 edition names it, and the crosswalk records no change");
        labels[ClassificationCode.Parse("207")].Should().Be("文化旅游体育与传媒支出", "the crosswalk: 文化体育与传媒支出 until 2018");
        labels[ClassificationCode.Parse("210")].Should().Be("卫生健康支出");
        labels.Values.Should().NotContain(["文化体育与传媒支出", "医疗卫生与计划生育支出"]);
        labels.Should().Contain(l => l.Value.StartsWith("功能科目", StringComparison.Ordinal), "codes no edition names keep a neutral label");

        departments.Select(d => d.Shape.Table(TableKind.GovernmentFundExpenditure)!.Rows.Length).Should().Contain(n => n > 0).And.Contain(0);
        departments.Should().OnlyContain(d => d.Shape.Table(TableKind.StateCapitalExpenditure)!.Rows.IsEmpty);
        departments.SelectMany(d => d.Shape.Table(TableKind.IncomeSummary)!.Rows).Select(r => r.Code?.ToString()).Distinct().Count()
            .Should().BeGreaterThan(300, "departments draw from a full-size code tree");
    }

    [Fact]
    public void Arguments_out_of_range_are_refused()
    {
        ((Action)(() => DatasetGenerator.Generate(-1, 1, 0))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => DatasetGenerator.Generate(1, 1, 1.5))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => DatasetGenerator.Generate(1, 1, double.NaN))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => DatasetGenerator.Generate(1, 1, 0, layouts: 0))).Should().Throw<ArgumentOutOfRangeException>();
        DatasetGenerator.Generate(0, 1, 0).Dataset.Departments.Should().BeEmpty();
        DatasetGenerator.TruthPath("data/x.csv").Should().Be("data/x.truth.csv");
        DatasetGenerator.TruthPath("x").Should().Be("x.truth.csv");
        DepartmentLayout.ChineseNumber(31).Should().Be("三十一");
        DepartmentLayout.ChineseNumber(10).Should().Be("十");
        DepartmentLayout.ChineseNumber(9).Should().Be("九");
        string.Create(CultureInfo.InvariantCulture, $"{DatasetGenerator.Year}").Should().Be("2023");
    }
}
