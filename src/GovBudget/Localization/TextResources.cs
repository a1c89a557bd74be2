using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;

namespace GovBudget.Localization;

/// <summary>
/// One assembly's messages: <c>Resources/Texts.resx</c> (Chinese) and <c>Resources/TextsEn.resx</c> (English), and as
/// many more pairs as it names (<c>Errors.resx</c>, <c>ErrorsEn.resx</c>: the load errors, kept apart so no file grows
/// too large), one key per message with <c>{0}</c>… placeholders, chosen by <see cref="MessageLanguages.Current"/>.
/// </summary>
/// <remarks>
/// Two neutral resource sets, not a satellite assembly: <c>InvariantGlobalization</c> (Directory.Build.props) makes
/// every culture but the invariant one unavailable, so a lookup by culture would always fall back to the neutral set.
/// </remarks>
/// <param name="assembly">The assembly whose embedded resources hold the messages.</param>
/// <param name="rootNamespace">The assembly's root namespace: the resources are <c>{rootNamespace}.Resources.{set}</c>.</param>
/// <param name="sets">The resource sets, searched in order (<c>Texts</c> when none is named).</param>
public sealed class TextResources(Assembly assembly, string rootNamespace, params string[] sets)
{
    private readonly ResourceManager[] chinese = [.. Sets(sets).Select(s => new ResourceManager($"{rootNamespace}.Resources.{s}", assembly))];
    private readonly ResourceManager[] english = [.. Sets(sets).Select(s => new ResourceManager($"{rootNamespace}.Resources.{s}En", assembly))];

    /// <summary>The message <paramref name="key"/> in the current language.</summary>
    public string Get(string key) => Get(key, MessageLanguages.Current);

    /// <summary>The message <paramref name="key"/> in <paramref name="language"/>; a missing key is a fault of GovBudget.</summary>
    public string Get(string key, MessageLanguage language)
    {
        foreach (var set in language == MessageLanguage.English ? english : chinese)
        {
            if (set.GetString(key, CultureInfo.InvariantCulture) is { } message)
            {
                return message;
            }
        }

        throw new InvalidOperationException($"no message '{key}' in {language}");
    }

    /// <summary>The message <paramref name="key"/> with its placeholders filled (invariant formatting, as before).</summary>
    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>Every key of <paramref name="language"/>'s messages (the tests compare the two languages).</summary>
    internal IReadOnlyDictionary<string, string> All(MessageLanguage language)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var manager in language == MessageLanguage.English ? english : chinese)
        {
            var set = manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)
                ?? throw new InvalidOperationException($"no messages in {language}");
            foreach (DictionaryEntry e in set)
            {
                all.Add((string)e.Key, (string)e.Value!); // a key in two sets would be a fault: the first would hide the second
            }
        }

        return all;
    }

    private static string[] Sets(string[] sets) => sets.Length == 0 ? ["Texts"] : sets;
}
