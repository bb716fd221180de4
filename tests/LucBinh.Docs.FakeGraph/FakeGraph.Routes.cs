using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using LucBinh.Docs.Publishing.SharePoint;

namespace LucBinh.Docs.FakeGraph;

public sealed partial class FakeGraph
{
    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create("\"*:<>?/\\|");

    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ".lock", "CON", "PRN", "AUX", "NUL", "desktop.ini", "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
        "COM8", "COM9", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    private Reply Dispatch(FakeRequest r, Fault? fault)
    {
        if (r.Route == RouteClass.Upload)
        {
            return UploadRoute(r, fault);
        }

        if (r.Path.StartsWith("/_download/", StringComparison.Ordinal))
        {
            return Download(r);
        }

        var key = r.Method + " " + r.Path;
        if (!r.Path.StartsWith("/v1.0/", StringComparison.Ordinal))
        {
            Violation(key, "request outside /v1.0");
            return Error(400, "invalidRequest", "Unrouted: " + key);
        }

        var auth = r.Headers.TryGetValue("Authorization", out var a) ? a : string.Empty;
        if (RequireAuth)
        {
            if (!auth.StartsWith("Bearer ", StringComparison.Ordinal) || auth.Length <= 7)
            {
                Violation(key, "Graph request without a bearer token");
                return Error(401, "InvalidAuthenticationToken", "Access token is empty.");
            }

            lock (_gate)
            {
                TokensSeen.Add(auth[7..]);
            }
        }

        lock (_gate)
        {
            var path = r.Path["/v1.0".Length..];
            if (path.StartsWith("/sites/", StringComparison.Ordinal))
            {
                return SiteRoute(r, fault, path["/sites/".Length..]);
            }

            if (path.StartsWith("/drives/", StringComparison.Ordinal))
            {
                return DriveRoute(r, fault, path["/drives/".Length..]);
            }

            Violation(key, "unrouted Graph request");
            return Error(400, "invalidRequest", "Unrouted: " + key);
        }
    }

    // S1–S3
    private Reply SiteRoute(FakeRequest r, Fault? fault, string rest)
    {
        var listsAt = rest.IndexOf("/lists", StringComparison.Ordinal);
        if (listsAt > 0 && rest.IndexOf(':', StringComparison.Ordinal) < 0)
        {
            var owner = Sites.FirstOrDefault(s => s.Id == rest[..listsAt]);
            return owner is null ? Error(404, "itemNotFound", "Requested site could not be found") : ListRoute(r, fault, owner, rest[(listsAt + 1)..]);
        }

        if (r.Method != "GET")
        {
            return Unrouted(r);
        }

        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var host = rest[..colon];
            var sitePath = rest[(colon + 1)..].TrimEnd(':').TrimEnd('/');
            var byPath = Sites.FirstOrDefault(s => s.Host.Equals(host, StringComparison.OrdinalIgnoreCase) && s.Path.Equals(sitePath, StringComparison.OrdinalIgnoreCase));
            return byPath is null ? Error(404, "itemNotFound", "Requested site could not be found") : new Reply(200, SiteJson(byPath));
        }

        var parts = rest.Split('/');
        var site = Sites.FirstOrDefault(s => s.Id == parts[0] || (parts.Length == 1 && s.Host == parts[0] && s.Path.Length == 0));
        if (site is null)
        {
            return Error(404, "itemNotFound", "Requested site could not be found");
        }

        return parts.Length switch
        {
            1 => new Reply(200, SiteJson(site)),
            2 when parts[1] == "drive" => new Reply(200, DriveJson(site.Drives[0], null)),
            2 when parts[1] == "drives" => new Reply(200, new JsonObject { ["value"] = new JsonArray([.. site.Drives.Select(d => (JsonNode)DriveJson(d, Select(r)))]) }),
            _ => Unrouted(r),
        };
    }

    // D1–D3, children, delete, content, listItem, createLink
    private Reply DriveRoute(FakeRequest r, Fault? fault, string rest)
    {
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var driveId = slash < 0 ? rest : rest[..slash];
        var drive = Sites.SelectMany(s => s.Drives).FirstOrDefault(d => d.Id == driveId);
        if (drive is null)
        {
            return Error(404, "itemNotFound", "The drive could not be found.");
        }

        rest = slash < 0 ? string.Empty : rest[(slash + 1)..];

        // list/items/{li}/fields
        if (rest.StartsWith("list/items/", StringComparison.Ordinal))
        {
            var parts = rest.Split('/');
            var target = AllItems(drive.Root).FirstOrDefault(i => i.ListItemId.ToString(CultureInfo.InvariantCulture) == parts[2]);
            return target is null ? Error(404, "itemNotFound", "The list item could not be found.")
                : parts.Length == 4 && parts[3] == "fields" && r.Method == "PATCH" ? PatchFields(r, fault, drive, target) : Unrouted(r);
        }

        // Addressing: root | root:/path[:][/suffix] | items/{id}[/suffix] | items/{id}:/path[:][/suffix]
        FakeItem? baseItem;
        string remainder;
        if (rest == "root" || rest.StartsWith("root:", StringComparison.Ordinal) || rest.StartsWith("root/", StringComparison.Ordinal))
        {
            baseItem = drive.Root;
            remainder = rest["root".Length..];
        }
        else if (rest.StartsWith("items/", StringComparison.Ordinal))
        {
            var after = rest["items/".Length..];
            var end = after.IndexOfAny([':', '/']);
            var id = end < 0 ? after : after[..end];
            baseItem = id == "root" || id == drive.Root.Id ? drive.Root : AllItems(drive.Root).FirstOrDefault(i => i.Id == id);
            remainder = end < 0 ? string.Empty : after[end..];
            if (baseItem is null)
            {
                return Error(404, "itemNotFound", "The resource could not be found.");
            }
        }
        else
        {
            return Unrouted(r);
        }

        string? itemPath = null;
        var suffix = remainder;
        if (remainder.StartsWith(':'))
        {
            // ":/a/b.docx" | ":/a/b.docx:" | ":/a/b.docx:/content"
            var inner = remainder[1..];
            var close = inner.IndexOf(':', StringComparison.Ordinal);
            itemPath = (close < 0 ? inner : inner[..close]).TrimStart('/');
            suffix = close < 0 ? string.Empty : inner[(close + 1)..];
        }

        if (itemPath is not null)
        {
            if (CheckPath(r, drive, baseItem, itemPath) is { } invalid)
            {
                return invalid;
            }

            switch (suffix)
            {
                case "/content" when r.Method == "PUT":
                    return PutContent(r, drive, baseItem, itemPath);
                case "/createUploadSession" when r.Method == "POST":
                    return CreateSession(r, fault, drive, baseItem, itemPath);
                case "/children" when r.Method == "GET":
                    return ListChildren(r, drive, Resolve(baseItem, itemPath));
                case "" when r.Method == "GET":
                    var found = Resolve(baseItem, itemPath);
                    return found is null ? Error(404, "itemNotFound", "The resource could not be found.") : new Reply(200, ItemJson(drive, found, Select(r)));
                default:
                    return Unrouted(r);
            }
        }

        return (r.Method, suffix) switch
        {
            ("GET", "") => new Reply(200, ItemJson(drive, baseItem, Select(r))),
            ("DELETE", "") => DeleteItem(baseItem),
            ("PUT", "/content") => ReplaceContent(r, drive, baseItem),
            ("GET", "/content") => PdfRedirect(r, baseItem),
            ("POST", "/children") => CreateChild(r, drive, baseItem),
            ("GET", "/children") => ListChildren(r, drive, baseItem),
            ("POST", "/createUploadSession") => CreateSessionForItem(r, drive, baseItem),
            ("GET", "/listItem") => new Reply(200, ListItemJson(drive, baseItem)),
            ("PATCH", "/listItem/fields") => PatchFields(r, fault, drive, baseItem),
            ("POST", "/createLink") => CreateLink(r, drive, baseItem),
            _ => Unrouted(r),
        };
    }

    private Reply Unrouted(FakeRequest r)
    {
        Violation(r.Method + " " + r.Path, "unrouted request (did the SDK's URL change?)");
        return Error(400, "invalidRequest", $"Unrouted: {r.Method} {r.Path}");
    }

    /// <summary>Names must be NFC, without forbidden characters or forms, and the decoded path ≤ 400 characters.</summary>
    private Reply? CheckPath(FakeRequest r, FakeDrive drive, FakeItem baseItem, string itemPath)
    {
        foreach (var segment in itemPath.Split('/'))
        {
            if (NameProblem(segment) is { } problem)
            {
                Violation(r.Method + " " + r.Path, $"invalid name '{segment}': {problem}");
                return Error(400, "invalidRequest", "The provided name contains invalid characters.", "invalidPath");
            }
        }

        var full = Uri.UnescapeDataString(new Uri(drive.WebUrl).AbsolutePath) + "/" + (baseItem.Parent is null ? string.Empty : baseItem.PathFromRoot + "/") + itemPath;
        if (full.Length > SharePointNames.MaxPathLength)
        {
            Violation(r.Method + " " + r.Path, $"path of {full.Length} characters exceeds 400");
            return Error(400, "invalidRequest", "The path is too long.", "invalidPath");
        }

        return null;
    }

    internal static string? NameProblem(string name)
    {
        if (name.Length == 0)
        {
            return "empty";
        }

        if (!name.IsNormalized(NormalizationForm.FormC))
        {
            return "not NFC";
        }

        if (name.IndexOfAny(Forbidden) >= 0)
        {
            return "forbidden character";
        }

        if (name.Any(char.IsControl))
        {
            return "control character";
        }

        if (name.StartsWith(' ') || name.EndsWith(' ') || name.EndsWith('.') || name.StartsWith('~'))
        {
            return "leading/trailing space, trailing dot or leading ~";
        }

        var stem = name.LastIndexOf('.') > 0 ? name[..name.LastIndexOf('.')] : name;
        if (ReservedNames.Contains(name) || ReservedNames.Contains(stem) || name.Contains("_vti_", StringComparison.OrdinalIgnoreCase))
        {
            return "reserved name";
        }

        return name.Length > SharePointNames.MaxNameLength ? "longer than 255" : null;
    }

    private static FakeItem? Resolve(FakeItem from, string path)
    {
        var item = from;
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            item = item.Children.FirstOrDefault(c => FakeItem.SameName(c.Name, segment));
            if (item is null)
            {
                return null;
            }
        }

        return item;
    }

    private static IEnumerable<FakeItem> AllItems(FakeItem root)
    {
        foreach (var child in root.Children)
        {
            yield return child;
            foreach (var deeper in AllItems(child))
            {
                yield return deeper;
            }
        }
    }

    private static HashSet<string>? Select(FakeRequest r)
    {
        foreach (var part in r.Query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && Uri.UnescapeDataString(part[..eq]) == "$select")
            {
                return [.. Uri.UnescapeDataString(part[(eq + 1)..]).Split(',')];
            }
        }

        return null;
    }

    private static string? QueryValue(FakeRequest r, string name)
    {
        foreach (var part in r.Query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && Uri.UnescapeDataString(part[..eq]) == name)
            {
                return Uri.UnescapeDataString(part[(eq + 1)..]);
            }
        }

        return null;
    }

    private static JsonObject SiteJson(FakeSite site) => new()
    {
        ["id"] = site.Id,
        ["name"] = site.Path.Split('/')[^1],
        ["displayName"] = site.Path.Split('/')[^1],
        ["webUrl"] = site.WebUrl,
        ["siteCollection"] = new JsonObject { ["hostname"] = site.Host },
    };

    private static JsonObject DriveJson(FakeDrive drive, HashSet<string>? select)
    {
        var all = new JsonObject
        {
            ["id"] = drive.Id,
            ["name"] = drive.Name,
            ["webUrl"] = drive.WebUrl,
            ["driveType"] = "documentLibrary",
            ["description"] = string.Empty,
        };
        return Project(all, select);
    }

    private static JsonObject Project(JsonObject all, HashSet<string>? select)
    {
        if (select is null)
        {
            return all;
        }

        var result = new JsonObject();
        foreach (var (name, value) in all)
        {
            if (select.Contains(name))
            {
                result[name] = value?.DeepClone();
            }
        }

        return result;
    }

    private JsonObject ItemJson(FakeDrive drive, FakeItem item, HashSet<string>? select = null)
    {
        var json = new JsonObject
        {
            ["id"] = item.Id,
            ["name"] = item.Name,
            ["size"] = item.IsFolder ? AllItems(item).Where(i => !i.IsFolder).Sum(i => (long)i.Content.Length) : item.Content.LongLength,
            ["webUrl"] = drive.WebUrl + (item.Parent is null ? string.Empty : "/" + string.Join('/', item.PathFromRoot.Split('/').Select(Uri.EscapeDataString))),
            ["eTag"] = $"\"{{{item.Id}}},{item.Version}\"",
            ["createdDateTime"] = item.Created.ToString("O", CultureInfo.InvariantCulture),
            ["lastModifiedDateTime"] = item.Modified.ToString("O", CultureInfo.InvariantCulture),
            ["parentReference"] = new JsonObject
            {
                ["driveType"] = "documentLibrary",
                ["driveId"] = drive.Id,
                ["id"] = item.Parent?.Id,
                ["path"] = $"/drives/{drive.Id}/root:" + (item.Parent?.Parent is null ? string.Empty : "/" + item.Parent.PathFromRoot),
                ["siteId"] = drive.Site.Id,
            },
        };
        if (item.IsFolder)
        {
            json["folder"] = new JsonObject { ["childCount"] = item.Children.Count };
        }
        else
        {
            json["cTag"] = $"\"c:{{{item.Id}}},{item.ContentVersion}\"";
            var file = new JsonObject { ["mimeType"] = MimeType(item.Name) };
            if (ReturnHashes)
            {
                file["hashes"] = new JsonObject { ["quickXorHash"] = QuickXorHash.Compute(item.Content) };
            }

            json["file"] = file;
        }

        return Project(json, select);
    }

    private static string MimeType(string name) => Path.GetExtension(name).ToUpperInvariant() switch
    {
        ".DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".PDF" => "application/pdf",
        ".TXT" => "text/plain",
        _ => "application/octet-stream",
    };

    private static JsonObject ListItemJson(FakeDrive drive, FakeItem item) => new()
    {
        ["@odata.etag"] = $"\"{item.Id},{item.Version}\"",
        ["id"] = item.ListItemId.ToString(CultureInfo.InvariantCulture),
        ["webUrl"] = drive.WebUrl + "/" + item.PathFromRoot,
    };
}
