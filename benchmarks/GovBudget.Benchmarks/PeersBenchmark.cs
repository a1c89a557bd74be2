using System.Text;
using BenchmarkDotNet.Attributes;
using GovBudget.Datasets;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using NCalc;
using RulesEngine.Models;

namespace GovBudget.Benchmarks;

/// <summary>
/// The identity set by the engines a .NET user would reach for instead: NCalc (each distinct expression parsed once,
/// parameters set per identity) and Microsoft RulesEngine (one workflow per distinct expression, built once), against
/// the hand-written baseline and the compiled rules. NCalc runs 1,000 departments; RulesEngine, being orders of
/// magnitude slower, 100. Compare per department. Each returns the failure count, checked in the setup.
/// </summary>
[MemoryDiagnoser]
public class PeersBenchmark
{
    private const int NCalcDepartments = 1_000;
    private const int RulesEngineDepartments = 100;

    private readonly Dictionary<int, Expression> ncalc = [];
    private Dataset dataset = null!;
    private HandWrittenIdentities handWritten = null!;
    private CompiledPack compiled = null!;
    private RulesEngine.RulesEngine rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        dataset = GeneratedData.Departments(NCalcDepartments);
        handWritten = new HandWrittenIdentities();
        compiled = new CompiledPack(GeneratedData.Identities());
        var sizes = dataset.Departments.SelectMany(d => handWritten.Groups(d)).Select(g => g.Length).Distinct().ToList();
        foreach (var n in sizes)
        {
            ncalc[n] = new Expression(Formula(n, i => $"p{i}"));
        }

        var workflows = sizes.Select(n => new Workflow
        {
            WorkflowName = $"w{n}",
            Rules = [new Rule { RuleName = $"sum{n}", Expression = Formula(n, i => $"input1.V[{i}]"), RuleExpressionType = RuleExpressionType.LambdaExpression }],
        }).ToArray();
        rulesEngine = new RulesEngine.RulesEngine(workflows, new ReSettings());

        if (NCalc1K() != HandWritten1K() || RulesEngine100() != HandWritten100() || Compiled1K() != HandWritten1K())
        {
            throw new InvalidOperationException("the engines disagree on the failure count");
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWritten1K() => HandWritten(NCalcDepartments);

    [Benchmark]
    public int HandWritten100() => HandWritten(RulesEngineDepartments);

    [Benchmark]
    public int Compiled1K()
    {
        var failures = 0;
        foreach (var d in dataset.Departments.Take(NCalcDepartments))
        {
            failures += compiled.CheckFast(d)?.Findings.Count ?? 0;
        }

        return failures;
    }

    [Benchmark]
    public int NCalc1K()
    {
        var failures = 0;
        foreach (var d in dataset.Departments.Take(NCalcDepartments))
        {
            foreach (var group in handWritten.Groups(d))
            {
                var e = ncalc[group.Length];
                for (var i = 0; i < group.Length; i++)
                {
                    e.Parameters[$"p{i}"] = d.RawValues[group[i]];
                }

                if (!(bool)e.Evaluate()!)
                {
                    failures++;
                }
            }
        }

        return failures;
    }

    [Benchmark]
    public int RulesEngine100()
    {
        var failures = 0;
        foreach (var d in dataset.Departments.Take(RulesEngineDepartments))
        {
            foreach (var group in handWritten.Groups(d))
            {
                var input = new Slots(group.Select(s => d.RawValues[s]).ToArray());
                var results = rulesEngine.ExecuteAllRulesAsync($"w{group.Length}", new RuleParameter("input1", input)).GetAwaiter().GetResult();
                if (!results[0].IsSuccess)
                {
                    failures++;
                }
            }
        }

        return failures;
    }

    private int HandWritten(int departments)
    {
        var failures = 0;
        foreach (var d in dataset.Departments.Take(departments))
        {
            failures += handWritten.Failures(d);
        }

        return failures;
    }

    private static string Formula(int n, Func<int, string> name)
    {
        var b = new StringBuilder(name(0)).Append(" == ");
        if (n == 1)
        {
            return b.Append('0').ToString();
        }

        for (var i = 1; i < n; i++)
        {
            b.Append(i == 1 ? string.Empty : " + ").Append(name(i));
        }

        return b.ToString();
    }

    /// <summary>The input RulesEngine sees: one identity's values.</summary>
    public sealed record Slots(long[] V);
}
