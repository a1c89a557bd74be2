namespace GovBudget.Localization;

/// <summary>The language of the text GovBudget itself writes: reports, notices, messages (<c>--lang zh|en</c>).</summary>
/// <remarks>
/// What a document or a rule file says (table, row and column names, quoted sentences, rule titles and messages) is
/// never translated: it is quoted as written in either language.
/// </remarks>
public enum MessageLanguage
{
    /// <summary>Chinese, the default.</summary>
    Chinese,

    /// <summary>English.</summary>
    English,
}
