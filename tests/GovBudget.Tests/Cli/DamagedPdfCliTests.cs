using GovBudget.TestSupport;

namespace GovBudget.Tests.Cli;

/// <summary>
/// <c>govbudget check</c> on damaged copies of the real PDFs (TestData/real): a file cut to 70% or less is unusable (exit 2) with
/// one line on stderr that names it; a file damaged elsewhere is read (exit 0 or 1) or is unusable the same way. Never a
/// stack trace, never exit 3: a damaged file is the file's fault.
/// </summary>
public sealed class DamagedPdfCliTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"govbudget-damaged-{Guid.NewGuid():N}");

    public DamagedPdfCliTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 36)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_damaged_pdf_is_unusable_with_one_line_naming_it_or_is_read(int n)
    {
        var files = Directory.GetFiles(RealPdf.Folder, "*.pdf").Order(StringComparer.Ordinal).ToList();
        var bytes = File.ReadAllBytes(files[n % files.Count]);
        var rng = new Random(7000 + n);
        var cut = n % 4 != 3; // 27 cut short, each unusable; 9 damaged inside
        if (cut)
        {
            bytes = bytes[..rng.Next(64, bytes.Length * 7 / 10)]; // a linearized file cut near its end can still be whole
        }
        else
        {
            rng.NextBytes(bytes.AsSpan(rng.Next(bytes.Length - 2000), 1000));
        }

        var path = Path.Combine(folder, $"damaged-{n}.pdf");
        File.WriteAllBytes(path, bytes);

        var (code, _, error) = GovBudget.TestSupport.Cli.Run("check", path);

        error.Should().NotContain("   at ").And.NotContain("Unhandled");
        if (cut)
        {
            code.Should().Be(2, $"a PDF cut short is unusable: {error}");
        }
        else
        {
            code.Should().BeOneOf([0, 1, 2], error);
        }

        if (code == 2)
        {
            var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Should().ContainSingle().Which.Should().StartWith($"govbudget: damaged-{n}.pdf: ");
        }
    }
}
