using FsCheck;
using FsCheck.Fluent;
using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.Import.Pdf;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import.Pdf.Generated;

/// <summary>
/// The round trip over generated pages: a known disclosure (the sample's tables, and generated departments') printed as
/// positioned letters in every combination of the layout classes, read back by the layout stage, gives the original
/// tables exactly, with no sign of an uncertain reading.
/// </summary>
public sealed class GeneratedPagesTests
{
    // Cases per run: each prints a whole disclosure (a cover and one or more pages per table), 500+ pages in all.
    private const int Cases = 90;
    private const int MinimumPages = 500;

    // Of those, the 基本支出表s printed as blocks side by side (about two cases in three ask for blocks), and the
    // two-sided tables (two a disclosure), of which the 收支总表s with two 支出 lists (about one case in two).
    private const int MinimumBlockTables = 30;
    private const int MinimumTwoSidedTables = 150;
    private const int MinimumThreeListTables = 30;

    // Of the two-sided tables, those printed with every cell centred on its row (about one case in two).
    private const int MinimumCentredTables = 60;

    // The widest name column the centred two-sided class is drawn with (a two-sided table's is at least 8 letters).
    private const int MaxCentredNameEms = 10;

    [Fact]
    public void The_samples_tables_printed_plainly_read_back_exactly()
    {
        var (pages, tables) = Print(GeneratedLayout.Plain, Source.Sample);

        var read = PdfLayoutStage.Read(pages, "generated.pdf");

        Compare(read.Document, tables, GeneratedLayout.Plain);
    }

    [Theory]
    [InlineData("Captioned", "Joined", true)]
    [InlineData("Captioned", "Spaced", true)]
    [InlineData("Captioned", "Joined", false)]
    [InlineData("OwnColumns", "Spaced", false)]
    public void The_samples_basic_expenditure_printed_in_blocks_side_by_side_reads_back_exactly(string blocks, string codes, bool split)
    {
        // 12 rows a page: each block goes on over the next page under the header printed again.
        var layout = GeneratedLayout.Plain with
        {
            Blocks = Enum.Parse<SideBySide>(blocks), Codes = Enum.Parse<CodePrint>(codes), SplitLargerGroup = split, RowsPerPage = 12, Continued = Continuation.HeaderAgain,
        };
        var (pages, tables) = Print(layout, Source.Sample);

        var read = PdfLayoutStage.Read(pages, "generated.pdf");

        tables.Should().Contain(t => t.Kind == TableKind.GeneralBudgetBasicExpenditure && t.Rows.Any(r => r.Label == "公用经费合计"));
        Compare(read.Document, tables, layout);
        read.Notices.Should().Contain(n => n.Message.Contains($"分 {(split ? 3 : 2)} 栏并排印出", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("One", "RowsOnly", 30)]
    [InlineData("One", "HeaderAgain", 6)]
    [InlineData("FunctionAndPurpose", "TitleAndHeaderAgain", 8)]
    [InlineData("FunctionAndPurpose", "RowsOnly", 5)]
    public void The_samples_two_sided_tables_printed_side_by_side_read_back_exactly(string lists, string continued, int nameEms)
    {
        // 12 rows a page: both tables go on over the next pages; a name column of 5 to 8 letters wraps most names.
        var layout = GeneratedLayout.Plain with
        {
            Lists = Enum.Parse<ExpenditureLists>(lists), Continued = Enum.Parse<Continuation>(continued), NameEms = nameEms, RowsPerPage = 12, Thousands = true,
        };
        var (pages, tables) = Print(layout, Source.Sample);

        var read = PdfLayoutStage.Read(pages, "generated.pdf");

        var summary = tables.Should().ContainSingle(t => t.Kind == TableKind.IncomeExpenditureSummary).Subject;
        summary.Columns.Count(SummaryPurposeList.IsPurpose).Should().Be(lists == "One" ? 0 : 1);
        summary.Rows.Should().Contain(r => r.Side == TableSide.Expenditure && r.Label == "二十、住房保障支出");
        tables.Should().Contain(t => t.Kind == TableKind.FiscalAppropriationSummary);
        Compare(read.Document, tables, layout);
    }

    [Fact]
    public void Every_layout_class_reads_back_the_tables_it_printed()
    {
        var printed = 0;
        var inBlocks = 0;
        var twoSided = 0;
        var threeLists = 0;
        var centred = 0;
        var property = Prop.ForAll(Cases_().ToArbitrary(), c =>
        {
            var (pages, tables) = Print(c.Layout, c.Source);
            printed += pages.Count;
            inBlocks += tables.Count(t => t.Rows.Any(r => r.Label == "公用经费合计"));
            twoSided += tables.Count(t => t.Kind.IsTwoSided);
            threeLists += tables.Count(t => t.Columns.Any(SummaryPurposeList.IsPurpose));
            centred += c.Layout.FiguresBetweenLines ? tables.Count(t => t.Kind.IsTwoSided) : 0;
            var read = PdfLayoutStage.Read(pages, "generated.pdf");
            Compare(read.Document, tables, c.Layout);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithReplay(0x5EED, 0x1235), property);

        printed.Should().BeGreaterThanOrEqualTo(MinimumPages);
        inBlocks.Should().BeGreaterThanOrEqualTo(MinimumBlockTables, "a 基本支出表 printed in blocks side by side is one of the layouts");
        twoSided.Should().BeGreaterThanOrEqualTo(MinimumTwoSidedTables, "收支总表 and 财政拨款收支总表 are printed two-sided");
        threeLists.Should().BeGreaterThanOrEqualTo(MinimumThreeListTables, "a 收支总表 with two 支出 lists is one of the layouts");
        centred.Should().BeGreaterThanOrEqualTo(MinimumCentredTables, "a two-sided table with every cell centred on its row is one of the layouts");
    }

    internal static void Compare(Disclosure read, IReadOnlyList<BudgetTable> tables, GeneratedLayout layout)
    {
        read.Tables.Select(t => t.Kind).Should().Equal(tables.Select(t => t.Kind), layout.ToString());
        for (var i = 0; i < tables.Count; i++)
        {
            TableShould.Equal(read.Tables[i], tables[i], layout);
            read.Tables[i].PreparedBy.Should().Be(read.Department.Name, $"'{tables[i].Title}' prints its 编制部门 line under its title ({layout})");
        }
    }

    internal static (IReadOnlyList<PdfPageLetters> Pages, List<BudgetTable> Tables) Print(GeneratedLayout layout, Source source)
    {
        var document = source.Seed is int seed ? DatasetGenerator.Generate(1, seed, 0, 1).Dataset.Departments[0].ToDisclosure() : Sample.Import.Document;
        var tables = document.Tables.Where(Printable)
            .Select(t => BasicExpenditureGroups.Regrouped(t, document.Kind, layout.Blocks))
            .Select(t => SummaryPurposeList.Added(t, document, layout.Lists)).ToList();
        var pages = new DisclosureRenderer(layout).Render(document.Department.Name, document.Year.Year, document.Kind, tables);
        return (pages, tables);
    }

    // The renderer prints tables of amounts, one-sided or two-sided. A table with rows but no figure at all is left out:
    // with no figure to start the body, its names cannot be told from a header's without the printed rules.
    private static bool Printable(BudgetTable t) =>
        t.Rows.Any(r => r.Cells.Any(c => !c.IsBlank)) && t.Columns.All(c => (c.Side == TableSide.None) != t.Kind.IsTwoSided && c.Type == ColumnType.Amount);

    private static Gen<Case> Cases_() =>
        from layout in Layouts()
        from source in Gen.OneOf(Gen.Constant(Source.Sample), Gen.Choose(1, 10_000).Select(s => new Source(s)))
        select new Case(layout, source);

    private static Gen<GeneratedLayout> Layouts() =>
        from size in Gen.Elements(7.5, 8.0, 9.0, 10.0, 10.5, 12.0)
        // A two-sided table with every cell centred on its row, a wrapped label's lines two pitches apart and the row's
        // figures (or the other side's one-line label) on the pitch between: the Jiangsu 2017 class (FiguresBetweenLines).
        from between in Gen.Elements(false, true)
        // Name columns from 4 letters (names wrapped over three lines and more) to 30, gaps between columns from 2
        // letters to 10 (a group's name then stands in a gap between its columns), from 2 rows a page (pages of
        // names with no figure, under the header printed again or not) to 60. Each class once misread is replayed in
        // GeneratedLayoutClassesTests. The centred class is drawn with the narrow name columns Jiangsu 2017 prints it
        // with (8 to 10 letters on a two-sided table; the 人大常委会办公厅's are 7, the 检察院's 收入 names 6): with wider
        // ones a table may wrap one label and centre none on a line of figures, and a label's two lines (two pitches
        // apart) are then no different from two rows (2.14 pitches) — left out as ambiguous.
        from nameEms in between ? Gen.Choose(4, MaxCentredNameEms) : Gen.Choose(4, 30)
        from gap in Gen.Choose(2, 10)
        from codes in Gen.Elements(CodePrint.Joined, CodePrint.Spaced)
        from rows in Gen.Choose(2, 60)
        from continued in Gen.Elements(Continuation.RowsOnly, Continuation.HeaderAgain, Continuation.TitleAndHeaderAgain)
        from flags in Gen.Choose(0, 255)
        from blocks in Gen.Elements(SideBySide.None, SideBySide.Captioned, SideBySide.OwnColumns)
        // The 支出 side of a 收支总表 as one list or two (功能分类 | 支出用途).
        from lists in Gen.Elements(ExpenditureLists.One, ExpenditureLists.FunctionAndPurpose)
        select new GeneratedLayout(size, nameEms, gap, codes, rows, continued,
            UnitOnOwnLine: (flags & 1) != 0, WrappedTitle: (flags & 2) != 0, Thousands: (flags & 4) != 0,
            SerialNumbers: (flags & 8) != 0, PageNumbers: (flags & 16) != 0,
            Wrap: (flags & 32) != 0 ? WrapAmounts.LastLine : WrapAmounts.FirstLine, Landscape: (flags & 64) != 0,
            Blocks: blocks, SplitLargerGroup: (flags & 128) != 0, Lists: lists, FiguresBetweenLines: between);

    /// <summary>The disclosure printed: the sample, or a generated department.</summary>
    internal sealed record Source(int? Seed)
    {
        public static Source Sample { get; } = new((int?)null);

        public override string ToString() => Seed is int s ? $"generated department (seed {s})" : "the sample";
    }

    internal sealed record Case(GeneratedLayout Layout, Source Source);
}
