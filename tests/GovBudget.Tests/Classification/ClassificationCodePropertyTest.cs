using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovBudget.Classification;

namespace GovBudget.Tests.Classification;

public sealed class ClassificationCodePropertyTest
{
    [Property(Arbitrary = [typeof(CodeTexts)])]
    public bool ParseThenToStringGivesTheTextBack(CodeText text) =>
        ClassificationCode.Parse(text.Value).ToString() == text.Value;

    [Property(Arbitrary = [typeof(CodeTexts)])]
    public bool OrderingIsTheOrdinalOrderOfTheDigits(CodeText a, CodeText b) =>
        Math.Sign(ClassificationCode.Parse(a.Value).CompareTo(ClassificationCode.Parse(b.Value)))
        == Math.Sign(string.CompareOrdinal(a.Value, b.Value));

    [Property(Arbitrary = [typeof(CodeTexts)])]
    public bool ContainsIsAPrefixTest(CodeText a, CodeText b) =>
        ClassificationCode.Parse(a.Value).Contains(ClassificationCode.Parse(b.Value))
        == b.Value.StartsWith(a.Value, StringComparison.Ordinal);

    [Property(Arbitrary = [typeof(CodeTexts)])]
    public bool ParentDropsTheLastTwoDigits(CodeText text)
    {
        var parent = ClassificationCode.Parse(text.Value).Parent;
        return text.Value.Length == 3 ? parent is null : parent?.ToString() == text.Value[..^2];
    }

    /// <summary>The digits of a valid code; a wrapper so that FsCheck uses <see cref="CodeTexts"/> and not any string.</summary>
    public sealed record CodeText(string Value)
    {
        public override string ToString() => Value;
    }

    public static class CodeTexts
    {
        public static Arbitrary<CodeText> Codes()
        {
            var gen =
                from lead in Gen.Elements('2', '3', '5')
                from length in lead == '2' ? Gen.Elements(3, 5, 7) : Gen.Elements(3, 5)
                from digits in Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), length - 1)
                select new CodeText(lead + new string(digits));
            return gen.ToArbitrary();
        }
    }
}
