using GovBudget.Import;
using GovBudget.Serialization;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Serialization;

/// <summary>
/// 300 deterministic mutations of the sample's JSON (a character deleted, duplicated or replaced by one of
/// <c>{}[]",:0n\</c>, or the text cut short): each reads, or fails with a located <see cref="DisclosureFormatException"/>,
/// never with any other exception.
/// </summary>
public sealed class DisclosureJsonMutationTests
{
    private const string Replacements = "{}[]\",:0n\\";

    [Fact]
    public void Every_mutation_reads_or_is_a_located_format_error()
    {
        var json = DisclosureJson.Serialize(Sample.Import.Document);
        var rng = new Random(20261203);
        var failures = new List<string>();
        var located = 0;
        for (var n = 0; n < 300; n++)
        {
            var at = rng.Next(json.Length);
            var (operation, mutated) = rng.Next(4) switch
            {
                0 => ("delete", json.Remove(at, 1)),
                1 => ("duplicate", json.Insert(at, json[at].ToString())),
                2 => ("replace", string.Concat(json.AsSpan(0, at), Replacements[rng.Next(Replacements.Length)].ToString(), json.AsSpan(at + 1))),
                _ => ("truncate", json[..at]),
            };
            try
            {
                DisclosureJson.Deserialize(mutated);
            }
            catch (DisclosureFormatException e) when (e.Line > 0 && e.Column is not null && e.Message.StartsWith("<json>:", StringComparison.Ordinal))
            {
                located++;
                if (e.Message.Contains("Exception", StringComparison.Ordinal) || e.Message.Contains("Parameter", StringComparison.Ordinal))
                {
                    failures.Add($"#{n} {operation} at {at}: leaks: {e.Message}");
                }
            }
#pragma warning disable CA1031 // the test reports whatever else escapes
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Add($"#{n} {operation} at {at}: {e.GetType().Name}: {e.Message}");
            }
        }

        failures.Should().BeEmpty();
        located.Should().BeGreaterThan(100, "most mutations break the JSON or the document");
    }
}
