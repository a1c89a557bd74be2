using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;

namespace GovBudget.Tests.Readme;

/// <summary>The README's library example, statement for statement; ReadmeExampleTests keeps the two identical.</summary>
internal static class ReadmeExample
{
    public static void Run()
    {
        // README-BEGIN
        var result = DisclosureFile.Read("samples/shijiazhuang-data-bureau-2023-budget.txt");       // text, PDF or GovBudget JSON
        var basic = result.Document.Table(TableKind.GeneralBudgetBasicExpenditure)!;   // 一般公共预算财政拨款基本支出表
        var total = basic.FindRow("合计")!;                                             // by label, or by code: FindRow("30101")
        Console.WriteLine($"{basic.Cell(total, "人员经费")} + {basic.Cell(total, "公用经费")} = {basic.Cell(total, "合计")}");   // in basic.Unit
        // 1130.81 + 128.73 = 1259.54 (万元)
        foreach (var notice in result.Notices)
        {
            Console.WriteLine(notice);   // file:line: what was found and what the reader did with it
        }

        var findings = RulePack.Standard(result.Document.Kind).Check(result.Document);
        foreach (var finding in findings.Findings)
        {
            Console.WriteLine(finding);  // warning NM-GB: 一般公共预算财政拨款支出表的科目名称与本文件其他表一致（201 …）…
        }

        // README-END
    }
}
