using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;

namespace GovBudget.Localization;

/// <summary>
/// One assembly's messages: <c>Resources/Texts.resx</c> (Chinese) and <c>Resources/TextsEn.resx</c> (English), one
/// key per message with <c>{0}</c>… placeholders, chosen by <see cref="MessageLanguages.Current"/>.
/// </summary>
/// <remarks>
/// Two neutral resource sets, not a satellite assembly: <c>InvariantGlobalization</c> (Directory.Build.props) makes
/// every culture but the invariant one unavailable, so a lookup by culture would always fall back to the neutral set.
/// </remarks>
internal sealed class TextResources(Assembly assembly, string rootNamespace)
{
    private readonly ResourceManager chinese = new($"{rootNamespace}.Resources.Texts", assembly);
    private readonly ResourceManager english = new($"{rootNamespace}.Resources.TextsEn", assembly);

    /// <summary>The message <paramref name="key"/> in the current language.</summary>
    public string Get(string key) => Get(key, MessageLanguages.Current);

    /// <summary>The message <paramref name="key"/> in <paramref name="language"/>; a missing key is a fault of GovBudget.</summary>
    public string Get(string key, MessageLanguage language) =>
        (language == MessageLanguage.English ? english : chinese).GetString(key, CultureInfo.InvariantCulture)
        ?? throw new InvalidOperationException($"no message '{key}' in {language}");

    /// <summary>The message <paramref name="key"/> with its placeholders filled (invariant formatting, as before).</summary>
    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>Every key of <paramref name="language"/>'s messages (the tests compare the two languages).</summary>
    public IReadOnlyDictionary<string, string> All(MessageLanguage language)
    {
        var set = (language == MessageLanguage.English ? english : chinese).GetResourceSet(CultureInfo.InvariantCulture, true, false)
            ?? throw new InvalidOperationException($"no messages in {language}");
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry e in set)
        {
            all[(string)e.Key] = (string)e.Value!;
        }

        return all;
    }
}
