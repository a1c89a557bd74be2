using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;
using Xunit.Abstractions;

namespace GovBudget.Rules.Tests.Compilation;

/// <summary>
/// Random rules generated from the grammar, over random changes of the sample: compiled and interpreted evaluation
/// must give identical findings. A failure is shrunk to a minimal rule before it is reported.
/// </summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    private const int Rules = 400;

    private static Disclosure Doc => Sample.Import.Document;

    [Fact]
    public void Random_rules_over_random_documents_agree()
    {
        var random = new Random(20231226);
        var documents = Enumerable.Range(0, 6).Select(_ => Mutate(random)).Prepend(Doc).ToList();
        var compiledAtLeastOnce = 0;
        for (var i = 0; i < Rules; i++)
        {
            var rule = Generate(random, i);
            RulePack pack;
            try
            {
                pack = RulePack.Parse(rule.ToString());
            }
            catch (RuleLoadException e)
            {
                throw new InvalidOperationException($"the generator wrote an invalid rule:\n{rule}\n{e.Message}", e);
            }

            var compiled = new CompiledPack(pack);
            compiledAtLeastOnce += compiled.CompiledCount;
            foreach (var document in documents)
            {
                if (!Agree(pack, document))
                {
                    var minimal = Shrink(rule, document);
                    output.WriteLine(minimal.ToString());
                    throw new InvalidOperationException($"compiled and interpreted findings differ for:\n{minimal}");
                }
            }
        }

        compiledAtLeastOnce.Should().BeGreaterThan(Rules / 2, "most generated rules are in the compiled subset");
    }

    private static bool Agree(RulePack pack, Disclosure document)
    {
        var interpreted = pack.Check(document);
        var compiled = new CompiledPack(pack).Check(document);
        return Same(compiled, interpreted);
    }

    private static bool Same(DocumentFindings a, DocumentFindings b) =>
        a.NotApplicable.SequenceEqual(b.NotApplicable) && a.NotApplicableReasons.SequenceEqual(b.NotApplicableReasons) && a.Passed.SequenceEqual(b.Passed)
        && a.Findings.Count == b.Findings.Count
        && a.Findings.Zip(b.Findings).All(p => p.First.Message == p.Second.Message && p.First.Severity == p.Second.Severity
            && p.First.Cells.SequenceEqual(p.Second.Cells) && p.First.Missing.SequenceEqual(p.Second.Missing));

    // Tries every smaller rule (a subtree in place of a node) while the disagreement remains.
    private static RandomRule Shrink(RandomRule rule, Disclosure document)
    {
        var current = rule;
        var progress = true;
        while (progress)
        {
            progress = false;
            foreach (var smaller in current.Smaller())
            {
                RulePack pack;
                try
                {
                    pack = RulePack.Parse(smaller.ToString());
                }
                catch (RuleLoadException)
                {
                    continue;
                }

                if (!Agree(pack, document))
                {
                    current = smaller;
                    progress = true;
                    break;
                }
            }
        }

        return current;
    }

    internal static Disclosure Mutate(Random random)
    {
        var doc = Doc;
        for (var i = 0; i < 3; i++)
        {
            var tables = doc.Tables.Where(t => t.Rows.Any(r => r.Cells.Any(c => c.Number is not null))).ToList();
            var table = tables[random.Next(tables.Count)];
            var rows = table.Rows.Where(r => r.Cells.Any(c => c.Number is not null)).ToList();
            var row = rows[random.Next(rows.Count)];
            var columns = Enumerable.Range(0, table.Columns.Length).Where(c => row.Cells[c].Number is not null).ToList();
            var column = columns[random.Next(columns.Count)];
            var delta = Amount.FromRaw(random.Next(-20000, 20000) * 100L, 2);
            doc = DocumentEditor.WithCell(doc, table, row, column, Cell.FromNumber(row.Cells[column].Number!.Value + delta));
        }

        return doc;
    }

    internal static RandomRule Generate(Random random, int n)
    {
        var table = random.Next(3) switch
        {
            0 => "基本支出表",
            1 => "支出总表",
            _ => "收入总表",
        };
        var codes = table == "基本支出表"
            ? new[] { "301", "302", "303", "30101", "30102", "30217", "30231", "30199", "30302", "30106" }
            : ["201", "20103", "2010301", "208", "20805", "210", "215", "21505", "221", "2210201", "2080505"];
        var columns = table == "基本支出表" ? new[] { "合计", "人员经费", "公用经费" } : ["合计", "基本支出", "项目支出", "小计", "财政拨款收入"];
        var quantifier = random.Next(4) switch
        {
            0 => "for each c in 类, each column k",
            1 => "for each c in 款",
            2 => "for each row c",
            _ => string.Empty,
        };
        var vars = quantifier.Length == 0 ? [] : new[] { "c" };
        var g = new Generator(random, codes, columns, vars);
        var tolerance = random.Next(3) switch
        {
            0 => "tolerance rounding",
            1 => "tolerance 0.05",
            _ => string.Empty,
        };
        var where = random.Next(4) == 0 ? g.Condition(2) : null;
        return new RandomRule($"R{n}", table, tolerance, quantifier, where, g.Condition(4));
    }

    private sealed class Generator(Random random, string[] codes, string[] columns, string[] vars)
    {
        public Node Condition(int depth)
        {
            var choice = depth <= 0 ? 0 : random.Next(6);
            return choice switch
            {
                0 or 1 or 2 => new Node(Pick("==", "==", "!=", "<=", ">=", "<", ">"), Number(depth - 1), Number(depth - 1)),
                3 => new Node(Pick("and", "or"), Condition(depth - 1), Condition(depth - 1)),
                4 => new Node("not", Condition(depth - 1)),
                _ => new Node("exists", Set()),
            };
        }

        public Node Number(int depth)
        {
            var choice = depth <= 0 ? random.Next(3) : random.Next(10);
            return choice switch
            {
                0 => Cell(),
                1 => new Node(Pick("0.0", "1.0", "100.0", "1112.32", "0.01", "63994.00")),
                2 => Cell(),
                3 or 4 => new Node(Pick("+", "-"), Number(depth - 1), Number(depth - 1)),
                5 => new Node("sum", Set()),
                6 => random.Next(4) == 0 ? new Node("avg", Set(), Number(depth - 1)) : new Node(Pick("min", "max", "avg"), Set()),
                7 => new Node("abs", Number(depth - 1)),
                8 => new Node("count", Set()),
                _ => new Node("if", Condition(depth - 1), Number(depth - 1), Number(depth - 1)),
            };
        }

        private Node Cell()
        {
            var row = vars.Length > 0 && random.Next(2) == 0 ? vars[0] : Pick(codes);
            return random.Next(3) == 0 ? new Node($"{row}[{Pick(columns)}]") : new Node(row);
        }

        private Node Set() => random.Next(5) switch
        {
            0 => new Node($"children({(vars.Length > 0 ? vars[0] : Pick(codes))})"),
            1 => new Node(Pick("类", "款", "项", "codes")),
            2 => new Node(Pick("301xx", "3010x", "2010x", "20xxx", "2xx")),
            3 => new Node(Pick("301..303", "30101..30113", "3011x..30113", "201..215", "20101..21505")),
            _ => new Node($"parent({Pick(codes.Where(c => c.Length > 3).ToArray())})"),
        };

        private T Pick<T>(params T[] items) => items[random.Next(items.Length)];
    }

    internal sealed record Node(string Head, params Node[] Children)
    {
        public override string ToString() => Head switch
        {
            "not" => $"not ({Children[0]})",
            "if" => $"(if {Children[0]} then {Children[1]} else {Children[2]})",
            "avg" when Children.Length == 2 => $"avg({Children[0]}, {Children[1]})",
            "sum" or "min" or "max" or "avg" or "abs" or "count" or "exists" => $"{Head}({Children[0]})",
            _ when Children.Length == 2 => $"({Children[0]} {Head} {Children[1]})",
            _ => Head,
        };

        public IEnumerable<Node> Smaller()
        {
            foreach (var child in Children)
            {
                yield return child;
            }

            for (var i = 0; i < Children.Length; i++)
            {
                foreach (var smaller in Children[i].Smaller())
                {
                    var copy = (Node[])Children.Clone();
                    copy[i] = smaller;
                    yield return this with { Children = copy };
                }
            }
        }
    }

    internal sealed record RandomRule(string Id, string Table, string Tolerance, string Quantifier, Node? Where, Node Check)
    {
        public override string ToString() =>
            $"rule {Id} error \"随机规则\"\n    table {Table}\n    {Tolerance}\n    {(Quantifier.Length > 0 ? Quantifier : string.Empty)}\n"
            + (Where is null ? string.Empty : $"    where {Where}\n") + $"    check {Check}\n";

        public IEnumerable<RandomRule> Smaller()
        {
            if (Where is not null)
            {
                yield return this with { Where = null };
            }

            if (Quantifier.Length > 0)
            {
                yield return this with { Quantifier = string.Empty };
            }

            foreach (var s in Check.Smaller())
            {
                yield return this with { Check = s };
            }
        }
    }
}
