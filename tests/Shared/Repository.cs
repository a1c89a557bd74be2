namespace GovBudget.TestSupport;

/// <summary>The repository's folders, found from the test's output folder (CallerFilePath is mapped away in CI builds).</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "GovBudget.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no GovBudget.sln above {AppContext.BaseDirectory}");
    });

    public static string Root => RootFolder.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
