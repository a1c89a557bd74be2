using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Corpus;

/// <summary>
/// Every real PDF of the corpus (tests/GovBudget.Tests/TestData/real, provenance in the READMEs there) is read and
/// checked as a user would (<c>govbudget check FILE --format json</c>), and what it reports must equal the reviewed
/// approval file beside this test: the tables recognised, one line per finding with the verdict a person gave it by
/// reading the printed page (<c>defect</c>: a true defect of the document; <c>limitation</c>: a known shortcoming of
/// the checker), and one line per not-applicable check with its reason. A change in what the checker reports on a real
/// document fails here and shows as a diff of the .approved.txt file in review; see Corpus/README.md.
/// </summary>
public sealed class CorpusApprovalTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in CorpusReport.Files())
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void What_the_checker_reports_is_the_reviewed_report(string file)
    {
        var report = CorpusReport.Of(file);
        report.Exit.Should().BeOneOf([0, 1], $"{file}: a real disclosure is read and checked (stderr: {report.Stderr})");
        report.Stderr.Should().NotContain("   at ", "the tool never prints a stack trace");

        var approvedPath = CorpusReport.ApprovedPath(file);
        var approved = File.Exists(approvedPath) ? CorpusApproval.Parse(File.ReadAllLines(approvedPath)) : CorpusApproval.Empty;
        var received = report.Lines(approved);
        var receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";
        var differs = !received.Select(l => l.Key).SequenceEqual(approved.Lines.Select(l => l.Key));
        if (differs)
        {
            File.WriteAllLines(receivedPath, CorpusApproval.Render(file, received));
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        differs.Should().BeFalse(
            $"what the checker reports on {file} changed: review {receivedPath} (verdicts carried over, '?' where a finding is new), " +
            $"give every new finding a verdict from the printed page and copy it over {approvedPath}.\n" +
            CorpusApproval.Diff(approved.Lines, received));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_finding_has_a_verdict_and_no_error_is_a_limitation(string file)
    {
        var approvedPath = CorpusReport.ApprovedPath(file);
        File.Exists(approvedPath).Should().BeTrue($"{file} has an approval file");
        var approved = CorpusApproval.Parse(File.ReadAllLines(approvedPath));
        approved.Lines.Where(l => l.Kind == "finding" && l.Verdict is not ("defect" or "limitation"))
            .Should().BeEmpty("every finding on a real document is reviewed against the printed page");
        approved.Lines.Where(l => l.Kind == "finding" && l.Severity == "error" && l.Verdict == "limitation")
            .Should().BeEmpty("an error the checker reports on a real document is a true defect of it");
    }
}
