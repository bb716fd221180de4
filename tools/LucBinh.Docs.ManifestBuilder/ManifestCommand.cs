namespace LucBinh.Docs.ManifestBuilder;

/// <summary>The builder's command line: writes (or with <c>--check</c> compares) the manifests and icons.</summary>
public static class ManifestCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var options = Parse(args);
            var root = RepoRoot();
            var envPath = options.GetValueOrDefault("--env", "dev");
            AddinEnvironment env;
            if (options.TryGetValue("--base-url", out var baseUrl))
            {
                env = AddinEnvironment.Create(
                    options.GetValueOrDefault("--name", "custom"),
                    baseUrl,
                    options.TryGetValue("--client-id", out var id) ? id : throw new ArgumentException("--client-id is required with --base-url."));
            }
            else
            {
                var path = File.Exists(envPath) ? envPath : Path.Combine(root, "addin-manifest", "environments", envPath + ".json");
                env = AddinEnvironment.Load(path);
                if (options.TryGetValue("--client-id", out var id))
                {
                    env = AddinEnvironment.Create(env.Name, env.BaseUrl.AbsoluteUri, id);
                }
            }

            var outDir = options.GetValueOrDefault("--out", Path.Combine(root, "addin-manifest", env.Name));
            var check = options.ContainsKey("--check");
            var stale = Apply(ManifestFiles.For(env), outDir, check, output);
            if (!options.ContainsKey("--no-icons"))
            {
                stale += Apply(AddinIcons.WebAssets(), Path.Combine(root, "src", "LucBinh.Docs.Web", "wwwroot"), check, output);
            }

            if (check && stale > 0)
            {
                error.WriteLine($"{stale} generated file(s) are out of date: run the builder without --check and commit.");
                return 1;
            }

            return 0;
        }
        catch (Exception e) when (e is ArgumentException or IOException or System.Text.Json.JsonException)
        {
            error.WriteLine(e.Message);
            return 2;
        }
    }

    private static int Apply(IReadOnlyDictionary<string, byte[]> files, string folder, bool check, TextWriter output)
    {
        var stale = 0;
        foreach (var (relative, bytes) in files)
        {
            var path = Path.Combine(folder, relative);
            var same = File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
            if (same)
            {
                continue;
            }

            stale++;
            if (check)
            {
                output.WriteLine("out of date: " + path);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            output.WriteLine("wrote " + path);
        }

        return stale;
    }

    private static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--check" or "--no-icons")
            {
                options[name] = "true";
            }
            else if (name is "--env" or "--base-url" or "--client-id" or "--name" or "--out" && i + 1 < args.Length)
            {
                options[name] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unknown or incomplete option '{name}'. Options: --env NAME|FILE, --base-url URL --client-id GUID [--name N], --out DIR, --no-icons, --check.");
            }
        }

        return options;
    }

    /// <summary>The folder holding LucBinh.Docs.sln, found upward from the current directory.</summary>
    public static string RepoRoot()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LucBinh.Docs.sln")))
            {
                return folder.FullName;
            }
        }

        throw new IOException("Run the builder inside the repository (LucBinh.Docs.sln not found above the current folder).");
    }
}
