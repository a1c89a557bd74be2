using GovBudget.Catalog;
using GovBudget.Documents;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Catalog;

/// <summary>
/// Every pair of the Jiangsu editions (2017, 2018, 2019) is a row of a table of the document its <c>source</c> names:
/// the real PDFs in TestData/real, read by the PDF reader, print that code with that name.
/// </summary>
public sealed class BuiltInEditionSourcesTests
{
    public static TheoryData<int> Editions() => [2017, 2018, 2019];

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_pair_is_a_printed_row_of_its_source(int edition)
    {
        foreach (var source in ClassificationCatalog.BuiltIn(edition)!.Entries.GroupBy(e => e.Source!))
        {
            var file = source.Key.StartsWith("jiangsu-gaojirenminfayuan", StringComparison.Ordinal) ? source.Key + ".pdf" : $"jiangsu-more/{source.Key}.pdf";
            var rows = RealPdf.Import(file).Document.Tables.SelectMany(t => t.Rows).Where(r => r.Code is not null)
                .Select(r => (r.Code!.Value, NameNormalizer.Basic(r.Label))).ToHashSet();
            foreach (var entry in source)
            {
                rows.Should().Contain((entry.Code, entry.Name), $"{entry} is read from {file}");
            }
        }
    }
}
