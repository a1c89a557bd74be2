namespace GovBudget.Rules.Tests.Architecture;

/// <summary>
/// The parts of GovBudget and GovBudget.Rules and what each may use: the one declaration of docs/architecture.md's
/// drawing. A part is a namespace; using a part of the other assembly counts like any other.
/// </summary>
internal static class Parts
{
    private const string Root = "GovBudget";
    private const string Amounts = "GovBudget.Amounts";
    private const string Catalog = "GovBudget.Catalog";
    private const string Classification = "GovBudget.Classification";
    private const string Datasets = "GovBudget.Datasets";
    private const string Documents = "GovBudget.Documents";
    private const string Import = "GovBudget.Import";
    private const string ImportPdf = "GovBudget.Import.Pdf";
    private const string Inputs = "GovBudget.Inputs";
    private const string Localization = "GovBudget.Localization";
    private const string Profiles = "GovBudget.Profiles";
    private const string Serialization = "GovBudget.Serialization";
    private const string Texts = "GovBudget.Rules"; // the rule assembly's root: its message texts (RuleTexts)
    private const string Addressing = "GovBudget.Rules.Addressing";
    private const string Binding = "GovBudget.Rules.Binding";
    private const string BuiltIn = "GovBudget.Rules.BuiltIn";
    private const string Checking = "GovBudget.Rules.Checking";
    private const string Compilation = "GovBudget.Rules.Compilation";
    private const string Diagnostics = "GovBudget.Rules.Diagnostics";
    private const string Evaluation = "GovBudget.Rules.Evaluation";
    private const string Findings = "GovBudget.Rules.Findings";
    private const string Functions = "GovBudget.Rules.Functions";
    private const string Packs = "GovBudget.Rules.Packs";
    private const string Parsing = "GovBudget.Rules.Parsing";
    private const string Syntax = "GovBudget.Rules.Syntax";
    private const string Waivers = "GovBudget.Rules.Waivers";

    public static PartRules Rules { get; } = new(
        new Dictionary<string, string[]>
        {
            // GovBudget: the model, its data and its readers.
            [Root] = [],
            [Localization] = [],
            [Amounts] = [Localization],
            [Classification] = [Localization],
            [Inputs] = [Root, Localization],
            [Documents] = [Root, Amounts, Classification, Localization],
            [Catalog] = [Root, Classification, Documents, Inputs, Localization],
            [Profiles] = [Documents, Localization],
            [Serialization] = [Root, Amounts, Classification, Documents, Localization],
            [Import] = [Root, Amounts, Classification, Documents, ImportPdf, Inputs, Localization, Serialization],
            [ImportPdf] = [Root, Amounts, Classification, Documents, Import, Localization],
            [Datasets] = [Root, Amounts, Catalog, Classification, Documents, Inputs, Localization],

            // GovBudget.Rules: the language (text → syntax → bound tree), its two engines, findings, packs, waivers.
            [Texts] = [Localization],
            [Diagnostics] = [],
            [Syntax] = [Diagnostics],
            [Parsing] = [Diagnostics, Syntax, Texts],
            [Findings] = [Amounts, Diagnostics, Documents, Profiles, Texts],
            [Binding] = [Root, Catalog, Classification, Diagnostics, Documents, Findings, Functions, Syntax, Texts],
            [Functions] = [Amounts, Binding, Catalog, Classification, Documents, Findings, Texts],
            [Addressing] = [Amounts, Binding, Catalog, Classification, Diagnostics, Documents, Findings, Syntax, Texts],
            [Evaluation] = [Root, Addressing, Amounts, Binding, Catalog, Classification, Diagnostics, Documents, Findings, Functions, Profiles, Syntax, Texts],
            [Compilation] = [Addressing, Amounts, Binding, Classification, Datasets, Diagnostics, Documents, Findings, Functions, Syntax, Texts],
            [BuiltIn] = [Addressing, Amounts, Classification, Diagnostics, Documents, Findings, Profiles, Texts],
            [Checking] = [Addressing, Amounts, Binding, BuiltIn, Compilation, Datasets, Diagnostics, Documents, Evaluation, Findings, Localization, Packs, Parsing, Profiles, Syntax, Texts],
            [Packs] = [Binding, Diagnostics, Inputs, Parsing, Syntax, Texts],
            [Waivers] = [Root, Checking, Diagnostics, Documents, Findings, Inputs, Packs, Texts],
        },
        new Dictionary<(string From, string To), string>
        {
            // Issue 13, still to do.
            [(Compilation, Localization)] = "CompiledRules keys its plans by message language because planning words the not-applicable reasons (RuleBindings.WhyNotApplicable): plans keep the reasons, the checking layer words them (issue 13)",
            [(Waivers, Binding)] = "WaiverRun reads each rule's severity from the pack's BoundRules: the rule set gives ids and severities without the bound tree (issue 13)",

            // Found by this test, outside issue 13's list: the names data and the JSON reader sit below the model's users.
            [(Documents, Import)] = "NamesFileReader (Documents/Names) reads the names data files with Import's SourceFile and DisclosureFormatException: the reading belongs to Import, the model keeps the names",
            [(Documents, Serialization)] = "NamesFileReader parses the names data files with Serialization's JsonCursor: as above",
            [(Documents, Profiles)] = "DepartmentNames.Short strips the profiles' region wording (DisclosureProfiles): the wording belongs to the names data",
            [(Serialization, Import)] = "DisclosureJson writes ImportResult and ImportNotice and throws Import's DisclosureFormatException: the JSON form of an import belongs to Import, Serialization keeps the documents",
        });
}
