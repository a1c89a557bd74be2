using GovBudget.Catalog;

namespace GovBudget.Tests.Catalog;

/// <summary>
/// Issue 15 item 3: a catalog or crosswalk file's load errors are worded in Chinese by default, like every other load
/// error, still naming the file and line (the English wording is asserted in <see cref="CatalogCsvFormatTest"/> and
/// <see cref="CodeCrosswalkTests"/>).
/// </summary>
public sealed class CatalogErrorsInChineseTests
{
    private const string Header = "code,name,level,parent\n";

    private const string CrosswalkHeader = "code,name,since,new_code,new_name,source\n";

    [Theory]
    [InlineData("", "functional.csv:1: 文件是空的：应有表头 code,name,level,parent[,source]")]
    [InlineData("code,name\n", "functional.csv:1: 应有表头 code,name,level,parent[,source]，读到“code,name”")]
    [InlineData(Header + "201,,1,\n", "functional.csv:2: 201 没有名称：应写出科目名称")]
    [InlineData(Header + "201,一般公共服务支出,A,\n", "functional.csv:2: 应为 201 的级次（1/2/3 或 类/款/项），读到“A”")]
    [InlineData(Header + "201,一般公共服务支出,2,\n", "functional.csv:2: 级次 2 与 201 不符：3 位编码是第 1 级（类）")]
    [InlineData(Header + "201,一般公共服务支出,1,2\n", "functional.csv:2: 类 201 没有上级科目，读到“2”")]
    [InlineData(Header + "201,一般公共服务支出,1,\n20103,政府办公厅（室）及相关机构事务,2,\n", "functional.csv:3: 应写出 20103 的上级科目（201），读到空白")]
    [InlineData(Header + "201,一般公共服务支出,1,\n20103,政府办公厅（室）及相关机构事务,2,202\n", "functional.csv:3: 202 不是 20103 的上级科目：应为 201")]
    [InlineData(Header + "201,一般公共服务支出,1,\n201,一般公共服务支出,1,\n", "functional.csv:3: 201 列了两次：第一次在第 2 行")]
    [InlineData(Header + "20103,政府办公厅（室）及相关机构事务,2,201\n", "functional.csv:2: 20103 的上级科目 201 不在目录中")]
    [InlineData(Header + "201,一般公共服务支出,1\n", "functional.csv:2: 应有 4 列（code,name,level,parent），读到 3 列")]
    [InlineData(Header + "2010,名称,2,201\n", "functional.csv:2: 2010 不是功能分类编码：它有 4 位；类/款/项为 3/5/7 位")]
    public void A_catalog_error_is_in_chinese_by_default(string text, string message)
    {
        var load = () => ClassificationCatalog.Load(new StringReader(text), "functional.csv");

        load.Should().Throw<CatalogFormatException>().Which.Message.Should().Be(message);
    }

    [Fact]
    public void A_code_listed_twice_in_two_files_names_the_first_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("govbudget-catalog-").FullName;
        try
        {
            var a = Path.Combine(folder, "a.csv");
            var b = Path.Combine(folder, "b.csv");
            File.WriteAllText(a, Header + "301,工资福利支出,1,\n");
            File.WriteAllText(b, Header + "30101,基本工资,2,301\n301,工资福利支出,1,\n");

            var load = () => ClassificationCatalog.Load([a, b]);

            load.Should().Throw<CatalogFormatException>().Which.Message.Should().Be("b.csv:3: 301 列了两次：第一次在a.csv:2");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("", "x.csv:1: 文件是空的：应有表头 code,name,since,new_code,new_name,source")]
    [InlineData(CrosswalkHeader + "210,医疗卫生与计划生育支出,19年,210,卫生健康支出,s\n", "x.csv:2: 应为 210 变更起始的版本（年份，如 2019），读到“19年”")]
    [InlineData(CrosswalkHeader + "210,医疗卫生与计划生育支出,2019,21001,卫生健康支出,s\n", "x.csv:2: 21001 不能接替 210：改名不改变分类和级次")]
    [InlineData(CrosswalkHeader + "210,卫生健康支出,2019,210,卫生健康支出,s\n", "x.csv:2: 210 卫生健康支出 改名为其自身")]
    [InlineData(CrosswalkHeader + "210,医疗卫生与计划生育支出,2019,210,卫生健康支出,\n", "x.csv:2: 210 的变更缺少 source 列的值")]
    [InlineData(CrosswalkHeader + "\n210,a,2019,210,b,s\n210,a,2019,210,c,s\n", "x.csv:4: 210 a → 210（2019 年）列了两次：第一次在第 3 行")]
    public void A_crosswalk_error_is_in_chinese_by_default(string text, string message)
    {
        var read = () => CodeCrosswalk.Read(new StringReader(text), "x.csv");

        read.Should().Throw<CatalogFormatException>().Which.Message.Should().Be(message);
    }
}
