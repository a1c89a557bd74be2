using System.Reflection;
using GovBudget.Import;
using GovBudget.Rules.Checking;
using Xunit.Sdk;

namespace GovBudget.Testing;

/// <summary>
/// Supplies a theory with one <see cref="RuleCase"/> per check of the pack and document: every rule, and every check
/// built into the pack (<see cref="RulePack.Checks"/>), so each shows in the test runner as its own case, under its id
/// and title:
/// <code>
/// [Theory, RuleCases("standard-budget", "samples/budget.txt")]
/// public void Rule_holds(RuleCase rule) => rule.AssertHolds();
/// </code>
/// Rules are a rule file, a folder of *.rules files, or the name of an embedded standard pack. Documents are read as the
/// govbudget tool reads them (<see cref="DisclosureFile"/>): disclosure text, a PDF, or GovBudget JSON. Relative paths
/// are resolved against the test's working directory and then its output folder.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class RuleCasesAttribute : DataAttribute
{
    /// <summary>Cases for every check of <paramref name="rules"/> against each of <paramref name="documents"/>.</summary>
    public RuleCasesAttribute(string rules, params string[] documents)
    {
        Rules = rules;
        Documents = documents;
    }

    /// <summary>The rule file, folder or standard pack name.</summary>
    public string Rules { get; }

    /// <summary>The documents (disclosure text, PDF or GovBudget JSON).</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <inheritdoc/>
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        var rules = Resolve(Rules);
        var pack = RuleCase.Pack(rules);
        foreach (var document in Documents.Select(Resolve))
        {
            foreach (var check in pack.Checks)
            {
                yield return [new RuleCase(rules, check.Id, document)];
            }
        }
    }

    private static string Resolve(string path)
    {
        if (File.Exists(path) || Directory.Exists(path) || Path.IsPathRooted(path))
        {
            return path;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(beside) || Directory.Exists(beside) ? beside : path;
    }
}
