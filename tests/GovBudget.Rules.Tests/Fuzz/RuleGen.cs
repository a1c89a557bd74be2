using FsCheck;
using FsCheck.Fluent;

namespace GovBudget.Rules.Tests.Fuzz;

/// <summary>
/// FsCheck generators of rule text from the grammar: expressions of every node kind over the sample's codes and
/// labels, nested as deep as the size allows (and past the nesting limit at the largest sizes), long flat chains, and
/// rules with quantifiers, filters and tolerances.
/// </summary>
internal static class RuleGen
{
    private static readonly string[] Cells = ["301", "302", "30101", "30199", "2010301", "201", "3xx", "301xx", "30101..30113", "\"合计\"", "支出:\"本年支出合计\"", "c", "r[合计]", "301[人员经费]", "三公经费表::\"公务接待费\"[合计]", "999"];

    private static readonly string[] Numbers = ["0.0", "0.01", "1.0", "100.0", "999999999999.9999", "65559.38"];

    private static readonly string[] Calls = ["sum", "abs", "round", "exists", "count", "children", "min", "max", "nosuch"];

    private static readonly string[] Operators = [" + ", " - ", " * ", " / ", " == ", " != ", " < ", " <= ", " > ", " >= ", " and ", " or "];

    /// <summary>An expression of about <paramref name="size"/> nodes.</summary>
    /// <remarks>Each branch is built only when chosen, so generating costs what the expression's size does.</remarks>
    public static Gen<string> Expression(int size) =>
        size <= 1
            ? Gen.OneOf(Gen.Elements(Cells), Gen.Elements(Numbers), Gen.Elements("true", "false"))
            : Gen.Choose(0, 7).SelectMany(branch => branch switch
            {
                0 => Expression(1),
                1 => from op in Gen.Elements(Operators) from l in Expression(size / 2) from r in Expression(size / 2) select l + op + r,
                2 => from e in Expression(size - 1) select "(" + e + ")",
                3 => from p in Gen.Elements("-", "not ") from e in Expression(size - 1) select p + e,
                4 => from f in Gen.Elements(Calls) from a in Expression(size / 2) from b in Expression(size / 2) from n in Gen.Choose(0, 2)
                     select f + "(" + (n == 0 ? string.Empty : n == 1 ? a : a + ", " + b) + ")",
                5 => from c in Expression(size / 3) from t in Expression(size / 3) from e in Expression(size / 3) select $"if {c} then {t} else {e}",
                6 => from n in Gen.Choose(2, 3_000) from op in Gen.Elements(" + ", " - ", " and ", " or ") from t in Expression(1)
                     select string.Join(op, Enumerable.Repeat(t, n)),
                _ => from n in Gen.Choose(60, 70) from t in Expression(1) select new string('(', n) + t + new string(')', n),
            });

    /// <summary>A rule file of one to three rules.</summary>
    public static Gen<string> RuleFile =>
        from count in Gen.Choose(1, 3)
        from rules in Gen.ListOf(Rule, count)
        from tolerance in Gen.Elements(string.Empty, "tolerance rounding\n", "tolerance 0.01\n", "tolerance 123456789012345678901234567890.0\n")
        select tolerance + string.Join("\n", rules);

    private static Gen<string> Rule =>
        from id in Gen.Choose(1, 99)
        from severity in Gen.Elements("error", "warning", "info", "强制性")
        from table in Gen.Elements("基本支出表", "收入总表", "支出总表", "三公经费表", "收支总表", "无此表")
        from quantifier in Gen.Elements(string.Empty, "    for each c in 类, each column k\n", "    for each row r\n",
            "    for each c in 30xxx, each d in 30xxx\n", "    for each row a, each row b, each row c, each row d\n")
        from size in Gen.Choose(1, 40)
        from filter in Gen.OneOf(Gen.Constant(string.Empty), Expression(4).Select(e => "    where " + e + "\n"))
        from check in Expression(size)
        select $"rule F-{id} {severity} \"生成的规则\"\n    table {table}\n{quantifier}{filter}    check {check}\n";
}
