using GovBudget.Import;
using GovBudget.Localization;

namespace GovBudget.Tests.Import;

/// <summary>Issue 15 item 3: a reader's own fault is reported in the run's language, naming the file and the stage.</summary>
public sealed class ReaderFaultMessageTests
{
    [Fact]
    public void A_reader_fault_names_the_file_and_the_stage_in_either_language()
    {
        var inner = new InvalidOperationException("boom");
        new ReaderFaultException("a.pdf", "排版第 3 页", inner).Message.Should().Be("a.pdf: 排版第 3 页时内部错误：InvalidOperationException: boom；这是 GovBudget 的缺陷，请报告");
        using var english = MessageLanguages.Use(MessageLanguage.English);
        new ReaderFaultException("a.pdf", "laying out page 3", inner).Message.Should()
            .Be("a.pdf: internal error while laying out page 3: InvalidOperationException: boom; this is a fault of GovBudget, please report it");
    }
}
