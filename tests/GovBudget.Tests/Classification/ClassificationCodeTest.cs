using GovBudget.Classification;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Classification;

public sealed class ClassificationCodeTest : InEnglish
{
    [Theory]
    [InlineData("201", ClassificationScheme.Functional, CodeLevel.Class)]
    [InlineData("20103", ClassificationScheme.Functional, CodeLevel.Section)]
    [InlineData("2010301", ClassificationScheme.Functional, CodeLevel.Item)]
    [InlineData("301", ClassificationScheme.DepartmentEconomic, CodeLevel.Class)]
    [InlineData("30101", ClassificationScheme.DepartmentEconomic, CodeLevel.Section)]
    [InlineData("501", ClassificationScheme.GovernmentEconomic, CodeLevel.Class)]
    [InlineData("50101", ClassificationScheme.GovernmentEconomic, CodeLevel.Section)]
    public void ParseInfersTheSchemeFromTheFirstDigit(string text, ClassificationScheme scheme, CodeLevel level)
    {
        var code = ClassificationCode.Parse(text);

        code.Scheme.Should().Be(scheme);
        code.Level.Should().Be(level);
        code.Length.Should().Be(text.Length);
        code.ToString().Should().Be(text);
        code.IsDefault.Should().BeFalse();
        ClassificationCode.Parse(text, scheme).Should().Be(code);
    }

    [Fact]
    public void ValueIsTheCodeAsANumber()
    {
        ClassificationCode.Parse("2010301").Value.Should().Be(2010301);
        ClassificationCode.Parse("20103").Value.Should().Be(20103);
        ClassificationCode.Parse("201").Value.Should().Be(201);
    }

    [Theory]
    [InlineData("2010", ClassificationScheme.Functional, "2010 is not a functional code: it has 4 digits; 类/款/项 have 3/5/7")]
    [InlineData("20", ClassificationScheme.Functional, "20 is not a functional code: it has 2 digits; 类/款/项 have 3/5/7")]
    [InlineData("3010101", ClassificationScheme.DepartmentEconomic, "3010101 is not a departmental economic code: it has 7 digits; 类/款 have 3/5")]
    [InlineData("5010", ClassificationScheme.GovernmentEconomic, "5010 is not a government economic code: it has 4 digits; 类/款 have 3/5")]
    [InlineData("30101", ClassificationScheme.Functional, "30101 is not a functional code: functional codes start with 2")]
    [InlineData("20101", ClassificationScheme.DepartmentEconomic, "20101 is not a departmental economic code: departmental economic codes start with 3")]
    [InlineData("30101", ClassificationScheme.GovernmentEconomic, "30101 is not a government economic code: government economic codes start with 5")]
    [InlineData("2010a", ClassificationScheme.Functional, "2010a is not a classification code: codes are digits only")]
    [InlineData("", ClassificationScheme.Functional, "a classification code cannot be empty")]
    [InlineData("201030101", ClassificationScheme.Functional, "201030101 is not a classification code: it has 9 digits; 类/款/项 have 3/5/7")]
    public void ParseWithSchemeRejectsWithAMessageSayingWhatWasExpected(string text, ClassificationScheme scheme, string message)
    {
        var parse = () => ClassificationCode.Parse(text, scheme);

        parse.Should().Throw<FormatException>().WithMessage(message);
        ClassificationCode.TryParse(text, scheme, out var code, out var error).Should().BeFalse();
        error.Should().Be(message);
        code.IsDefault.Should().BeTrue();
    }

    [Theory]
    [InlineData("2010", "2010 is not a functional code: it has 4 digits; 类/款/项 have 3/5/7")]
    [InlineData("30101010", "30101010 is not a classification code: it has 8 digits; 类/款/项 have 3/5/7")]
    [InlineData("40101", "40101 is not a classification code: functional codes start with 2, departmental economic codes with 3, government economic codes with 5")]
    [InlineData("２０１", "２０１ is not a classification code: codes are digits only")]
    [InlineData(" 201", " 201 is not a classification code: codes are digits only")]
    public void ParseRejectsWithAMessageSayingWhatWasExpected(string text, string message)
    {
        var parse = () => ClassificationCode.Parse(text);

        parse.Should().Throw<FormatException>().WithMessage(message);
        ClassificationCode.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void TryParseOfNullFails()
    {
        ClassificationCode.TryParse(null, out var code, out var error).Should().BeFalse();
        error.Should().Be("a classification code cannot be empty");
        code.IsDefault.Should().BeTrue();
    }

    [Fact]
    public void ParentDropsTheLastLevel()
    {
        var item = ClassificationCode.Parse("2010301");

        item.Parent.Should().Be(ClassificationCode.Parse("20103"));
        item.Parent!.Value.Parent.Should().Be(ClassificationCode.Parse("201"));
        ClassificationCode.Parse("201").Parent.Should().BeNull();
        ClassificationCode.Parse("30101").Parent.Should().Be(ClassificationCode.Parse("301"));
    }

    [Fact]
    public void AncestorsGoFromTheClassDownAndExcludeTheCode()
    {
        ClassificationCode.Parse("2010301").Ancestors.Should().Equal(
            ClassificationCode.Parse("201"), ClassificationCode.Parse("20103"));
        ClassificationCode.Parse("30113").Ancestors.Should().Equal(ClassificationCode.Parse("301"));
        ClassificationCode.Parse("221").Ancestors.Should().BeEmpty();
    }

    [Fact]
    public void ContainsIsTrueForTheCodeAndItsDescendantsOnly()
    {
        var section = ClassificationCode.Parse("20103");

        section.Contains(section).Should().BeTrue();
        section.Contains(ClassificationCode.Parse("2010301")).Should().BeTrue();
        section.Contains(ClassificationCode.Parse("201")).Should().BeFalse();
        section.Contains(ClassificationCode.Parse("2010401")).Should().BeFalse();
        section.Contains(ClassificationCode.Parse("20104")).Should().BeFalse();
        ClassificationCode.Parse("201").Contains(ClassificationCode.Parse("2019901")).Should().BeTrue();
        ClassificationCode.Parse("201").Contains(ClassificationCode.Parse("2020101")).Should().BeFalse();
    }

    [Fact]
    public void ContainsDoesNotCrossSchemes()
    {
        // 201 and 301 differ only in the first digit, which is the scheme.
        ClassificationCode.Parse("201").Contains(ClassificationCode.Parse("30101")).Should().BeFalse();
    }

    [Fact]
    public void IsChildOfMeansTheDirectParentOnly()
    {
        var item = ClassificationCode.Parse("2010301");

        item.IsChildOf(ClassificationCode.Parse("20103")).Should().BeTrue();
        item.IsChildOf(ClassificationCode.Parse("201")).Should().BeFalse();
        item.IsChildOf(item).Should().BeFalse();
        ClassificationCode.Parse("201").IsChildOf(default).Should().BeFalse();
    }

    [Fact]
    public void CodesOrderAsTheCatalogPrintsThem()
    {
        var codes = new[] { "202", "20102", "2010101", "30101", "201", "20101", "50101", "301", "2010199" }
            .Select(ClassificationCode.Parse)
            .ToList();

        codes.Sort();

        codes.Select(c => c.ToString()).Should().Equal(
            "201", "20101", "2010101", "2010199", "20102", "202", "301", "30101", "50101");
    }

    [Fact]
    public void OperatorsAgreeWithCompareTo()
    {
        var a = ClassificationCode.Parse("2010301");
        var b = ClassificationCode.Parse("20104");

        (a < b).Should().BeTrue();
        (a <= b).Should().BeTrue();
        (b > a).Should().BeTrue();
        (b >= a).Should().BeTrue();
        (a == ClassificationCode.Parse("2010301")).Should().BeTrue();
        (a != b).Should().BeTrue();
        a.CompareTo(a).Should().Be(0);
    }

    [Fact]
    public void EqualCodesHaveEqualHashCodes()
    {
        var a = ClassificationCode.Parse("20103");
        var b = ClassificationCode.Parse("20103", ClassificationScheme.Functional);

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals(ClassificationCode.Parse("201")).Should().BeFalse();
    }

    [Fact]
    public void DefaultValueIsNoCode()
    {
        ClassificationCode code = default;

        code.IsDefault.Should().BeTrue();
        code.Length.Should().Be(0);
        code.Value.Should().Be(0);
        code.ToString().Should().BeEmpty();
        code.Parent.Should().BeNull();
        code.Ancestors.Should().BeEmpty();
        code.Contains(ClassificationCode.Parse("201")).Should().BeFalse();
        code.Invoking(c => c.Scheme).Should().Throw<InvalidOperationException>();
        code.Invoking(c => c.Level).Should().Throw<InvalidOperationException>();
        code.Should().BeLessThan(ClassificationCode.Parse("201"));
    }

    [Theory]
    [InlineData("2010", "2010 不是功能分类编码：它有 4 位；类/款/项为 3/5/7 位")]
    [InlineData("30102x", "30102x 不是科目编码：编码只含数字")]
    [InlineData("401", "401 不是科目编码：功能分类编码以 2 开头，部门经济分类编码以 3 开头，政府经济分类编码以 5 开头")]
    public void Why_a_code_is_not_one_is_said_in_chinese_by_default(string text, string error)
    {
        using var chinese = Localization.MessageLanguages.Use(Localization.MessageLanguage.Chinese);
        ClassificationCode.TryParse(text, out _, out var why).Should().BeFalse();
        why.Should().Be(error);
    }
}
