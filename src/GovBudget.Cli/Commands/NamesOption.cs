using System.CommandLine;
using GovBudget.Documents;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Commands;

/// <summary><c>--names FILE</c> (repeatable): a region's wording added to the built-in names (docs/names.md).</summary>
internal static class NamesOption
{
    public static Option<string[]> Create() => new("--names")
    {
        Description = CliTexts.T("Help.Names"),
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>
    /// The built-in names with every file's added, in order; null when a file is missing or invalid, with one line per
    /// problem on <paramref name="stderr"/> naming the file (and line and column).
    /// </summary>
    public static DisclosureNames? Load(IReadOnlyList<string> paths, TextWriter stderr)
    {
        var names = DisclosureNames.Default;
        var ok = true;
        foreach (var path in paths)
        {
            try
            {
                names = names.With(DisclosureNames.Load(path));
            }
            catch (NamesFormatException e)
            {
                stderr.WriteLine(T("Err.Names", e.Message));
                ok = false;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(File.Exists(path)
                    ? T("Err.NamesCannotRead", path, DocumentLoader.OneLine(e.Message))
                    : T("Err.NamesNoSuchFile", path));
                ok = false;
            }
        }

        return ok ? names : null;
    }
}
