using GovBudget.Import.Pdf;
using static GovBudget.Tests.Import.Pdf.HandPlacedPage;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// Places a 收支预算总表 with the geometry of the Jiangsu 2017 人大常委会办公厅's (9 pt, 收入 | 支出·功能分类 |
/// 支出·支出用途) at line pitch p: the real pages' x positions, a cell's lines one pitch apart, rows 2.14 pitches from
/// the last line of the row above; a continuation page starts 750.7 points up, as the real ones do.
/// </summary>
internal sealed class DoubleSpacedSummaryPages
{
    private const double Top = 593.1;
    private readonly double pitch;
    private readonly double rowGap;
    private readonly List<List<PdfTextLine>> pages = [];
    private double y;

    public DoubleSpacedSummaryPages(double pitch)
    {
        this.pitch = pitch;
        rowGap = 2.14 * pitch;
        pages.Add(
        [
            Line(679.6, 26.1, ("2017年收支预算总表", 200, 392)),
            Line(636.4, 9.0, ("部门：", 86, 113), ("某办公厅", 155, 191), ("单位：万元", 457, 502)),
            Line(Top, 9.0, ("收入", 132, 150), ("支出", 363, 381)),
            Line(Top - rowGap, 9.0, ("功能分类", 272, 308), ("支出用途", 428, 464)),
            Line(Top - rowGap - (1.07 * pitch), 9.0, ("项目名", 81, 108)),
            Line(Top - rowGap - (2.07 * pitch), 9.0, ("金额", 160, 178), ("功能科目名", 228, 273)),
            Line(Top - rowGap - (3.07 * pitch), 9.0, ("称", 81, 90), ("金额", 316, 334), ("项目名称", 379, 415), ("金额", 470, 488)),
            Line(Top - rowGap - (4.07 * pitch), 9.0, ("称", 237, 246)),
        ]);
        y = Top - rowGap - (4.07 * pitch) - rowGap;
    }

    /// <summary>One row: its lines from the top, one pitch apart (an empty line prints nothing).</summary>
    public void Row(params (string Text, double Left, double Right)[][] lines)
    {
        foreach (var cells in lines)
        {
            if (cells.Length > 0)
            {
                pages[^1].Add(Line(Math.Round(y, 1), 9.0, cells));
            }

            y -= pitch;
        }

        y += pitch - rowGap;
    }

    /// <summary>Goes on on a new page, with no header printed again.</summary>
    public void NewPage()
    {
        pages.Add([]);
        y = 750.7;
    }

    public PdfTextLine[][] Pages => [.. pages.Select(p => p.ToArray())];
}
