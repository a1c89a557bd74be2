using System.Text;
using GovBudget.Inputs;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Parsing;
using GovBudget.Rules.Syntax;

namespace GovBudget.Rules.Packs;

/// <summary>
/// Reads rule files and their includes once each, collecting every problem before failing. Read from disk, an include
/// resolves against the including file's folder and must stay inside the folders the pack was loaded from, name a
/// <c>.rules</c> file and be a regular file: a rule pack from someone else cannot make GovBudget read /etc/shadow,
/// /dev/zero or a FIFO, and a refused file's content never reaches a message.
/// </summary>
internal sealed class RuleFileLoader(Func<string, string?> read, IReadOnlyList<string>? folders = null)
{
    /// <summary>The most rule files one pack may read, its includes counted.</summary>
    public const int MaxFiles = 1_000;

    /// <summary>The extension of rule files.</summary>
    public const string Extension = ".rules";

    /// <summary>The deepest chain of includes.</summary>
    public const int MaxIncludeDepth = 32;

    /// <summary>The largest rule file on disk in bytes (UTF-8 takes up to 4 per character of <see cref="RuleParser.MaxLength"/>).</summary>
    public const long MaxFileBytes = 4L * RuleParser.MaxLength;

    private readonly List<RuleDiagnostic> diagnostics = [];
    private readonly List<BoundRule> rules = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly List<string> sources = [];
    private readonly Dictionary<string, string> hashes = [];
    private int depth;

    /// <summary>A loader of files from disk, confined to the folders of <paramref name="paths"/> (a folder, or a file's folder).</summary>
    public static RuleFileLoader ForFolders(IEnumerable<string> paths) =>
        new(FileText, [.. paths.Select(p => Directory.Exists(p) ? Path.GetFullPath(p) : Path.GetDirectoryName(Path.GetFullPath(p)) ?? "/")
            .Select(Real)]);

    /// <summary>The rule files of a folder, in name order.</summary>
    /// <exception cref="RuleLoadException">The folder holds more than <see cref="MaxFiles"/> rule files.</exception>
    public static IReadOnlyList<string> FolderFiles(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*" + Extension, SearchOption.TopDirectoryOnly).Take(MaxFiles + 1).ToList();
        if (files.Count > MaxFiles)
        {
            throw new RuleLoadException([new RuleDiagnostic(new SourceSpan(folder, 1, 1),
                RuleTexts.T("Pack.FolderTooMany", MaxFiles))]);
        }

        return [.. files.Order(StringComparer.Ordinal)];
    }

    /// <summary>Reads, parses and binds one file, then its includes.</summary>
    public void Add(string file, SourceSpan? includedAt)
    {
        if (!seen.Add(file))
        {
            return; // each file is read once: diamonds and cycles of includes are harmless
        }

        var at = includedAt ?? new SourceSpan(file, 1, 1);
        if (depth > MaxIncludeDepth)
        {
            diagnostics.Add(new RuleDiagnostic(at, RuleTexts.T("Pack.IncludesTooDeep", MaxIncludeDepth)));
            return;
        }

        if (seen.Count > MaxFiles)
        {
            diagnostics.Add(new RuleDiagnostic(at, RuleTexts.T("Pack.IncludesTooMany", MaxFiles)));
            return;
        }

        string? text;
        try
        {
            text = read(file);
        }
        catch (InputFileException e)
        {
            diagnostics.Add(new RuleDiagnostic(at, RuleTexts.T(includedAt is null ? "Pack.FileUnreadable" : "Pack.IncludedUnreadable", file, e.Message)));
            return;
        }

        if (text is null)
        {
            diagnostics.Add(new RuleDiagnostic(at, RuleTexts.T(includedAt is null ? "Pack.NoFile" : "Pack.NoIncluded", file)));
            return;
        }

        RuleFileSyntax syntax;
        try
        {
            syntax = RuleParser.ParseFile(text, DisplayName(file));
        }
        catch (RuleLoadException e)
        {
            diagnostics.AddRange(e.Diagnostics);
            return;
        }

        sources.Add(file);
        hashes[file] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        depth++;
        foreach (var include in syntax.Includes)
        {
            if (Resolve(file, include) is { } target)
            {
                Add(target, include.Span);
            }
        }

        depth--;
        foreach (var rule in syntax.Rules)
        {
            if (Binder.Bind(rule, diagnostics) is { } bound)
            {
                rules.Add(bound);
            }
        }
    }

    /// <summary>The rules of every file added, the files, and each file's hash; or every problem found.</summary>
    /// <exception cref="RuleLoadException">Some file had problems.</exception>
    public (IReadOnlyList<BoundRule> Rules, IReadOnlyList<string> Sources, IReadOnlyDictionary<string, string> Hashes) Build()
    {
        var duplicate = rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var second = duplicate.Skip(1).First();
            diagnostics.Add(new RuleDiagnostic(second.Syntax.Span,
                RuleTexts.T("Pack.DuplicateId", duplicate.Key, duplicate.First().Syntax.Span)));
        }

        if (diagnostics.Count > 0)
        {
            throw new RuleLoadException([.. diagnostics]);
        }

        return ([.. rules], [.. sources], hashes);
    }

    // Files include relative to their own folder; embedded packs and text include each other by name.
    private string? Resolve(string file, NameSyntax include)
    {
        if (folders is null || !Path.IsPathRooted(file))
        {
            return include.Name;
        }

        if (!include.Name.EndsWith(Extension, StringComparison.Ordinal))
        {
            diagnostics.Add(new RuleDiagnostic(include.Span, RuleTexts.T("Pack.IncludeNotRules", include.Name, Extension)));
            return null;
        }

        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? ".", include.Name));
        var real = Real(target);
        if (!folders.Any(f => Inside(target, f) && Inside(real, f)))
        {
            diagnostics.Add(new RuleDiagnostic(include.Span,
                folders.Count == 1 ? RuleTexts.T("Pack.IncludeLeavesFolder", include.Name, folders[0]) : RuleTexts.T("Pack.IncludeLeavesFolders", include.Name)));
            return null;
        }

        return target;
    }

    private static bool Inside(string path, string folder) =>
        path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // The path with every symbolic link on it followed, so that a link inside the folder cannot point outside it.
    private static string Real(string path)
    {
        var root = Path.GetPathRoot(path) ?? "/";
        var current = root;
        foreach (var part in path[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = Path.GetFullPath(target.FullName);
            }
        }

        return current;
    }

    private static string? FileText(string path)
    {
        if (InputFile.KindOf(path) == FileKind.Missing)
        {
            return null;
        }

        var bytes = InputFile.ReadAllBytes(path, MaxFileBytes, RuleTexts.T("Pack.Limit"));
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static string DisplayName(string file)
    {
        if (!Path.IsPathRooted(file))
        {
            return file;
        }

        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
        return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative;
    }
}
