using System.Globalization;
using GovBudget.Documents;
using GovBudget.Rules.Diagnostics;
using nietras.SeparatedValues;
using NodaTime;
using NodaTime.Text;

namespace GovBudget.Rules.Waivers;

/// <summary>Reads one waiver file (<see cref="WaiverSet.Header"/>), line by line, stopping at the first bad line.</summary>
/// <param name="source">The file's name, for messages.</param>
/// <param name="maxLineLength">The longest line accepted before Sep sees it; tests raise it to reach Sep's own limit.</param>
internal sealed class WaiverCsvReader(string source, int maxLineLength = WaiverSet.MaxLineLength)
{
    private const int FieldCount = 8;

    // The years an expiry date may have (WaiverSet's remarks): an earlier one is a typo, and a waiver is meant to
    // expire, at the latest with the last fiscal year there is (FiscalYear's 2200).
    private const int FirstExpiryYear = 2000;
    private const int LastExpiryYear = 2200;

    private int line;
    private int nextLine = 1; // the line the next row starts on

    public List<Waiver> Read(TextReader text)
    {
        using var limited = new CsvLineLimiter(text, maxLineLength, TooLong);
        using var reader = Sep.New(',').Reader(o => o with
        {
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,
        }).From(limited);

        var waivers = new List<Waiver>();
        var headerSeen = false;
        while (NextRow(reader))
        {
            var row = reader.Current;

            // Sep 0.17.1 reports the first row as starting on line 2; later rows are right.
            line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
            nextLine = row.LineNumberToExcl;
            if (!headerSeen)
            {
                CheckHeader(row.Span.ToString());
                headerSeen = true;
                continue;
            }

            if (row.ColCount == 1 && row.Span.Trim().IsEmpty)
            {
                continue;
            }

            if (row.ColCount != FieldCount)
            {
                throw Error(RuleTexts.T("Waiver.Csv.Fields", FieldCount, WaiverSet.Header, row.ColCount));
            }

            waivers.Add(ReadWaiver(row));
        }

        if (!headerSeen)
        {
            throw new WaiverFormatException(source, 0, RuleTexts.T("Waiver.Csv.Empty", WaiverSet.Header));
        }

        return waivers;
    }

    private bool NextRow(SepReader reader)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (NotSupportedException)
        {
            // Sep's own limit on a row (16 MiB), should a row pass the limiter: the line after the last row read.
            throw TooLong(nextLine);
        }
    }

    private WaiverFormatException TooLong(int at) => new(source, at,
        RuleTexts.T("Waiver.Csv.TooLong", WaiverSet.MaxLineLength));

    private void CheckHeader(string text)
    {
        // A BOM survives when the caller's TextReader did not strip it; spaces after commas are harmless.
        var header = string.Join(',', text.TrimStart('\uFEFF').Split(',').Select(f => f.Trim()));
        if (header != WaiverSet.Header)
        {
            throw Error(RuleTexts.T("Waiver.Csv.Header", WaiverSet.Header, text));
        }
    }

    private Waiver ReadWaiver(SepReader.Row row)
    {
        var rule = Field(row, 0);
        if (rule is null)
        {
            throw Error(RuleTexts.T("Waiver.Csv.NoRule"));
        }

        if (!IsRuleId(rule))
        {
            throw Error(RuleTexts.T("Waiver.Csv.BadRule", rule));
        }

        var table = Field(row, 2);
        if (table is not null)
        {
            var kind = TableKind.FromName(table) ?? TableKind.FromTitle(table);
            if (kind is null || kind == TableKind.Unrecognised)
            {
                throw Error(RuleTexts.T("Waiver.Csv.UnknownTable", table));
            }

            table = kind.CanonicalName;
        }

        var reason = Field(row, 5) ?? throw Error(RuleTexts.T("Waiver.Csv.NoReason"));
        var by = Field(row, 6) ?? throw Error(RuleTexts.T("Waiver.Csv.NoBy"));
        var expiresText = Field(row, 7) ?? throw Error(RuleTexts.T("Waiver.Csv.NoExpires"));
        return new Waiver(rule, Field(row, 1), table, Field(row, 3), Field(row, 4), reason, by, ReadExpires(expiresText),
            new SourceSpan(source, line, 1));
    }

    private LocalDate ReadExpires(string text)
    {
        // The ISO pattern alone also takes a signed or zero year (-2025-01-01, 0000-01-01): the shape is checked first.
        var parsed = IsDateShape(text) ? LocalDatePattern.Iso.Parse(text) : null;
        if (parsed is null || !parsed.Success)
        {
            throw Error(RuleTexts.T("Waiver.Csv.BadExpires", text));
        }

        if (parsed.Value.Year is < FirstExpiryYear or > LastExpiryYear)
        {
            throw Error(RuleTexts.T("Waiver.Csv.ExpiresYears", FirstExpiryYear, LastExpiryYear, text));
        }

        return parsed.Value;
    }

    private static bool IsDateShape(string text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-'
        && !text.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9')
        && !text.AsSpan(5, 2).ContainsAnyExceptInRange('0', '9')
        && !text.AsSpan(8, 2).ContainsAnyExceptInRange('0', '9');

    /// <summary>The field trimmed, or null when it is empty.</summary>
    private static string? Field(SepReader.Row row, int index)
    {
        var text = row[index].Span.Trim();
        return text.IsEmpty ? null : text.ToString();
    }

    // The same ids the rule grammar accepts, so that a typo is a load error and not an unknown rule.
    private static bool IsRuleId(string id) =>
        char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private WaiverFormatException Error(string problem) => new(source, line, problem);
}
