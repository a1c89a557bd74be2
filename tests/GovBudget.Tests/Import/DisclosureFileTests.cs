using GovBudget.Import;
using GovBudget.Serialization;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import;

/// <summary>The one entry point, <see cref="DisclosureFile"/>, picks the reader by what a file holds, not its name.</summary>
public sealed class DisclosureFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("govbudget-disclosure-file-").FullName;

    private static string RealPdf => Path.Combine(AppContext.BaseDirectory, "TestData", "real", "shanghai-putuo-caizhengju-2025-budget.pdf");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_pdf_is_read_as_a_pdf_whatever_its_name()
    {
        var renamed = Path.Combine(folder, "budget.txt");
        File.Copy(RealPdf, renamed);

        var read = DisclosureFile.Read(renamed);
        var expected = PdfDisclosureReader.ReadFile(RealPdf);

        read.Document.Tables.Select(t => (t.Title, t.Rows.Length)).Should().Equal(expected.Document.Tables.Select(t => (t.Title, t.Rows.Length)));
        read.Document.Tables.Should().Contain(t => t.Page > 0, "a PDF's tables carry their pages, text has none");
        read.Document.Department.Should().Be(expected.Document.Department);
    }

    [Fact]
    public void GovBudget_json_is_read_as_json_whatever_its_name()
    {
        var json = DisclosureJson.Serialize(Sample.Import);
        var renamed = Path.Combine(folder, "budget.txt");
        File.WriteAllText(renamed, "\uFEFF\n  " + json);

        var read = DisclosureFile.Read(renamed);

        read.Notices.Should().BeEmpty("GovBudget JSON has no reader notices");
        DisclosureJson.Serialize(read.Document).Should().Be(DisclosureJson.Serialize(Sample.Import.Document));
    }

    [Fact]
    public void Disclosure_text_is_read_as_text()
    {
        var copy = Path.Combine(folder, "budget");
        File.Copy(Sample.Path, copy);

        var read = DisclosureFile.Read(copy);

        DisclosureJson.Serialize(read.Document).Should().Be(DisclosureJson.Serialize(Sample.Import.Document).Replace(Sample.FileName, "budget", StringComparison.Ordinal));
        read.Notices.Should().HaveSameCount(Sample.Import.Notices);
    }

    [Fact]
    public void A_file_named_pdf_that_holds_no_pdf_is_reported_as_not_a_pdf()
    {
        var fake = Path.Combine(folder, "budget.pdf");
        File.WriteAllText(fake, "部门预算\n");

        using var chinese = GovBudget.Localization.MessageLanguages.Use(GovBudget.Localization.MessageLanguage.Chinese);
        var read = () => DisclosureFile.Read(fake);

        read.Should().Throw<DisclosureFormatException>().WithMessage("budget.pdf*不是 PDF*");
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var read = () => DisclosureFile.Read(Path.Combine(folder, "absent.pdf"));

        read.Should().Throw<DisclosureFormatException>().WithMessage("absent.pdf*");
    }
}
