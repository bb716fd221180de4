using System.Globalization;
using System.Text.Json.Nodes;

namespace LucBinh.Docs.FakeGraph;

/// <summary>
/// Listing a folder (driveItem "List children"): <c>GET /drives/{d}/root/children</c>, <c>/items/{id}/children</c> and
/// <c>/root:/path:/children</c>, with <c>$select</c>, <c>$top</c> and server-driven paging: a page holds at most
/// <see cref="ChildrenPageSize"/> (or <c>$top</c>) items and, when more remain, <c>@odata.nextLink</c> is the absolute
/// URL of the next page (an opaque <c>$skiptoken</c>, the other query options kept), which the client follows as is.
/// A path that is not a folder is 404, as in the service. Tests seed files with <see cref="AddFile"/>.
/// </summary>
public sealed partial class FakeGraph
{
    /// <summary>Items per page when the request has no <c>$top</c> (the service's default is 200).</summary>
    public int ChildrenPageSize { get; set; } = 200;

    /// <summary>Puts a file at a path of a library (folders are created), as if someone had uploaded it.</summary>
    public FakeItem AddFile(FakeDrive drive, string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(drive);
        ArgumentNullException.ThrowIfNull(path);
        lock (_gate)
        {
            var parent = drive.Root;
            var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            foreach (var segment in segments[..^1])
            {
                var next = parent.Children.FirstOrDefault(c => FakeItem.SameName(c.Name, segment));
                if (next is null)
                {
                    next = new FakeItem(NewId(), segment, parent, isFolder: true, Time.GetUtcNow(), ++_nextListItem);
                    parent.Children.Add(next);
                }

                parent = next;
            }

            var item = new FakeItem(NewId(), segments[^1], parent, isFolder: false, Time.GetUtcNow(), ++_nextListItem) { Content = content };
            parent.Children.Add(item);
            return item;
        }
    }

    private Reply ListChildren(FakeRequest r, FakeDrive drive, FakeItem? folder)
    {
        if (folder is null || !folder.IsFolder)
        {
            return Error(404, "itemNotFound", "The resource could not be found.");
        }

        var size = ChildrenPageSize;
        if (QueryValue(r, "$top") is { } top)
        {
            if (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1)
            {
                return Error(400, "invalidRequest", $"Invalid $top '{top}'.");
            }
        }

        var skip = 0;
        if (QueryValue(r, "$skiptoken") is { } token
            && (!token.StartsWith("fake-", StringComparison.Ordinal) || !int.TryParse(token[5..], NumberStyles.None, CultureInfo.InvariantCulture, out skip)))
        {
            return Error(400, "invalidRequest", "Invalid $skiptoken.");
        }

        var children = folder.Children.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var page = children.Skip(skip).Take(size).ToList();
        var select = Select(r);
        var json = new JsonObject
        {
            ["@odata.context"] = $"{BaseUrl}/$metadata#drives('{drive.Id}')/items('{folder.Id}')/children",
            ["value"] = new JsonArray([.. page.Select(c => (JsonNode)ItemJson(drive, c, select))]),
        };
        if (skip + page.Count < children.Count)
        {
            var kept = r.Query.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !p.StartsWith("$skiptoken=", StringComparison.Ordinal) && !p.StartsWith("%24skiptoken=", StringComparison.OrdinalIgnoreCase))
                .Append("$skiptoken=fake-" + (skip + page.Count).ToString(CultureInfo.InvariantCulture));
            var path = string.Join('/', r.Path.Split('/').Select(Uri.EscapeDataString));
            json["@odata.nextLink"] = Origin + path + "?" + string.Join('&', kept);
        }

        return new Reply(200, json);
    }
}
