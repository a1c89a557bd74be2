using System.Globalization;
using System.Text.RegularExpressions;
using GovBudget.Documents;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Import;

/// <summary>The parser's reading of the document's year and kind, and where the year is printed.</summary>
internal sealed partial class TextDisclosureParser
{
    private int? year; // from a 预算年度 line
    private int? narrativeYear; // from a title, when no 预算年度 line says it
    private int yearLine;
    private int narrativeYearLine;

    /// <summary>The document's year, as <see cref="FiscalYear"/> accepts it.</summary>
    /// <exception cref="DisclosureFormatException">No year is printed, or one outside FiscalYear's range: on its line.</exception>
    private int DocumentYear()
    {
        var y = year ?? narrativeYear ?? throw Error(0, null, Localization.CoreTexts.T("Text.NoYear"));
        if (y is < 1950 or > 2200)
        {
            // FiscalYear's own check would name neither the file nor the line.
            throw Error(year is null ? narrativeYearLine : yearLine, null, Localization.CoreTexts.T("Text.BadYear", y));
        }

        return y;
    }

    private void ReadYearLine(Match y)
    {
        var value = int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year is { } known && known != value)
        {
            notices.Add(Notice(index + 1, T("Notice.YearDiffers", value, known)));
        }
        else if (year is null)
        {
            year = value;
            yearLine = index + 1;
        }
    }

    private void SetKindAndYear(string title)
    {
        if (title.Contains("决算", StringComparison.Ordinal))
        {
            kind = DisclosureKind.FinalAccount;
        }
        else if (title.Contains("预算", StringComparison.Ordinal))
        {
            kind ??= DisclosureKind.Budget;
        }

        if (narrativeYear is null && TitleYear().Match(title) is { Success: true } y)
        {
            narrativeYear = int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture);
            narrativeYearLine = index + 1;
        }
    }

    [GeneratedRegex(@"^(?:预算|决算)年度\s*[：:]?\s*((?:19|20)\d{2})\s*年?(?:度)?$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex YearLine();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"(?:19|20)\d{2}\s*年度?\s*(?:区级|市级|省级)?部门(?:预算|决算)(?:公开)?$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex DocumentTitle();
}
