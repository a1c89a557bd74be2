using GovBudget.TestSupport;
using System.Text;
using GovBudget.Documents;
using GovBudget.Import;

namespace GovBudget.Tests.Import;

public sealed class MalformedInputTests : InEnglish
{
    private const string Name = "broken.txt";

    private static string FirstLines(int count) => string.Join('\n', Sample.Lines.Take(count));

    private static int LineOf(string startsWith) =>
        Array.FindIndex(Sample.Lines, l => l.StartsWith(startsWith, StringComparison.Ordinal)) + 1;

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var act = () => DisclosureTextReader.Read(string.Empty, Name);
        act.Should().Throw<DisclosureFormatException>()
            .WithMessage("broken.txt: the file is empty: expected the text of a disclosure");
        var blank = () => DisclosureTextReader.Read("\n  \n\t\n", Name);
        blank.Should().Throw<DisclosureFormatException>().Which.Line.Should().Be(0);
    }

    [Fact]
    public void Binary_garbage_is_an_error_naming_the_line()
    {
        var bytes = Encoding.UTF8.GetBytes("# 2023 年部门预算信息公开目录\n\n").Concat(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A, 0xFF }).ToArray();
        var act = () => DisclosureTextReader.Read(bytes, Name);
        var e = act.Should().Throw<DisclosureFormatException>().Which;
        e.Message.Should().Be("broken.txt:3: binary content (a NUL byte): expected the UTF-8 text of a disclosure");
        e.Line.Should().Be(3);

        var invalid = () => DisclosureTextReader.Read(new byte[] { 0x23, 0x20, 0x0A, 0xC3, 0x28, 0x0A }, Name);
        invalid.Should().Throw<DisclosureFormatException>()
            .WithMessage("broken.txt:2: invalid UTF-8: expected the UTF-8 text of a disclosure");
    }

    [Fact]
    public void A_file_truncated_inside_a_table_row_is_an_error()
    {
        var cut = LineOf("12\t2080505\t机关事业单位基本养");
        var text = FirstLines(cut - 1) + "\n12\t2080505\t机关事业单位基本养\t107.00";
        var act = () => DisclosureTextReader.Read(text, Name);
        act.Should().Throw<DisclosureFormatException>()
            .WithMessage($"broken.txt:{cut}: the file ends inside table '部门预算收入总表': the last row has 4 of 13 cells");
    }

    [Fact]
    public void A_file_truncated_inside_a_table_header_is_an_error()
    {
        var headerStart = LineOf("序号\t功能分类科目\t\t合计\t本年收入");
        var text = FirstLines(headerStart + 1);
        var act = () => DisclosureTextReader.Read(text, Name);
        act.Should().Throw<DisclosureFormatException>()
            .WithMessage($"broken.txt:{headerStart}: the file ends inside the header of table '部门预算收入总表': expected the 栏次 row and the table's rows");
    }

    [Fact]
    public void A_file_truncated_after_a_table_title_is_an_error()
    {
        var title = LineOf("## 部门预算支出总表");
        var text = FirstLines(title + 6); // title, department, year and unit lines only
        var act = () => DisclosureTextReader.Read(text, Name);
        act.Should().Throw<DisclosureFormatException>()
            .WithMessage($"broken.txt:{title}: the file ends inside table '部门预算支出总表': expected its header");
    }

    [Fact]
    public void An_amount_that_is_not_a_number_is_an_error_naming_line_and_column()
    {
        var line = LineOf("3\t30101\t基本工资\t274.14");
        var lines = Sample.Lines.ToArray();
        lines[line - 1] = lines[line - 1].Replace("\t274.14\t", "\t274.1x\t", StringComparison.Ordinal);
        var act = () => DisclosureTextReader.Read(string.Join('\n', lines), Name);
        var e = act.Should().Throw<DisclosureFormatException>().Which;
        e.Message.Should().Be($"broken.txt:{line}:14: table '部门预算一般公共预算财政拨款基本支出表', column 合计 (栏次 3): "
            + "expected an amount (digits, optionally with a decimal point), found '274.1x'");
        e.Column.Should().Be(14);
    }

    [Fact]
    public void A_code_that_is_not_a_classification_code_is_an_error()
    {
        var line = LineOf("4\t2010301\t行政运行\t475.40\t475.40\t475.40");
        var lines = Sample.Lines.ToArray();
        lines[line - 1] = lines[line - 1].Replace("2010301", "2010", StringComparison.Ordinal);
        var act = () => DisclosureTextReader.Read(string.Join('\n', lines), Name);
        act.Should().Throw<DisclosureFormatException>()
            .WithMessage($"broken.txt:{line}:3: table '部门预算收入总表': expected a classification code, found '2010': *4 digits*");
    }

    [Fact]
    public void Text_that_is_not_a_disclosure_is_an_error()
    {
        var act = () => DisclosureTextReader.Read("Dear reader,\nthis is a letter.\n", Name);
        act.Should().Throw<DisclosureFormatException>()
            .WithMessage("broken.txt: no budget table and no 情况说明 section found: this is not the text of a disclosure");
    }

    [Fact]
    public void A_missing_file_is_an_error_not_a_crash()
    {
        var act = () => DisclosureTextReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "no-such-file.txt"));
        act.Should().Throw<DisclosureFormatException>().WithMessage("no-such-file.txt: cannot read the file: *");
    }

    [Fact]
    public void An_unrecognised_table_is_kept_and_listed_as_a_notice()
    {
        using var chinese = Localization.MessageLanguages.Use(Localization.MessageLanguage.Chinese); // a notice in the default wording
        var at = LineOf("## 部门预算收入总表");
        var lines = Sample.Lines.ToList();
        lines.InsertRange(at - 1, ["## 部门预算项目支出明细表", string.Empty, "单位：万元", string.Empty, "项目\t金额", "信息化建设项目\t26747.00", "信息化项目运维费\t37247.00", string.Empty]);
        var result = DisclosureTextReader.Read(string.Join('\n', lines), Name);
        var table = result.Document.Tables.Single(t => t.Kind == TableKind.Unrecognised);
        table.Title.Should().Be("部门预算项目支出明细表");
        table.Rows.Select(r => r.Label).Should().Equal("信息化建设项目", "信息化项目运维费");
        table.Cell(table.Rows[0], "金额").Number!.Value.ToString().Should().Be("26747.00");
        result.Notices.Should().Contain(n => n.Line == at
            && n.Message == "表“部门预算项目支出明细表”不是已知的表，按未识别的表保留，共 2 行");
        result.Document.Tables.Should().HaveCount(Sample.Import.Document.Tables.Length + 1);
    }

    [Fact]
    public void A_line_that_cannot_be_placed_is_a_notice_with_its_line_number()
    {
        using var chinese = Localization.MessageLanguages.Use(Localization.MessageLanguage.Chinese); // a notice in the default wording
        var at = LineOf("## 部门预算支出总表");
        var lines = Sample.Lines.ToList();
        lines.Insert(at - 1, "本页由系统自动生成");
        var result = DisclosureTextReader.Read(string.Join('\n', lines), Name);
        result.Notices.Should().Contain(n => n.Line == at && n.Message == "这一行不属于任何表或节，没有读取：“本页由系统自动生成”");
        result.Notices.Single(n => n.Line == at).ToString().Should().Be($"broken.txt:{at}: 这一行不属于任何表或节，没有读取：“本页由系统自动生成”");
        result.Document.Tables.Should().HaveCount(Sample.Import.Document.Tables.Length, "a notice never stops the import");
    }

    [Fact]
    public void A_row_wider_than_its_header_is_an_error()
    {
        var line = LineOf("4\t30102\t津贴补贴\t200.58");
        var lines = Sample.Lines.ToArray();
        lines[line - 1] += "\t\t999.00";
        var act = () => DisclosureTextReader.Read(string.Join('\n', lines), Name);
        act.Should().Throw<DisclosureFormatException>()
            .Which.Message.Should().StartWith($"broken.txt:{line}:").And.Contain("a value beyond the header's 6 columns: '999.00'");
    }
}
