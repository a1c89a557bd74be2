using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace GovBudget.Import.Pdf;

/// <summary>
/// PdfPig's filters with a cap on what one stream may decode to. A FlateDecode bomb (1 MB that inflates to gigabytes)
/// is measured by inflating it into a small buffer first, so it is refused before PdfPig allocates its output; every
/// other filter's output is checked after it ran (their output is bounded by their input within a small factor).
/// </summary>
internal sealed class CappedFilterProvider(IFilterProvider inner) : IFilterProvider
{
    /// <summary>The most one stream of a PDF may decode to (a real disclosure's largest, an embedded CJK font, is ~10 MB).</summary>
    public const int MaxDecodedBytes = 64 * 1024 * 1024;

    /// <summary>
    /// The most a page's content (or a form's) may decode to. Every byte can be a glyph PdfPig builds an object for (5
    /// million glyphs took 2.1 GB); the largest page of the real disclosures is 119 KB.
    /// </summary>
    public const int MaxContentBytes = 2 * 1024 * 1024;

    /// <summary>PdfPig's own filters, capped.</summary>
    public static CappedFilterProvider Default { get; } = new(DefaultFilterProvider.Instance);

    /// <inheritdoc/>
    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Capped(inner.GetFilters(dictionary));

    /// <inheritdoc/>
    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Capped(inner.GetNamedFilters(names));

    /// <inheritdoc/>
    public IReadOnlyList<IFilter> GetAllFilters() => Capped(inner.GetAllFilters());

    /// <summary>Whether the stream's only filter is FlateDecode.</summary>
    public static bool IsFlate(DictionaryToken dictionary) =>
        dictionary.TryGet(NameToken.Filter, out var filter)
        && (filter is NameToken { Data: "FlateDecode" } || filter is ArrayToken { Data: [NameToken { Data: "FlateDecode" }] });

    /// <summary>Whether zlib data inflates without an error (read through, within the page cap).</summary>
    public static bool Inflates(Memory<byte> data) => CappedFilter.Inflated(data, MaxContentBytes) >= 0;

    private static IReadOnlyList<IFilter> Capped(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => f as CappedFilter ?? new CappedFilter(f))];

    private sealed class CappedFilter(IFilter inner) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            var text = IsText(streamDictionary);
            var cap = text ? MaxContentBytes : MaxDecodedBytes;
            if (inner is FlateFilter && Inflated(input, cap) > cap)
            {
                throw TooLarge(text, cap);
            }

            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            return output.Length > cap ? throw TooLarge(text, cap) : output;
        }

        // A page's content stream, or a form's, carries only /Length, /Filter and /DecodeParms (a form says /Subtype /Form);
        // fonts, images, colour profiles, object and cross-reference streams say what they are.
        private static bool IsText(DictionaryToken d) =>
            (!d.TryGet(NameToken.Subtype, out var subtype) || subtype is NameToken { Data: "Form" })
            && !d.ContainsKey(NameToken.Type) && !d.ContainsKey(NameToken.Length1) && !d.ContainsKey(NameToken.Length2)
            && !d.ContainsKey(NameToken.Create("Length3")) && !d.ContainsKey(NameToken.N) && !d.ContainsKey(NameToken.Width);

        private static InvalidDataException TooLarge(bool text, int cap) => text
            ? new($"a page's content decodes to more than {cap:N0} bytes (millions of glyphs?); a page's content may decode to at most {cap:N0}")
            : new($"a stream decodes to more than {cap:N0} bytes (a decompression bomb?); a PDF stream may decode to at most {cap:N0}");

        // How many bytes the zlib data inflates to, counted up to just past the cap; -1 for data that cannot be inflated
        // (left to PdfPig's own filter, which reads it as nothing).
        internal static long Inflated(Memory<byte> input, int cap)
        {
            if (input.Length < 3)
            {
                return input.Length == 0 ? 0 : -1;
            }

            var scratch = new byte[64 * 1024];
            long total = 0;
            try
            {
                using var deflate = new DeflateStream(new MemoryStream(input[2..].ToArray(), writable: false), CompressionMode.Decompress);
                int read;
                while ((read = deflate.Read(scratch, 0, scratch.Length)) > 0 && total <= cap)
                {
                    total += read;
                }
            }
            catch (InvalidDataException)
            {
                return -1;
            }

            return total;
        }
    }
}
