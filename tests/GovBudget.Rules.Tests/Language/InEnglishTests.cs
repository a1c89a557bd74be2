using GovBudget.Localization;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Language;

/// <summary>The helper the English-wording tests rely on: a test of an <see cref="InEnglish"/> class runs in English.</summary>
public sealed class InEnglishTests : InEnglish
{
    [Fact]
    public void A_test_of_the_class_runs_in_english() => MessageLanguages.Current.Should().Be(MessageLanguage.English);

    [Fact]
    public async Task An_async_test_of_the_class_runs_in_english()
    {
        await Task.Yield();
        MessageLanguages.Current.Should().Be(MessageLanguage.English);
    }
}
