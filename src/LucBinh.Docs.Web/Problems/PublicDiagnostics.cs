using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Localization;

namespace LucBinh.Docs.Web.Problems;

/// <summary>
/// Diagnostics as the API may show them to a caller: nothing about the server's inside. Text that came from an
/// exception or from Graph's error body (the arguments listed in <see cref="RawArguments"/>) is logged with the
/// request's trace id and replaced by "details in the server's log, request id …"; server folders in any argument are
/// cut off (a file in the local store becomes its store-relative path); the outbox notices of the CLI (PUB201/PUB202,
/// which name server folders and a command the caller cannot run) become the web's own (WEB022/WEB023). An answer holds
/// at most <see cref="WebOptions.MaxDiagnostics"/> diagnostics, errors first, then WEB018 counting the rest.
/// </summary>
public sealed class PublicDiagnostics
{
    /// <summary>Code → positions of arguments that carry an exception's or a remote service's own words.</summary>
    private static readonly Dictionary<string, int[]> RawArguments = new(StringComparer.Ordinal)
    {
        ["IO002"] = [1],
        ["IO003"] = [1],
        ["IO005"] = [1],
        ["PUB101"] = [0],
        ["PUB104"] = [0],
        ["PUB109"] = [1],
        ["PUB111"] = [2],
        ["PUB113"] = [1],
        ["PUB114"] = [0],
        ["PUB116"] = [0],
        ["PUB203"] = [1],
        ["WEB011"] = [1],
    };

    private readonly (string Root, bool StoreRelative)[] _serverFolders;
    private readonly int _max;
    private readonly ILogger<PublicDiagnostics> _log;

    public PublicDiagnostics(WebOptions web, PublishingOptions publishing, IHostEnvironment environment, ILogger<PublicDiagnostics> log)
    {
        ArgumentNullException.ThrowIfNull(web);
        ArgumentNullException.ThrowIfNull(publishing);
        ArgumentNullException.ThrowIfNull(environment);
        _log = log;
        _max = web.ResolvedMaxDiagnostics;
        var folders = new List<(string, bool)>();
        if (publishing.LocalFolder is { } local)
        {
            folders.Add((Path.GetFullPath(local), true));
        }

        foreach (var other in new[]
        {
            publishing.OutboxFolder, web.ResolvedWorkFolder, Path.GetTempPath(), environment.ContentRootPath,
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify),
        })
        {
            if (!string.IsNullOrEmpty(other))
            {
                folders.Add((Path.GetFullPath(other), false));
            }
        }

        // The longest first, so that a folder inside another (the work folder in the temp folder) is cut as itself.
        _serverFolders = [.. folders.Select(f => (f.Item1.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar), f.Item2)).Where(f => f.Item1.Length > 1).OrderByDescending(f => f.Item1.Length)];
    }

    /// <summary>The place a stored file is shown as: its path inside the local store, or only its name.</summary>
    public string StoreRelative(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return CutFolders(location);
    }

    /// <summary>The diagnostics as the caller may see them, at most the configured number, errors first when asked.</summary>
    public (IReadOnlyList<DiagnosticJson> Shown, int More) ToJson(IEnumerable<Diagnostic> diagnostics, UiLanguage language, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(context);
        var shown = new List<DiagnosticJson>();
        var more = 0;
        foreach (var diagnostic in diagnostics)
        {
            if (shown.Count >= _max)
            {
                more++;
                continue;
            }

            shown.Add(DiagnosticJson.From(Clean(diagnostic, context.TraceIdentifier), language));
        }

        if (more > 0)
        {
            shown.Add(DiagnosticJson.From(new Diagnostic(WebText.Catalog, "WEB018", DiagnosticSeverity.Warning, null, more), language));
        }

        return (shown, more);
    }

    public Diagnostic Clean(Diagnostic diagnostic, string traceId)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        switch (diagnostic.Code)
        {
            case "PUB201":
                return new Diagnostic(WebText.Catalog, "WEB022", diagnostic.Severity, null, diagnostic.Arguments.Count > 0 ? diagnostic.Arguments[0] : null);
            case "PUB202":
                PublicDiagnosticsLog.Replaced(_log, traceId, diagnostic.Code, diagnostic.Message(UiLanguage.English));
                return new Diagnostic(WebText.Catalog, "WEB023", diagnostic.Severity, null,
                    diagnostic.Arguments.Count > 2 && diagnostic.Arguments[2] is string path ? Path.GetFileName(path) : null);
        }

        var raw = RawArguments.GetValueOrDefault(diagnostic.Code) ?? [];
        var arguments = new object?[diagnostic.Arguments.Count];
        var changed = false;
        for (var i = 0; i < arguments.Length; i++)
        {
            var argument = diagnostic.Arguments[i];
            if (raw.Contains(i) && argument is not null)
            {
                arguments[i] = new SeeLog(traceId);
                changed = true;
            }
            else if (argument is string text && CutFolders(text) is var cut && !ReferenceEquals(cut, text))
            {
                arguments[i] = cut;
                changed = true;
            }
            else
            {
                arguments[i] = argument;
            }
        }

        // A file's place is its name (a stored file's: its place in the store), never the folder it is in on the server.
        var location = diagnostic.Location;
        if (location is FileLocation file && Path.IsPathRooted(file.Path))
        {
            var cut = CutFolders(file.Path);
            location = new FileLocation(Path.IsPathRooted(cut) || cut.StartsWith('…') ? Path.GetFileName(file.Path) : cut);
            changed = true;
        }

        if (!changed)
        {
            return diagnostic;
        }

        PublicDiagnosticsLog.Replaced(_log, traceId, diagnostic.Code, diagnostic.Message(UiLanguage.English));
        return new Diagnostic(diagnostic.Catalog, diagnostic.Code, diagnostic.Severity, location, arguments);
    }

    /// <summary>Every server folder in <paramref name="text"/> cut off; the same instance when there is none.</summary>
    private string CutFolders(string text)
    {
        var result = text;
        foreach (var (root, storeRelative) in _serverFolders)
        {
            var at = result.IndexOf(root, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + root.Length;
                var rest = end < result.Length && (result[end] == Path.DirectorySeparatorChar || result[end] == Path.AltDirectorySeparatorChar) ? end + 1 : end;
                var replacement = storeRelative ? string.Empty : "…/";
                result = string.Concat(result.AsSpan(0, at), replacement, result.AsSpan(rest));
                at = result.IndexOf(root, at + replacement.Length, StringComparison.Ordinal);
            }
        }

        return result == text ? text : result.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>An argument shown as "details in the server's log, request id …" in the caller's language.</summary>
    private sealed class SeeLog(string traceId) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) =>
            WebText.Detail("Text.SeeLog", formatProvider is System.Globalization.CultureInfo { TwoLetterISOLanguageName: "en" } ? UiLanguage.English : UiLanguage.Vietnamese, traceId);

        public override string ToString() => ToString(null, null);
    }
}

internal static partial class PublicDiagnosticsLog
{
    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "Request {TraceId}: {Code} shown without its details: {Message}")]
    public static partial void Replaced(ILogger logger, string traceId, string code, string message);
}
