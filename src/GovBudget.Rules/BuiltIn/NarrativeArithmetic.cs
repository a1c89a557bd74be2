using System.Globalization;
using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Evaluation;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// Checks the arithmetic a narrative states in its own sentences, at the precision the text prints:
/// <list type="bullet">
/// <item><c>NA-GROWTH</c>: "B 万元，与上年相比增加 C 万元，增长 D%" — D must be C / (B − C) (or C / (B + C) for a decrease);</item>
/// <item><c>NA-SHARE</c>: "X 万元，占 P%" — P must be X / T for a total T stated before it in the section;</item>
/// <item><c>NA-COMPLETION</c>: "年初预算为 A 万元，全年预算为 F 万元，支出决算为 X 万元，完成年初预算的 P%" — P must be X over
/// the budget it names.</item>
/// <item><c>NA-REPEAT</c>: one 项 ("…（类）…（款）C（项）X 万元") stated twice must be stated with one amount.</item>
/// <item><c>NA-PARTS</c>: "T 万元，其中：A a 万元，B b 万元 …" — the parts never exceed T, and add up to T when the list is
/// complete (its shares add up to 100%, it names all of 货物/工程/服务 or of the three 三公 parts, or it lists as many as the
/// sentence before counts).</item>
/// </list>
/// A statement whose base cannot be identified is left alone: these checks report only what they can prove.
/// </summary>
internal static partial class NarrativeArithmetic
{
    private const string Table = NarrativeSection.TableName;

    /// <summary>The ids of the checks, in the order they are reported.</summary>
    public static IReadOnlyList<string> Ids { get; } = ["NA-EMPTY-NOTE", "NA-ITEM", "NA-GROWTH", "NA-SHARE", "NA-COMPLETION", "NA-PARTS", "NA-REPEAT"];

    /// <summary>Every check's findings, in <see cref="Ids"/> order.</summary>
    public static IEnumerable<Finding> Check(Disclosure document)
    {
        var sections = Sections(document);
        return Ids.SelectMany(id => Check(id, document, sections)).Select(v => v.Finding).OfType<Finding>();
    }

    /// <summary>The narrative's sections, each normalised once for all checks.</summary>
    // Line breaks fall inside sentences in extracted text: each section is read as one normalised run.
    public static IReadOnlyList<(NarrativeSection Section, string Text)> Sections(Disclosure document) =>
        [.. document.Narrative.Select(s => (s, NameNormalizer.Basic(s.Text)))];

    /// <summary>
    /// One check's verdict on each statement of its kind it found: held, a finding, or not examined (a statement whose
    /// base cannot be identified). Each check runs on its own, so that one that fails cannot take the others with it.
    /// </summary>
    public static IEnumerable<Verdict> Check(string id, Disclosure document, IReadOnlyList<(NarrativeSection Section, string Text)> sections) => id switch
    {
        "NA-EMPTY-NOTE" => EmptyTableNotes(document),
        "NA-ITEM" => sections.SelectMany(t => Items(document, t.Section, t.Text)),
        "NA-GROWTH" => sections.SelectMany(t => Statements(GrowthPattern(), t.Text, m => Growth(t.Section, t.Text, m))),
        "NA-SHARE" => sections.SelectMany(t => Shares(t.Section, t.Text)),
        "NA-COMPLETION" => sections.SelectMany(t => Statements(CompletionPattern(), t.Text, m => Completion(t.Section, t.Text, m))),
        "NA-PARTS" => sections.SelectMany(t => Statements(PartsHead(), t.Text, m => Parts(t.Section, t.Text, m))),
        "NA-REPEAT" => Repeats(sections),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "no such narrative check"),
    };

    /// <summary>Why a check that examined no statement did not apply: what it looks for and the document lacks.</summary>
    public static NotApplicableCheck NothingToCheck(string id, Disclosure document)
    {
        if (document.Narrative.IsEmpty && id != "NA-EMPTY-NOTE")
        {
            return new(id, NotApplicableReason.NarrativeAbsent, T("NA.NoNarrative"));
        }

        return id switch
        {
            "NA-EMPTY-NOTE" => new(id, NotApplicableReason.TableAbsent, T("NA.EmptyNote")),
            "NA-ITEM" when (document.Table(TableKind.GeneralBudgetExpenditure) ?? document.Table(TableKind.ExpenditureSummary)) is not { Unit: not null } =>
                new(id, NotApplicableReason.TableAbsent, T("NA.ItemNoTable")),
            "NA-ITEM" => new(id, NotApplicableReason.PhraseAbsent, T("NA.Item")),
            "NA-GROWTH" => new(id, NotApplicableReason.PhraseAbsent, T("NA.Growth")),
            "NA-SHARE" => new(id, NotApplicableReason.PhraseAbsent, T("NA.Share")),
            "NA-COMPLETION" => new(id, NotApplicableReason.PhraseAbsent, T("NA.Completion")),
            "NA-PARTS" => new(id, NotApplicableReason.PhraseAbsent, T("NA.Parts")),
            "NA-REPEAT" => new(id, NotApplicableReason.PhraseAbsent, T("NA.Repeat")),
            "NC-DEPT" when document.Department.Name == DepartmentNames.Unknown =>
                new(id, NotApplicableReason.Other, T("NA.NoDepartment")),
            "NC-DEPT" => new(id, NotApplicableReason.PhraseAbsent, T("NA.Dept")),
            "NC-COMPARE" => new(id, NotApplicableReason.PhraseAbsent, T("NA.Compare")),
            "NC-ITEMNAME" when (document.Table(TableKind.GeneralBudgetExpenditure) ?? document.Table(TableKind.ExpenditureSummary)) is not { Unit: not null } =>
                new(id, NotApplicableReason.TableAbsent, T("NA.ItemNameNoTable")),
            "NC-ITEMNAME" => new(id, NotApplicableReason.PhraseAbsent, T("NA.ItemName")),
            "NC-SECTIONS" => new(id, NotApplicableReason.NarrativeAbsent, T("NA.Sections")),
            _ => new(id, NotApplicableReason.Other, id),
        };
    }

    // Each statement is checked on its own: one whose figures are beyond exact decimal arithmetic (a 29-digit
    // "amount") cannot be checked, and must not stop the check of the others.
    private static IEnumerable<Verdict> Statements(Regex pattern, string text, Func<Match, Verdict> check)
    {
        foreach (Match m in pattern.Matches(text))
        {
            yield return Statement(() => check(m));
        }
    }

    internal static Verdict Statement(Func<Verdict> check)
    {
        try
        {
            return check();
        }
        catch (OverflowException)
        {
            return Verdict.NotExamined; // figures too large for exact arithmetic: nothing can be proven about this statement
        }
    }

    // An empty fund table (空表列示) explains itself in a note; a note that names the other fund was carried over from
    // the other table's template (上海 2025: the 国有资本经营 table says 无政府性基金预算).
    private static IEnumerable<Verdict> EmptyTableNotes(Disclosure document)
    {
        var funds = new[]
        {
            (Kind: TableKind.GovernmentFundExpenditure, Own: new[] { "政府性基金", "政府基金" }, Other: "国有资本经营"),
            (Kind: TableKind.StateCapitalExpenditure, Own: new[] { "国有资本经营" }, Other: "政府性基金"),
        };
        foreach (var (kind, own, other) in funds)
        {
            if (document.Table(kind) is not { IsEmpty: true } table)
            {
                continue;
            }

            if (table.Notes.IsEmpty)
            {
                continue;
            }

            yield return Verdict.Held; // the notes were read; a note that names the other fund is a finding besides
            foreach (var note in table.Notes)
            {
                var n = NameNormalizer.Basic(note);
                if (n.Contains(other, StringComparison.Ordinal) && !own.Any(o => n.Contains(o, StringComparison.Ordinal)))
                {
                    yield return new Finding("NA-EMPTY-NOTE", Severity.Warning, BuiltInChecks.Title("NA-EMPTY-NOTE"),
                        T("Finding.Titled", BuiltInChecks.Title("NA-EMPTY-NOTE"), T("NA.EmptyNoteMessage", table.Title, note, other, own[0])),
                        kind.CanonicalName, table.Title, [new FindingCell(kind.CanonicalName, table.Title, "注", note, null, null, null, table.Line, table.Page)],
                        null, null, null, own[0], other, [], new Dictionary<string, string>(), false, new SourceSpan("notes", table.Line, 1));
                }
            }
        }
    }

    // "社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）87.70万元": the figure of that 项 in the
    // 一般公共预算 (or 支出总表) table, rounded to the text's precision, must be what the text says.
    private static IEnumerable<Verdict> Items(Disclosure document, NarrativeSection section, string text)
    {
        var table = document.Table(TableKind.GeneralBudgetExpenditure) ?? document.Table(TableKind.ExpenditureSummary);
        return table is null || table.Unit is null ? [] : Statements(ItemPattern(), text, m => Item(table, section, text, m));
    }

    private static Verdict Item(BudgetTable table, NarrativeSection section, string text, Match m)
    {
        var tableUnit = table.Unit!.Value;
        var column = table.Columns.ToList().FindIndex(c => c.Type == ColumnType.Amount);
        var row = table.Rows.FirstOrDefault(r => r.Code is { Level: Classification.CodeLevel.Item } code
            && NameNormalizer.Basic(r.Label) == m.Groups["item"].Value
            && table.Rows.Any(p => p.Code == code.Parent && NameNormalizer.Basic(p.Label) == m.Groups["sec"].Value));
        if (row is null || column < 0 || row.Cells[column].Number is not { } amount
            || !MoneyUnits.TryParse(m.Groups["u"].Value, out var textUnit))
        {
            return Verdict.NotExamined; // an item the table does not print under that name: nothing to compare
        }

        var x = m.Groups["x"].Value;
        var inTextUnit = amount.ToDecimal() * tableUnit.InYuan() / textUnit.InYuan();
        var rounded = Math.Round(inTextUnit, Decimals(x), MidpointRounding.AwayFromZero);
        if (rounded == Number(x))
        {
            return Verdict.Held;
        }

        // Within one unit of the last printed digit the figure was cut instead of rounded (87.708 written 87.70): a
        // presentation defect, a warning; anything further is a wrong figure (887.36 for 87.36), an error.
        var truncated = Math.Abs(Number(x) - inTextUnit) < 2 * Half(x);
        var sentence = Sentence(text, m.Index);
        return new Finding("NA-ITEM", truncated ? Severity.Warning : Severity.Error, BuiltInChecks.Title("NA-ITEM"),
            T("Finding.Titled", BuiltInChecks.Title("NA-ITEM"), T("NA.ItemMessage", sentence, table.Title, row.Key, row.Label, amount, tableUnit.Symbol(), Format(inTextUnit), textUnit.Symbol(),
                Format(rounded), x, truncated ? T("NA.Truncated") : string.Empty)),
            table.Kind.CanonicalName, table.Title,
            [
                new FindingCell(Table, section.ToString(), section.Number ?? section.Title, sentence, null, Number(x), textUnit.Symbol(), section.Line, NarrativeFigures.PageAt(section, m.Index)),
                FindingCell.Of(table, row, column, amount.ToDecimal()),
            ],
            rounded, Number(x), Number(x) - rounded, null, null, [], new Dictionary<string, string>(), false, new SourceSpan("narrative", section.Line, 1));
    }

    // The same 项, fully named by its 类, 款 and 项, stated in two places with amounts that no rounding reconciles. (A
    // shorter name such as 基本支出 is not enough: the sentence around it sets its scope, 财政拨款 or all funds.)
    private static IEnumerable<Verdict> Repeats(IReadOnlyList<(NarrativeSection Section, string Text)> texts)
    {
        var statements = texts
            .SelectMany(t => ItemPattern().Matches(t.Text).Select(m => (t.Section, t.Text, Match: m)))
            .Where(s => MoneyUnits.TryParse(s.Match.Groups["u"].Value, out var unit)
                && Statement(() => Number(s.Match.Groups["x"].Value) * unit.InYuan()) is not null)
            .GroupBy(s => $"{s.Match.Groups["cls"].Value.TrimStart('.', '、', '．')}（类）{s.Match.Groups["sec"].Value}（款）{s.Match.Groups["item"].Value}（项）", StringComparer.Ordinal);
        foreach (var group in statements)
        {
            var all = group.Select(s =>
            {
                MoneyUnits.TryParse(s.Match.Groups["u"].Value, out var unit);
                var x = s.Match.Groups["x"].Value;
                return (s.Section, Normalised: s.Text, s.Match, Unit: unit, Text: x, Yuan: Number(x) * unit.InYuan(), Half: Half(x) * unit.InYuan());
            }).ToList();
            var first = all[0];
            if (all.Count < 2)
            {
                continue; // stated once: nothing to compare
            }

            var other = all.Skip(1).FirstOrDefault(s => Math.Abs(s.Yuan - first.Yuan) > s.Half + first.Half);
            if (other.Section is null)
            {
                yield return Verdict.Held;
                continue;
            }

            var cells = new[] { first, other }.Select(s => new FindingCell(Table, s.Section.ToString(), s.Section.Number ?? s.Section.Title,
                Sentence(s.Normalised, s.Match.Index), null, Number(s.Text), s.Unit.Symbol(), s.Section.Line,
                NarrativeFigures.PageAt(s.Section, s.Match.Index))).ToList();
            // Within one unit of the last printed digit, one of them was cut instead of rounded (as NA-ITEM): a warning.
            var cut = Math.Abs(other.Yuan - first.Yuan) <= 2 * (other.Half + first.Half);
            yield return new Finding("NA-REPEAT", cut ? Severity.Warning : Severity.Error, BuiltInChecks.Title("NA-REPEAT"),
                T("Finding.Titled", BuiltInChecks.Title("NA-REPEAT"), T("NA.RepeatMessage", group.Key, cells[0].Label, first.Text, first.Unit.Symbol(), cells[1].Label, other.Text, other.Unit.Symbol(),
                    cut ? T("NA.RepeatCut") : string.Empty)),
                Table, first.Section.ToString(), cells, Number(first.Text), other.Yuan / first.Unit.InYuan(), (other.Yuan - first.Yuan) / first.Unit.InYuan(), null, null, [],
                new Dictionary<string, string>(), false, new SourceSpan("narrative", first.Section.Line, 1));
        }
    }

    private static Verdict Growth(NarrativeSection section, string text, Match m)
    {
        var b = Number(m.Groups["b"].Value);
        var c = Number(m.Groups["c"].Value);
        var d = m.Groups["d"].Value;
        var decrease = m.Groups["dir"].Value == "减少";
        var previous = decrease ? b + c : b - c;
        if (previous <= 0)
        {
            return Verdict.NotExamined; // a new item (上年 0) has no growth rate to check
        }

        var exact = c / previous * 100m;
        // The ratio c / previous is known to ±(δc / previous + ratio · δprevious / previous), δ half a printed step; c
        // may be 0 (增加0万元，增长0%), so it is never divided by.
        var uncertainty = (100m * Half(m.Groups["c"].Value) / previous) + (exact * (Half(m.Groups["b"].Value) + Half(m.Groups["c"].Value)) / previous);
        if (Explains(Number(d), Half(d), exact, uncertainty))
        {
            return Verdict.Held;
        }

        // Off by one in the last printed digit (16.0776% written 16.07%): mis-rounded, a warning as for shares; further
        // off (1.6898% written 1.66%), a wrong rate, an error.
        var misRounded = Math.Abs(Number(d) - exact) <= (2 * Half(d)) + uncertainty;
        var sentence = Sentence(text, m.Index);
        return Make("NA-GROWTH", NarrativeFigures.PageAt(section, m.Index), misRounded ? Severity.Warning : Severity.Error, BuiltInChecks.Title("NA-GROWTH"), section, sentence,
            T("NA.GrowthMessage", sentence, Format(previous), T(decrease ? "NA.Decrease" : "NA.Increase"), Format(c), Format(Math.Round(exact, Decimals(d) + 2)), d,
                misRounded ? T("NA.MisRounded") : string.Empty),
            Number(d), Math.Round(exact, Decimals(d), MidpointRounding.AwayFromZero));
    }

    private static IEnumerable<Verdict> Shares(NarrativeSection section, string text)
    {
        var amounts = AmountPattern().Matches(text)
            .Select(a => (a.Index, Value: Statement(() => Number(a.Groups["n"].Value)), Text: a.Groups["n"].Value))
            .Where(a => a.Value is not null).Select(a => (a.Index, Value: a.Value!.Value, a.Text)).ToList();
        return Statements(SharePattern(), text, m => Share(section, text, m, amounts));
    }

    private static decimal? Statement(Func<decimal> parse)
    {
        try
        {
            return parse();
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static Verdict Share(NarrativeSection section, string text, Match m, List<(int Index, decimal Value, string Text)> amounts)
    {
        var x = Number(m.Groups["x"].Value);
        var p = m.Groups["p"].Value;
        if (Number(p) is 100m)
        {
            return Verdict.NotExamined; // a whole is 100% of itself: nothing to check
        }

        // Candidate totals: amounts stated before this one in the section, larger than it (so never 0).
        var candidates = amounts.Where(a => a.Index < m.Index && a.Value > x && a.Value > 0).ToList();
        if (candidates.Count == 0)
        {
            return Verdict.NotExamined;
        }

        if (candidates.Any(t => Explains(Number(p), Half(p), x / t.Value * 100m, ShareUncertainty(x, t.Value, m.Groups["x"].Value, t.Text))))
        {
            return Verdict.Held;
        }

        // Off by one in the last printed digit against some total: the share is mis-rounded (e.g. truncated).
        var near = candidates.Select(t => (t, Ratio: x / t.Value * 100m))
            .Where(c => Math.Abs(c.Ratio - Number(p)) <= 2 * Half(p) + ShareUncertainty(x, c.t.Value, m.Groups["x"].Value, c.t.Text))
            .OrderBy(c => Math.Abs(c.Ratio - Number(p)))
            .FirstOrDefault();
        if (near.t.Text is null)
        {
            return Verdict.NotExamined; // no stated total explains it: the base is not identifiable, so nothing is proven
        }

        var sentence = Sentence(text, m.Index);
        var rounded = Math.Round(near.Ratio, Decimals(p), MidpointRounding.AwayFromZero);
        return Make("NA-SHARE", NarrativeFigures.PageAt(section, m.Index), Severity.Warning, BuiltInChecks.Title("NA-SHARE"), section, sentence,
            T("NA.ShareMessage", sentence, Format(x), near.t.Text, Format(Math.Round(near.Ratio, Decimals(p) + 2)), Format(rounded), p),
            Number(p), rounded);
    }

    private static Verdict Completion(NarrativeSection section, string text, Match m)
    {
        var initial = Number(m.Groups["a"].Value);
        var full = Number(m.Groups["f"].Value);
        var actual = Number(m.Groups["x"].Value);
        var p = m.Groups["p"].Value;
        var named = m.Groups["base"].Value.StartsWith("年初", StringComparison.Ordinal) ? initial : full;
        var other = named == initial ? full : initial;
        var sentence = Sentence(text, m.Index);
        if (named > 0 && Explains(Number(p), Half(p), actual / named * 100m, 0m))
        {
            return Verdict.Held;
        }

        var otherName = T(named == initial ? "NA.FullBudget" : "NA.InitialBudget");
        var measured = other > 0 && Explains(Number(p), Half(p), actual / other * 100m, 0m)
            ? T("NA.CompletionOther", p, Format(actual), Format(other), otherName)
            : named > 0 ? T("NA.CompletionShould", Format(Math.Round(actual / named * 100m, Decimals(p), MidpointRounding.AwayFromZero))) : T("NA.CompletionZero");
        return Make("NA-COMPLETION", NarrativeFigures.PageAt(section, m.Index), Severity.Error, BuiltInChecks.Title("NA-COMPLETION"), section, sentence,
            T("NA.CompletionMessage", sentence, m.Groups["base"].Value, Format(named), measured), Number(p),
            named > 0 ? Math.Round(actual / named * 100m, Decimals(p), MidpointRounding.AwayFromZero) : null);
    }

    private static Verdict Parts(NarrativeSection section, string text, Match head)
    {
        var list = PartsList.Read(text, head);
        if (list is null)
        {
            return Verdict.NotExamined;
        }

        var (sum, total, tolerance) = (list.Sum, list.Total, list.Tolerance);
        var exceeds = sum - total > tolerance;
        var breaks = list.IsComplete && sum != total;
        if (!exceeds && !breaks)
        {
            return Verdict.Held;
        }

        var rounding = Math.Abs(sum - total) <= tolerance;
        var sentence = Sentence(text, head.Index);
        var unit = head.Groups["u"].Value;
        var why = T(exceeds && !list.IsComplete ? "NA.PartsExceed" : rounding ? "NA.PartsRounding" : "NA.PartsDiffer");
        return Make("NA-PARTS", NarrativeFigures.PageAt(section, head.Index), rounding ? Severity.Warning : Severity.Error,
            BuiltInChecks.Title("NA-PARTS"), section, sentence,
            T("NA.PartsMessage", sentence, string.Join(" + ", list.Parts.Select(p => p.Text)), Format(sum / PartsList.Factor(unit)), unit, head.Groups["t"].Value, why),
            sum / PartsList.Factor(unit), total / PartsList.Factor(unit), unit);
    }

    // Whether a printed percentage (half-step h) can state a ratio known to ±uncertainty.
    private static bool Explains(decimal printed, decimal half, decimal ratio, decimal uncertainty) =>
        Math.Abs(printed - ratio) <= half + uncertainty;

    // x / total is known to ±(δx / total + ratio · δtotal / total); x may be 0 (0万元，占0%), so it is never divided by.
    private static decimal ShareUncertainty(decimal x, decimal total, string xText, string totalText) =>
        (100m * Half(xText) / total) + (x / total * 100m * Half(totalText) / total);

    internal static Finding Make(string id, int page, Severity severity, string title, NarrativeSection section, string sentence, string message, decimal? actual, decimal? expected, string unit = "%") =>
        new(id, severity, title, T("Finding.Titled", title, message), Table, section.ToString(),
            [new FindingCell(Table, section.ToString(), section.Number ?? section.Title, sentence, null, actual, unit, section.Line, page)],
            expected, actual, expected is null ? null : actual - expected, null, null, [], new Dictionary<string, string>(), false,
            new SourceSpan("narrative", section.Line, 1));

    internal static decimal Number(string text) => decimal.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    // decimal rounds to at most 28 places, and messages round to two places more than the text prints: a figure
    // printed with more decimals than that (no budget figure is) is taken at this precision.
    internal const int MaxDecimals = 26;

    internal static int Decimals(string text) =>
        Math.Min(MaxDecimals, text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0);

    internal static decimal Half(string text)
    {
        var h = 0.5m;
        for (var i = 0; i < Decimals(text); i++)
        {
            h /= 10m;
        }

        return h;
    }

    private static string Format(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    internal static string Sentence(string text, int at)
    {
        var start = text.LastIndexOf('。', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('。', at);
        return text[start..(end < 0 ? text.Length : end)].Trim();
    }
}
