using System.Collections.Immutable;

namespace GovBudget.Import.Pdf;

/// <summary>One page as PDF extraction hands it to the layout stage: its size, its letters and how many images it has.</summary>
/// <param name="Number">The 1-based page number.</param>
/// <param name="Width">The page's width (PDF points).</param>
/// <param name="Height">The page's height (PDF points).</param>
/// <param name="Letters">Every letter the page's content draws, in drawing order.</param>
/// <param name="Images">The number of images on the page (a page with images and no letters is a scanned page).</param>
internal sealed record PdfPageLetters(int Number, double Width, double Height, ImmutableArray<PdfLetter> Letters, int Images = 0);
