using GovBudget.Amounts;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Amounts;

public sealed class AmountTest : InEnglish
{
    [Theory]
    [InlineData("65559.38", 655593800L, 2)]
    [InlineData("873,617.00", 8736170000L, 2)]
    [InlineData("31,214,205.80", 312142058000L, 2)]
    [InlineData("6.2", 62000L, 1)]
    [InlineData("63994.00", 639940000L, 2)]
    [InlineData("877080", 8770800000L, 0)]
    [InlineData("87.7080", 877080L, 4)]
    [InlineData("-0.05", -500L, 2)]
    [InlineData("  1265.48 ", 12654800L, 2)]
    public void ParseReadsTheValueAndKeepsThePrintedScale(string text, long raw, int scale)
    {
        var amount = Amount.Parse(text);

        amount.Raw.Should().Be(raw);
        amount.Scale.Should().Be(scale);
    }

    [Theory]
    [InlineData("6.2", "6.2")]
    [InlineData("63994.00", "63994.00")]
    [InlineData("873,617.00", "873617.00")]
    [InlineData("0.95", "0.95")]
    [InlineData("-0.05", "-0.05")]
    [InlineData("877080", "877080")]
    [InlineData("31,214,205.80", "31214205.80")]
    [InlineData("22,826,756.00", "22826756.00")]
    [InlineData("429496.7296", "429496.7296")]
    public void ToStringPrintsTheAmountAsItWasPrinted(string text, string printed)
    {
        Amount.Parse(text).ToString().Should().Be(printed);
    }

    [Fact]
    public void ToDecimalKeepsValueAndScaleOfLargeAmounts()
    {
        // More than 2^32 hundredths: the decimal is built from the low and middle 32-bit words.
        var amount = Amount.Parse("-98,765,432.10");

        amount.ToDecimal().Should().Be(-98765432.10m);
        amount.ToDecimal().Scale.Should().Be(2);
    }

    [Fact]
    public void EqualityIsNumericWhateverTheScale()
    {
        Amount.Parse("6.2").Should().Be(Amount.Parse("6.20"));
        (Amount.Parse("6.2") == Amount.Parse("6.20")).Should().BeTrue();
        Amount.Parse("6.2").GetHashCode().Should().Be(Amount.Parse("6.20").GetHashCode());
        (Amount.Parse("6.21") > Amount.Parse("6.2")).Should().BeTrue();
        Amount.Parse("0").Should().Be(Amount.Zero);
    }

    [Fact]
    public void SumsAreExactAndKeepTheLargerScale()
    {
        // 0.1 + 0.2 is not 0.3 in binary floating point; here it is.
        var sum = Amount.Parse("0.1") + Amount.Parse("0.2");
        sum.Should().Be(Amount.Parse("0.3"));
        sum.ToString().Should().Be("0.3");

        // The Putuo 2025 total: 31,214,205.80 = 25,121,091.00 + 6,093,114.80.
        var total = Amount.Parse("25,121,091.00") + Amount.Parse("6,093,114.80");
        total.Should().Be(Amount.Parse("31,214,205.80"));
        total.ToString().Should().Be("31214205.80");

        (Amount.Parse("6.2") + Amount.Parse("1.05")).ToString().Should().Be("7.25");
        (Amount.Parse("6.2") - Amount.Parse("1.05")).ToString().Should().Be("5.15");
        (-Amount.Parse("1.05")).ToString().Should().Be("-1.05");
        Amount.Parse("-1.05").Abs().ToString().Should().Be("1.05");
    }

    [Fact]
    public void SumOfManyTableRowsIsExact()
    {
        // The Shijiazhuang 2023 收入总表: the 类 rows add up to the 合计 65559.38.
        var rows = new[] { "1265.48", "123.70", "74.20", "63994.00", "102.00" }.Select(Amount.Parse);

        rows.Aggregate(Amount.Zero, (a, b) => a + b).Should().Be(Amount.Parse("65559.38"));
    }

    [Fact]
    public void ConvertingYuanToTenThousandYuanIsExactWhenItFits()
    {
        var wan = Amount.Parse("873617.00").Convert(MoneyUnit.Yuan, MoneyUnit.TenThousandYuan);

        wan.Should().Be(Amount.Parse("87.3617"));
        wan.ToString().Should().Be("87.3617");
    }

    [Fact]
    public void ConvertingTenThousandYuanToYuanIsExact()
    {
        var yuan = Amount.Parse("87.36").Convert(MoneyUnit.TenThousandYuan, MoneyUnit.Yuan);

        yuan.Should().Be(Amount.Parse("873600"));
        yuan.ToString().Should().Be("873600");
        Amount.Parse("0.95").Convert(MoneyUnit.TenThousandYuan, MoneyUnit.Yuan).ToString().Should().Be("9500");
        Amount.Parse("3121.4205").Convert(MoneyUnit.TenThousandYuan, MoneyUnit.Yuan).ToString().Should().Be("31214205");
    }

    [Fact]
    public void ConvertingToALargerUnitFailsWhenMoreThanFourDecimalsWouldResult()
    {
        Amount.Parse("6.2").TryConvert(MoneyUnit.Yuan, MoneyUnit.TenThousandYuan, out _).Should().BeFalse();

        var convert = () => Amount.Parse("6.2").Convert(MoneyUnit.Yuan, MoneyUnit.TenThousandYuan);
        convert.Should().Throw<ArgumentException>()
            .WithMessage("6.2 元 is not exactly representable in 万元 with 4 decimals");
    }

    [Fact]
    public void ConvertingYuanToHundredMillionYuan()
    {
        Amount.Parse("31214205.80").TryConvert(MoneyUnit.Yuan, MoneyUnit.HundredMillionYuan, out _).Should().BeFalse();
        Amount.Parse("123450000").Convert(MoneyUnit.Yuan, MoneyUnit.HundredMillionYuan).ToString().Should().Be("1.2345");
    }

    [Fact]
    public void ConvertingAnAmountTooLargeForTheSmallerUnitFails()
    {
        // 9 × 10^14 亿元 is beyond int64 in ten-thousandths of a 元.
        var huge = Amount.Parse("900000000000000");

        huge.TryConvert(MoneyUnit.HundredMillionYuan, MoneyUnit.Yuan, out _).Should().BeFalse();
        huge.Invoking(a => a.Convert(MoneyUnit.HundredMillionYuan, MoneyUnit.Yuan)).Should().Throw<ArgumentException>()
            .WithMessage("900000000000000 亿元 is too large to express in 元");
    }

    [Fact]
    public void RoundingIsHalfAwayFromZero()
    {
        // The Putuo 2025 narrative: 877,080 元 is 87.7080 万元, which prints as 87.71 万元.
        var wan = Amount.Parse("877080").Convert(MoneyUnit.Yuan, MoneyUnit.TenThousandYuan);
        wan.ToString().Should().Be("87.7080");
        wan.Round(2).ToString().Should().Be("87.71");

        Amount.Parse("873617.00").Convert(MoneyUnit.Yuan, MoneyUnit.TenThousandYuan).Round(2).ToString().Should().Be("87.36");
        Amount.Parse("0.125").Round(2).ToString().Should().Be("0.13");
        Amount.Parse("-0.125").Round(2).ToString().Should().Be("-0.13");
        Amount.Parse("0.135").Round(2).ToString().Should().Be("0.14");
        Amount.Parse("2.5").Round(0).ToString().Should().Be("3");
        Amount.Parse("-2.5").Round(0).ToString().Should().Be("-3");
        Amount.Parse("2.4999").Round(0).ToString().Should().Be("2");
    }

    [Fact]
    public void RoundRejectsAnImpossibleNumberOfDecimals()
    {
        Amount.Parse("1.5").Invoking(a => a.Round(5)).Should().Throw<ArgumentOutOfRangeException>();
        Amount.Parse("1.5").Invoking(a => a.Round(-1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("", "expected an amount, found nothing")]
    [InlineData("   ", "expected an amount, found nothing")]
    [InlineData("abc", "expected an amount (digits, optionally with a decimal point), found 'abc'")]
    [InlineData("12a", "expected an amount (digits, optionally with a decimal point), found '12a'")]
    [InlineData("1.2.3", "expected an amount (digits, optionally with a decimal point), found '1.2.3'")]
    [InlineData("-", "expected an amount (digits, optionally with a decimal point), found '-'")]
    [InlineData(".5", "expected an amount (digits, optionally with a decimal point), found '.5'")]
    [InlineData(",100", "expected an amount (digits, optionally with a decimal point), found ',100'")]
    [InlineData("100,", "expected an amount (digits, optionally with a decimal point), found '100,'")]
    [InlineData("12.", "expected digits after the decimal point in '12.'")]
    [InlineData("1.23456", "the amount '1.23456' has more than 4 decimals")]
    [InlineData("99999999999999999999", "the amount '99999999999999999999' is too large: the largest amount is 922337203685477.5807")]
    [InlineData("999999999999999.99", "the amount '999999999999999.99' is too large: the largest amount is 922337203685477.5807")]
    public void MalformedTextIsRejectedWithAMessage(string text, string message)
    {
        Amount.TryParse(text, out var amount, out var error).Should().BeFalse();
        error.Should().Be(message);
        amount.Should().Be(Amount.Zero);

        var parse = () => Amount.Parse(text);
        parse.Should().Throw<FormatException>().WithMessage(message);
    }

    [Fact]
    public void FromRawChecksTheScale()
    {
        Amount.FromRaw(62000, 1).ToString().Should().Be("6.2");
        var tooPrecise = () => Amount.FromRaw(62001, 1);
        tooPrecise.Should().Throw<ArgumentOutOfRangeException>();
        var badScale = () => Amount.FromRaw(1, 5);
        badScale.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void FromDecimalKeepsTheScale()
    {
        Amount.FromDecimal(63994.00m).ToString().Should().Be("63994.00");
        Amount.FromDecimal(1.500000m).ToString().Should().Be("1.5");
        var tooPrecise = () => Amount.FromDecimal(1.23456m);
        tooPrecise.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void DefaultValueIsZeroWithScaleZero()
    {
        Amount amount = default;

        amount.Raw.Should().Be(0);
        amount.Scale.Should().Be(0);
        amount.ToString().Should().Be("0");
    }

    [Theory]
    [InlineData("12,65")]
    [InlineData("655,59.38")]
    [InlineData("6555,9.38")]
    [InlineData("1234,567.00")]
    [InlineData("1,2345")]
    [InlineData("1,234,56")]
    public void Misplaced_thousands_separators_are_an_error_not_another_number(string text)
    {
        // Issue 11: '12,65' was read as 1265.
        Amount.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().Be($"the thousands separators in '{text}' are misplaced; expected groups of three digits (1,265.00)");
    }

    [Theory]
    [InlineData("1,265", 12650000L)]
    [InlineData("12,650.5", 126505000L)]
    [InlineData("123,456,789.01", 1234567890100L)]
    public void Thousands_separators_in_groups_of_three_are_read(string text, long raw)
    {
        Amount.Parse(text).Raw.Should().Be(raw);
    }

    [Theory]
    [InlineData("1.0x", "应为金额（数字，可带小数点），读到“1.0x”")]
    [InlineData("1.00001", "金额“1.00001”的小数超过 4 位")]
    [InlineData("1,26,5.00", "“1,26,5.00”中的千分位分隔符位置不对；应每三位一组（1,265.00）")]
    public void Why_a_text_is_not_an_amount_is_said_in_chinese_by_default(string text, string error)
    {
        using var chinese = Localization.MessageLanguages.Use(Localization.MessageLanguage.Chinese);
        Amount.TryParse(text, out _, out var why).Should().BeFalse();
        why.Should().Be(error);
    }
}
