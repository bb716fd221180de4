using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace LucBinh.Docs.FakeGraph;

public sealed partial class FakeGraph
{
    private static readonly string[] ConflictValues = ["fail", "replace", "rename"];
    private int _nextListItem;

    /// <summary>D2: PUT …:/{path}:/content?@microsoft.graph.conflictBehavior=…</summary>
    private Reply PutContent(FakeRequest r, FakeDrive drive, FakeItem baseItem, string itemPath)
    {
        var key = r.Method + " " + r.Path;
        if (r.Body.LongLength > MaxSimpleUpload)
        {
            return Error(413, "maxFileSizeExceeded", "The file is too large for a simple upload.");
        }

        if (BodyLengthProblem(r) is { } lengthProblem)
        {
            Violation(key, lengthProblem);
            return Error(400, "invalidRequest", lengthProblem);
        }

        var conflict = QueryValue(r, "@microsoft.graph.conflictBehavior");
        if (conflict is null)
        {
            Violation(key, "simple upload without an explicit @microsoft.graph.conflictBehavior (the PUT default, replace, would apply)");
            conflict = "replace";
        }
        else if (!ConflictValues.Contains(conflict))
        {
            return Error(400, "invalidRequest", $"Invalid conflictBehavior '{conflict}'.");
        }

        var (parent, name) = ParentOf(baseItem, itemPath, out var missing);
        if (parent is null)
        {
            return Error(404, "itemNotFound", $"The parent folder '{missing}' does not exist.");
        }

        return Store(drive, parent, name, r.Body, conflict);
    }

    /// <summary>D2 by id: PUT /drives/{d}/items/{id}/content replaces.</summary>
    private Reply ReplaceContent(FakeRequest r, FakeDrive drive, FakeItem item)
    {
        if (item.IsFolder)
        {
            return Error(400, "invalidRequest", "Cannot upload content to a folder.");
        }

        item.Content = r.Body;
        item.Version++;
        item.ContentVersion++;
        item.Modified = Time.GetUtcNow();
        return new Reply(200, ItemJson(drive, item));
    }

    /// <summary>Creates or, per conflict behaviour, replaces/renames a file. 201 new, 200 replaced, 409 on fail.</summary>
    private Reply Store(FakeDrive drive, FakeItem parent, string name, byte[] content, string conflict)
    {
        var existing = parent.Children.FirstOrDefault(c => FakeItem.SameName(c.Name, name));
        if (existing is not null)
        {
            switch (conflict)
            {
                case "fail":
                    return Error(409, "nameAlreadyExists", "The specified item name already exists.");
                case "replace" when !existing.IsFolder:
                    existing.Content = content;
                    existing.Version++;
                    existing.ContentVersion++;
                    existing.Modified = Time.GetUtcNow();
                    return new Reply(200, ItemJson(drive, existing));
                default:
                    var stem = name.LastIndexOf('.') > 0 ? name[..name.LastIndexOf('.')] : name;
                    var extension = name[stem.Length..];
                    for (var n = 1; ; n++)
                    {
                        var candidate = $"{stem} {n}{extension}";
                        if (!parent.Children.Any(c => FakeItem.SameName(c.Name, candidate)))
                        {
                            name = candidate;
                            break;
                        }
                    }

                    break;
            }
        }

        var item = new FakeItem(NewId(), name, parent, isFolder: false, Time.GetUtcNow(), ++_nextListItem) { Content = content };
        parent.Children.Add(item);
        return new Reply(201, ItemJson(drive, item));
    }

    /// <summary>The parent folder of a path below <paramref name="baseItem"/>, creating missing ones when <see cref="AutoCreateParents"/>.</summary>
    private (FakeItem? Parent, string Name) ParentOf(FakeItem baseItem, string itemPath, out string? missing)
    {
        var segments = itemPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = baseItem;
        missing = null;
        foreach (var segment in segments[..^1])
        {
            var next = parent.Children.FirstOrDefault(c => FakeItem.SameName(c.Name, segment));
            if (next is null)
            {
                if (!AutoCreateParents)
                {
                    missing = segment;
                    return (null, segments[^1]);
                }

                next = new FakeItem(NewId(), segment, parent, isFolder: true, Time.GetUtcNow(), ++_nextListItem);
                parent.Children.Add(next);
            }

            parent = next;
        }

        return (parent, segments[^1]);
    }

    /// <summary>POST /drives/{d}/items/{id}/children {name, folder:{}, @microsoft.graph.conflictBehavior}.</summary>
    private Reply CreateChild(FakeRequest r, FakeDrive drive, FakeItem parent)
    {
        var body = JsonObjectBody(r);
        var name = body["name"]?.GetValue<string>() ?? string.Empty;
        if (NameProblem(name) is { } problem)
        {
            Violation(r.Method + " " + r.Path, $"invalid folder name '{name}': {problem}");
            return Error(400, "invalidRequest", "The provided name contains invalid characters.");
        }

        if (body["folder"] is null)
        {
            return Error(400, "invalidRequest", "Only folders can be created this way in this fake.");
        }

        var conflict = body["@microsoft.graph.conflictBehavior"]?.GetValue<string>() ?? "fail";
        var existing = parent.Children.FirstOrDefault(c => FakeItem.SameName(c.Name, name));
        if (existing is not null && conflict == "fail")
        {
            return Error(409, "nameAlreadyExists", "The specified item name already exists.");
        }

        var folder = new FakeItem(NewId(), name, parent, isFolder: true, Time.GetUtcNow(), ++_nextListItem);
        parent.Children.Add(folder);
        return new Reply(201, ItemJson(drive, folder));
    }

    private Reply DeleteItem(FakeItem item)
    {
        if (item.Parent is null)
        {
            return Error(400, "invalidRequest", "Cannot delete the root.");
        }

        item.Parent.Children.Remove(item);
        return new Reply(204);
    }

    /// <summary>F1: PATCH …/listItem/fields — non-empty JSON object of known, writable columns.</summary>
    private Reply PatchFields(FakeRequest r, Fault? fault, FakeDrive drive, FakeItem item)
    {
        var key = r.Method + " " + r.Path;
        var body = JsonObjectBody(r);
        if (body.Count == 0)
        {
            Violation(key, "empty fields PATCH ({}): a reused SDK model serialises nothing the second time");
            return Error(400, "invalidRequest", "The request body is empty.");
        }

        if (fault?.Action == FaultAction.ResourceModified)
        {
            return Error(409, "resourceModified", "The resource has changed since the caller last read it.");
        }

        foreach (var (column, _) in body)
        {
            if (!drive.Columns.TryGetValue(column, out var writable))
            {
                return Error(400, "invalidRequest", $"Field '{column}' is not recognized");
            }

            if (!writable)
            {
                return Error(400, "invalidRequest", $"Field '{column}' is read-only");
            }
        }

        foreach (var (column, value) in body)
        {
            item.Fields[column] = value?.DeepClone();
        }

        item.Version++;
        var result = new JsonObject { ["@odata.etag"] = $"\"{item.Id},{item.Version}\"" };
        foreach (var (column, value) in item.Fields)
        {
            result[column] = value is JsonNode node ? node.DeepClone() : JsonValue.Create(value?.ToString());
        }

        return new Reply(200, result);
    }

    /// <summary>L1: POST …/createLink — view/edit, organization/users (anonymous may be disabled), retainInheritedPermissions recorded.</summary>
    private Reply CreateLink(FakeRequest r, FakeDrive drive, FakeItem item)
    {
        var key = r.Method + " " + r.Path;
        var body = JsonObjectBody(r);
        var type = body["type"]?.GetValue<string>();
        var scope = body["scope"]?.GetValue<string>();
        bool? retain = body["retainInheritedPermissions"] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;
        if (retain == false)
        {
            Violation(key, "createLink with retainInheritedPermissions: false removes the item's inherited permissions");
        }

        if (type is not ("view" or "edit"))
        {
            return Error(400, "invalidRequest", $"Link type '{type}' is not supported on SharePoint.");
        }

        if (scope is not ("anonymous" or "organization" or "users"))
        {
            return Error(400, "invalidRequest", $"Invalid scope '{scope}'.");
        }

        if (scope == "anonymous" && AnonymousLinksDisabled)
        {
            return Error(403, "accessDenied", "Anonymous sharing links are disabled by the administrator.");
        }

        var existing = item.Links.FirstOrDefault(l => l.Type == type && l.Scope == scope);
        var status = 200;
        if (existing is null)
        {
            status = 201;
            var id = "L" + item.Links.Count.ToString(CultureInfo.InvariantCulture) + item.Id;
            existing = new FakeLink(id, type, scope, retain, $"https://{drive.Site.Host}/:w:/s{drive.Site.Path}/E{item.Id}{item.Links.Count}?e={type}");
            item.Links.Add(existing);
        }

        return new Reply(status, new JsonObject
        {
            ["id"] = existing.Id,
            ["roles"] = new JsonArray(type == "edit" ? "write" : "read"),
            ["link"] = new JsonObject
            {
                ["type"] = type,
                ["scope"] = scope,
                ["webUrl"] = existing.WebUrl,
                ["application"] = new JsonObject { ["id"] = "1234", ["displayName"] = "LucBinh.Docs" },
            },
            ["hasPassword"] = false,
        });
    }

    /// <summary>GET /drives/{d}/items/{id}/content?format=pdf → 302 to a download URL (the real service converts).</summary>
    private Reply PdfRedirect(FakeRequest r, FakeItem item)
    {
        if (QueryValue(r, "format") != "pdf")
        {
            return new Reply(200, Bytes: item.Content);
        }

        var reply = new Reply(302);
        // Another host, as in the service (a pre-authenticated URL elsewhere): the redirect must not carry the token.
        reply.Headers["Location"] = $"{Origin.Replace("127.0.0.1", "localhost", StringComparison.Ordinal)}/_download/{item.Id}.pdf";
        return reply;
    }

    private Reply Download(FakeRequest r)
    {
        if (r.Headers.ContainsKey("Authorization"))
        {
            Violation("GET " + r.Path, "Authorization header sent to a pre-authenticated download URL");
        }

        lock (_gate)
        {
            var id = Path.GetFileNameWithoutExtension(r.Path);
            var item = Sites.SelectMany(s => s.Drives).SelectMany(d => AllItems(d.Root)).FirstOrDefault(i => i.Id == id);
            return item is null
                ? Error(404, "itemNotFound", "Gone.")
                : new Reply(200, Bytes: Encoding.ASCII.GetBytes($"%PDF-1.7\n% fake rendition of {item.Id} ({item.Content.Length} bytes)\n%%EOF\n"), ContentType: "application/pdf");
        }
    }

    private static string? BodyLengthProblem(FakeRequest r) =>
        r.Headers.TryGetValue("Content-Length", out var declared) && long.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var length) && length != r.Body.LongLength
            ? $"Content-Length {declared} but {r.Body.LongLength} bytes received"
            : r.Body.Length == 0 ? "empty upload body" : null;

    private static JsonObject JsonObjectBody(FakeRequest r)
    {
        if (r.Body.Length == 0)
        {
            return [];
        }

        return JsonNode.Parse(r.Body) as JsonObject ?? throw new FormatException("The body is not a JSON object.");
    }
}
