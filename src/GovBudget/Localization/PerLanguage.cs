namespace GovBudget.Localization;

/// <summary>A value built once per language (a shared list of not-applicable checks), so a hot path neither allocates nor freezes the first run's language.</summary>
internal sealed class PerLanguage<T>(Func<MessageLanguage, T> make)
{
    private readonly T chinese = make(MessageLanguage.Chinese);
    private readonly T english = make(MessageLanguage.English);

    /// <summary>The value in the current language.</summary>
    public T Current => MessageLanguages.Current == MessageLanguage.English ? english : chinese;
}
