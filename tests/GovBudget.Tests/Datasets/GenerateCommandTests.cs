using GovBudget.Cli;
using GovBudget.Datasets;

namespace GovBudget.Tests.Datasets;

public sealed class GenerateCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => TestSupport.Cli.Run(args);

    [Fact]
    public void Generate_writes_the_dataset_and_its_truth_and_prints_one_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"govbudget-{Guid.NewGuid():N}.csv");
        var truth = DatasetGenerator.TruthPath(path);
        try
        {
            var (code, output, error) = Run("generate", "--departments", "30", "--seed", "5", "--error-rate", "0.5", path, "--lang", "en");
            code.Should().Be(0);
            error.Should().BeEmpty();
            var dataset = DatasetCsv.Read(path);
            var injected = File.ReadAllLines(truth).Length - 1;
            var facts = File.ReadLines(path).Count() - 1;
            output.Should().Be($"generated 30 departments, {facts} facts, {injected} injected errors, {dataset.ShapeCount} shapes: {path}, {truth}\n");
            dataset.Departments.Should().HaveCount(30);
            dataset.ShapeCount.Should().BeGreaterThan(20, "by default each department has its own layout (a few may coincide)");

            Run("generate", "--departments", "30", "--seed", "5", "--error-rate", "0.5", "--layouts", "3", path).Code.Should().Be(0);
            DatasetCsv.Read(path).ShapeCount.Should().BeLessThanOrEqualTo(3, "30 departments draw from 3 layouts");
        }
        finally
        {
            File.Delete(path);
            File.Delete(truth);
        }
    }

    [Theory]
    [InlineData("--departments", "-5", "govbudget: --departments must be 0 or more, found -5\nTry 'govbudget generate --help'.\n")]
    [InlineData("--error-rate", "1.5", "govbudget: --error-rate must lie between 0 and 1, found 1.5\nTry 'govbudget generate --help'.\n")]
    [InlineData("--error-rate", "-0.1", "govbudget: --error-rate must lie between 0 and 1, found -0.1\nTry 'govbudget generate --help'.\n")]
    [InlineData("--layouts", "0", "govbudget: --layouts must be 1 or more, found 0\nTry 'govbudget generate --help'.\n")]
    public void Bad_arguments_exit_2_with_a_message(string option, string value, string message)
    {
        var args = new List<string> { "generate", "--departments", "3", "x.csv", "--lang", "en" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.InsertRange(1, [option, value]);
        }

        Run([.. args]).Should().Be((2, string.Empty, message));
        File.Exists("x.csv").Should().BeFalse();
    }

    [Fact]
    public void A_missing_or_malformed_option_or_an_unwritable_file_exits_2()
    {
        var (code, _, error) = Run("generate", "x.csv");
        code.Should().Be(2);
        error.Should().Contain("--departments");

        Run("generate", "--departments", "many", "x.csv").Code.Should().Be(2);

        var (unwritable, output, message) = Run("generate", "--departments", "1", "/no/such/dir/x.csv", "--lang", "en");
        unwritable.Should().Be(2);
        output.Should().BeEmpty();
        message.Should().StartWith("govbudget: cannot write /no/such/dir/x.csv: ");
    }
}
