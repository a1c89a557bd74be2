namespace GovBudget.Datasets;

/// <summary>A generated dataset and the errors injected into it.</summary>
/// <remarks>Made by <see cref="DatasetGenerator.Generate(int, int, double)"/>.</remarks>
public sealed class GeneratedDataset
{
    internal GeneratedDataset(Dataset dataset, IReadOnlyList<InjectedError> truth)
    {
        Dataset = dataset;
        Truth = truth;
    }

    /// <summary>The departments.</summary>
    public Dataset Dataset { get; }

    /// <summary>The injected errors, at most one per department, in department order.</summary>
    public IReadOnlyList<InjectedError> Truth { get; }
}
