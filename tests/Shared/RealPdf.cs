using System.Collections.Concurrent;
using GovBudget.Import;

namespace GovBudget.TestSupport;

/// <summary>
/// The real PDFs copied into TestData/real (provenance in the README beside them), each read once per test run: an
/// import is immutable, so tests share it.
/// </summary>
internal static class RealPdf
{
    public const string Shanghai2025 = "shanghai-putuo-caizhengju-2025-budget.pdf";

    public const string Final2024 = "shanghai-putuo-shehuigongzuobu-2024-final.pdf";

    public const string Jiangsu2019 = "jiangsu-gaojirenminfayuan-2019-budget.pdf";

    private static readonly ConcurrentDictionary<string, Lazy<ImportResult>> Imports = new(StringComparer.Ordinal);

    /// <summary>The folder the real PDFs are copied to.</summary>
    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "real");

    public static string Path(string file) => System.IO.Path.Combine(Folder, file);

    /// <summary>The import of <paramref name="file"/>, read the first time it is asked for.</summary>
    public static ImportResult Import(string file) =>
        Imports.GetOrAdd(file, f => new Lazy<ImportResult>(() => PdfDisclosureReader.ReadFile(Path(f)))).Value;
}
