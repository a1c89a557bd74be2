using System.Collections.Immutable;
using GovBudget.Documents;

namespace GovBudget.Import.Pdf;

/// <summary>A value column of a page's table: its leaf header (name and position) and the spanning header above it.</summary>
/// <param name="Name">The leaf header without spaces (合计, 基本支出).</param>
/// <param name="Header">The leaf header cell, whose x range locates the column.</param>
/// <param name="Group">The spanning header above it, or null.</param>
internal sealed record PdfColumnSlot(string Name, PdfCell Header, string? Group);
