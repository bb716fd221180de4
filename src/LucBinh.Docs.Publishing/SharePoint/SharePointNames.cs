using System.Globalization;
using System.Text;

namespace LucBinh.Docs.Publishing.SharePoint;

/// <summary>
/// Makes folder and file names valid for SharePoint Online while keeping Vietnamese text, composed to NFC
/// (OneDrive treats NFC and NFD as one name, but lookups of decomposed names can fail). Rules from "Restrictions and
/// limitations in OneDrive and SharePoint" and the addressing doc (graph-notes §9): no <c>" * : &lt; &gt; ? / \ |</c>,
/// no leading/trailing spaces, no trailing dot, no leading <c>~</c>, no reserved names, no <c>_vti_</c>, no
/// <c>forms</c> folder at the library root, names ≤ 255 and the decoded server-relative path ≤ 400 characters.
/// <c>#</c> and <c>%</c> are allowed (SharePoint Online supports them). Guarded by SharePointNamesTests.
/// </summary>
public static class SharePointNames
{
    public const int MaxPathLength = 400;
    public const int MaxNameLength = 255;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        ".lock", "CON", "PRN", "AUX", "NUL", "desktop.ini",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>One folder or file name made valid; <paramref name="atLibraryRoot"/> forbids a folder named <c>forms</c>.</summary>
    public static string Segment(string name, bool isFolder = false, bool atLibraryRoot = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            switch (c)
            {
                case '"':
                    text.Append('\'');
                    break;
                case '<':
                    text.Append('(');
                    break;
                case '>':
                    text.Append(')');
                    break;
                case '?':
                    break;
                case '*' or ':' or '/' or '\\' or '|':
                    text.Append('-');
                    break;
                default:
                    text.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        var result = CollapseSpaces(text.ToString()).Replace("_vti_", "vti_", StringComparison.OrdinalIgnoreCase);
        // No leading "~$" (Office lock files) nor "~", no leading spaces, no trailing dots or spaces.
        result = result.TrimStart(' ');
        while (result.StartsWith('~'))
        {
            result = result.StartsWith("~$", StringComparison.Ordinal) ? result[2..] : result[1..];
            result = result.TrimStart(' ');
        }

        result = result.TrimEnd(' ', '.');
        if (result.Length == 0)
        {
            return "_";
        }

        var (stem, extension) = isFolder ? (result, string.Empty) : Split(result);
        if (Reserved.Contains(result) || Reserved.Contains(stem) || (isFolder && atLibraryRoot && result.Equals("forms", StringComparison.OrdinalIgnoreCase)))
        {
            stem += "_";
        }

        return Fit(stem, extension, MaxNameLength);
    }

    /// <summary>A '/'-separated folder path, each segment made valid; empty segments dropped.</summary>
    public static string FolderPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join('/', segments.Select((s, i) => Segment(s, isFolder: true, atLibraryRoot: i == 0)));
    }

    /// <summary>Shortens the stem of a file name so that it is at most <paramref name="maxLength"/> long, keeping the extension.</summary>
    public static string Fit(string stem, string extension, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(stem);
        ArgumentNullException.ThrowIfNull(extension);
        var room = maxLength - extension.Length;
        if (stem.Length <= room)
        {
            return stem + extension;
        }

        if (room <= 0)
        {
            return stem + extension;
        }

        // Cut on a text element boundary so that a surrogate pair or a combining mark is never split.
        var cut = 0;
        var elements = StringInfo.GetTextElementEnumerator(stem);
        while (elements.MoveNext() && elements.ElementIndex + elements.GetTextElement().Length <= room)
        {
            cut = elements.ElementIndex + elements.GetTextElement().Length;
        }

        return stem[..cut].TrimEnd(' ', '.') + extension;
    }

    /// <summary>Stem and extension (with its dot); a leading dot is not an extension.</summary>
    public static (string Stem, string Extension) Split(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var dot = fileName.LastIndexOf('.');
        return dot <= 0 ? (fileName, string.Empty) : (fileName[..dot], fileName[dot..]);
    }

    private static string CollapseSpaces(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == ' ' && result.Length > 0 && result[^1] == ' ')
            {
                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
