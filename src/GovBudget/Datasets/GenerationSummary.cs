namespace GovBudget.Datasets;

/// <summary>What <see cref="DatasetGenerator.WriteCsv(string, int, int, double)"/> wrote.</summary>
/// <remarks>Two summaries are equal when all their members are.</remarks>
public sealed record GenerationSummary
{
    internal GenerationSummary(int departments, long facts, int injectedErrors, int shapes, string datasetPath, string truthPath)
    {
        Departments = departments;
        Facts = facts;
        InjectedErrors = injectedErrors;
        Shapes = shapes;
        DatasetPath = datasetPath;
        TruthPath = truthPath;
    }

    /// <summary>The number of departments.</summary>
    public int Departments { get; }

    /// <summary>The number of fact lines (cells) written.</summary>
    public long Facts { get; }

    /// <summary>The number of injected errors (lines of the truth file).</summary>
    public int InjectedErrors { get; }

    /// <summary>The number of distinct layouts the departments use.</summary>
    public int Shapes { get; }

    /// <summary>The dataset file.</summary>
    public string DatasetPath { get; }

    /// <summary>The truth file.</summary>
    public string TruthPath { get; }
}
