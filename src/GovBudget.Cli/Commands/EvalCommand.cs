using System.CommandLine;
using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Rules;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Diagnostics;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Commands;

/// <summary><c>govbudget eval &lt;file&gt; &lt;expression&gt; [--table] [--column]</c>: the value on the last line.</summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = T("Help.Eval.File") };
        var expression = new Argument<string>("expression") { Description = T("Help.Eval.Expression") };
        var table = new Option<string?>("--table") { Description = T("Help.Eval.Table") };
        var column = new Option<string?>("--column") { Description = T("Help.Eval.Column") };
        var command = new Command("eval", T("Help.Eval")) { file, expression, table, column };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(expression)!, parse.GetValue(table), parse.GetValue(column), stdout, stderr));
        return command;
    }

    private static int Run(string path, string expression, string? tableName, string? column, TextWriter stdout, TextWriter stderr)
    {
        var result = DocumentLoader.TryLoad(path, stderr, out var failure);
        if (result is null)
        {
            return failure;
        }

        var document = result.Document;
        BudgetTable? table = null;
        if (tableName is not null)
        {
            table = document.FindTable(tableName);
            if (table is null)
            {
                stderr.WriteLine(T("Err.NoTable", Path.GetFileName(path), tableName, string.Join(T("List.Enumeration"), document.Tables.Select(t => t.Title).Distinct())));
                return ExitCodes.Unusable;
            }
        }

        try
        {
            var value = Evaluator.Evaluate(document, expression, table, column);
            if (table is not null)
            {
                // The column the rules read: a “三公” table laid out by item is read through its transpose.
                var seen = ThreePublicItems.Counterpart(document, ThreePublicItems.ForRules(document), table)!;
                var col = column ?? seen.Columns.FirstOrDefault(c => c.Type == ColumnType.Amount)?.Name;
                stdout.WriteLine(T("Eval.Heading", table.Title, col, table.Unit?.Symbol() ?? T("Eval.NoUnit")));
            }

            stdout.WriteLine(value);
            return ExitCodes.Success;
        }
        catch (RuleLoadException e)
        {
            foreach (var d in e.Diagnostics)
            {
                stderr.WriteLine(T("Err.Line", d));
            }

            return ExitCodes.Unusable;
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine(T("Err.Line", e.Message));
            return ExitCodes.Unusable;
        }
    }
}
