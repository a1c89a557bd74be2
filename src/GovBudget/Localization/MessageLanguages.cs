namespace GovBudget.Localization;

/// <summary>The language GovBudget writes its messages in, for the current run (an async flow, so parallel runs and tests do not share it).</summary>
public static class MessageLanguages
{
    // AsyncLocal, not a static or the UI culture: InvariantGlobalization makes culture lookup fail, and a static would
    // leak one run's language into another running beside it (tests, a host checking documents in parallel).
    private static readonly AsyncLocal<MessageLanguage> CurrentValue = new();

    /// <summary>The language of messages written now: Chinese unless a caller chose otherwise.</summary>
    public static MessageLanguage Current => CurrentValue.Value;

    /// <summary>The codes <see cref="TryParse"/> accepts, as <c>--lang</c> lists them.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["zh", "en"];

    /// <summary>Writes messages in <paramref name="language"/> in this flow until the result is disposed.</summary>
    public static IDisposable Use(MessageLanguage language)
    {
        var previous = CurrentValue.Value;
        CurrentValue.Value = language;
        return new Restore(previous);
    }

    /// <summary><c>zh</c> or <c>en</c> (as <c>--lang</c> takes them).</summary>
    public static bool TryParse(string code, out MessageLanguage language)
    {
        language = code switch
        {
            "en" => MessageLanguage.English,
            _ => MessageLanguage.Chinese,
        };
        return code is "zh" or "en";
    }

    private sealed class Restore(MessageLanguage previous) : IDisposable
    {
        public void Dispose() => CurrentValue.Value = previous;
    }
}
