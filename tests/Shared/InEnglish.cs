using GovBudget.Localization;

namespace GovBudget.TestSupport;

/// <summary>
/// A test class that asserts messages word for word in English (as <c>--lang en</c> writes them): each of its tests
/// runs with English messages. xUnit makes the instance and runs the test in one flow, so the language set here holds.
/// </summary>
public abstract class InEnglish : IDisposable
{
    private readonly IDisposable language = MessageLanguages.Use(MessageLanguage.English);

    /// <summary>Restores the language the test started with (and runs the class's own clean-up).</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>The class's own clean-up (a temporary folder), then the language restored.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            language.Dispose();
        }
    }
}
