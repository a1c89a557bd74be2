namespace GovBudget.Datasets;

/// <summary>
/// Many departments' documents read or generated together, such as every budget department of a province for one
/// year. Departments with the same layout share one <see cref="DocumentShape"/> instance, so work done per shape
/// (resolving rows and columns, compiling rules) is done once for all of them.
/// </summary>
/// <remarks>Immutable once made (the value arrays of each <see cref="DenseDocument"/> are not copied).</remarks>
public sealed class Dataset
{
    /// <summary>Creates a dataset from documents; their shapes are counted by instance.</summary>
    public Dataset(IEnumerable<DenseDocument> departments)
    {
        ArgumentNullException.ThrowIfNull(departments);
        var list = departments.ToArray();
        var seen = new HashSet<DocumentShape>(ReferenceEqualityComparer.Instance);
        var shapes = new List<DocumentShape>();
        foreach (var d in list)
        {
            ArgumentNullException.ThrowIfNull(d, nameof(departments));
            if (seen.Add(d.Shape))
            {
                shapes.Add(d.Shape);
            }
        }

        Departments = Array.AsReadOnly(list);
        Shapes = shapes.AsReadOnly();
    }

    /// <summary>The departments' documents, in the order they first appeared.</summary>
    public IReadOnlyList<DenseDocument> Departments { get; }

    /// <summary>The distinct shape instances, in the order they first appeared.</summary>
    public IReadOnlyList<DocumentShape> Shapes { get; }

    /// <summary>How many distinct shape instances the departments use.</summary>
    internal int ShapeCount => Shapes.Count;

    /// <summary>The number of cells of all departments (blank ones included).</summary>
    internal long CellCount => Departments.Sum(d => (long)d.Shape.SlotCount);

    /// <summary>"12000 departments, 340 shapes".</summary>
    public override string ToString() => $"{Departments.Count} departments, {ShapeCount} shapes";
}
