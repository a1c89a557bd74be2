namespace GovBudget.Import.Pdf;

/// <summary>
/// One printed glyph as the layout stage sees it: what PDF extraction gives, and all that grouping letters into words,
/// cells, lines and tables uses, so that stage is a pure function of these and can be tested without a PDF.
/// </summary>
/// <param name="Value">The glyph's text (one character, sometimes a ligature).</param>
/// <param name="Left">The x where the glyph starts (PDF points, from the left edge).</param>
/// <param name="Right">The x where it ends.</param>
/// <param name="Baseline">The y of its baseline (PDF points, from the bottom edge).</param>
/// <param name="PointSize">The font size; 0 where the PDF does not say.</param>
internal readonly record struct PdfLetter(string Value, double Left, double Right, double Baseline, double PointSize)
{
    /// <summary>The size assumed for a glyph whose font size the PDF does not give (a common body size).</summary>
    public const double DefaultPointSize = 10;

    /// <summary>The font size, or <see cref="DefaultPointSize"/> where it is unknown.</summary>
    public double Size => PointSize > 0 ? PointSize : DefaultPointSize;
}
