namespace LucBinh.Docs.Templating.Includes;

/// <summary>
/// Where the blocks a template includes are found (issue 13): the template's own folder on the command line
/// (<see cref="FolderTemplateIncludes"/>), a dictionary in the web host and in tests (<see cref="InMemoryTemplateIncludes"/>).
/// The engine has already checked the path (<see cref="IncludePath"/>) and bounds what it reads from the stream by
/// <see cref="TemplateLimits"/> before anything is parsed.
/// </summary>
public interface ITemplateIncludes
{
    /// <summary>Opens the block stored at <paramref name="path"/>; null when there is none.</summary>
    /// <param name="path">
    /// Relative to the includes' root, <c>/</c>-separated, already normalised and checked: no <c>..</c>, no rooted path,
    /// no drive, no character Windows forbids, ending in <c>.docx</c>; e.g. <c>khoi/dau-van-ban.docx</c>.
    /// </param>
    /// <exception cref="IncludeRefusedException">The path leads outside the root (a link pointing elsewhere).</exception>
    /// <exception cref="IOException">The block exists but cannot be read.</exception>
    Stream? Open(string path);
}

/// <summary>A resolver refuses a block's path: it would read outside the folder it serves.</summary>
public sealed class IncludeRefusedException(string message) : Exception(message);

/// <summary>
/// Blocks read from a folder and its subfolders, never outside it: paths are checked by <see cref="IncludePath"/>,
/// the full path must stay under <see cref="Root"/>, and no folder or file on the way may be a link.
/// </summary>
public sealed class FolderTemplateIncludes : ITemplateIncludes
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public FolderTemplateIncludes(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    /// <summary>The folder served, as a full path.</summary>
    public string Root { get; }

    public Stream? Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, PathComparison))
        {
            throw new IncludeRefusedException(path);
        }

        // A link on the way could lead anywhere on the machine: refuse every one below the root.
        var current = Root;
        foreach (var segment in path.Split('/'))
        {
            current = Path.Combine(current, segment);
            var info = Directory.Exists(current) ? (FileSystemInfo)new DirectoryInfo(current) : new FileInfo(current);
            if (!info.Exists)
            {
                return null;
            }

            if (info.LinkTarget is not null)
            {
                throw new IncludeRefusedException(path);
            }
        }

        return File.Exists(full) ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete) : null;
    }
}

/// <summary>Blocks held in memory by path (the web host's template library, tests); paths compare ignoring case.</summary>
public sealed class InMemoryTemplateIncludes : ITemplateIncludes
{
    private readonly Dictionary<string, byte[]> _blocks = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="blocks">Each block's bytes by its path (<c>khoi/dau-van-ban.docx</c>), checked as include paths are.</param>
    /// <exception cref="ArgumentException">A path an include tag could never name (rooted, <c>..</c> above the root…).</exception>
    public InMemoryTemplateIncludes(IEnumerable<KeyValuePair<string, byte[]>> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        foreach (var (path, content) in blocks)
        {
            if (IncludePath.Resolve(string.Empty, path) is not { Path: { } normalized })
            {
                throw new ArgumentException("Not a block path: " + path, nameof(blocks));
            }

            _blocks[normalized] = content;
        }
    }

    public Stream? Open(string path) =>
        _blocks.TryGetValue(path, out var content) ? new MemoryStream(content, writable: false) : null;
}
