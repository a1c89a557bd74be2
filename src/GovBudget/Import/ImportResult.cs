using System.Collections.Immutable;
using GovBudget.Documents;

namespace GovBudget.Import;

/// <summary>A disclosure read from a source, with the notices the reader raised.</summary>
/// <param name="Document">The document.</param>
/// <param name="Notices">Lines the reader could not place and tables it did not recognise, in source order.</param>
public sealed record ImportResult(Disclosure Document, ImmutableArray<ImportNotice> Notices);
