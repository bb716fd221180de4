using System.Globalization;
using System.Text.Json.Nodes;

namespace LucBinh.Docs.FakeGraph;

/// <summary>
/// SharePoint lists as Graph exposes them (graph-notes §12), enough for a register whose numbers must never repeat:
/// <list type="table">
/// <item>R1 GET/POST <c>/sites/{s}/lists</c> (create: displayName, list.template, columns; 409 on a taken name)</item>
/// <item>R2 GET <c>/sites/{s}/lists/{id or display name}</c></item>
/// <item>R3 GET/POST <c>…/lists/{l}/columns</c> (enforceUniqueValues needs indexed: 400 otherwise)</item>
/// <item>R4 POST <c>…/lists/{l}/items</c> <c>{"fields":{…}}</c>: 201, or the duplicate refusal of a unique column
/// (<see cref="DuplicateStatus"/>; optionally leaving an empty item behind as PnP reports)</item>
/// <item>R5 GET <c>…/lists/{l}/items[/{id}]</c> with <c>$expand=fields</c>, <c>$filter=fields/X eq …</c> (and),
/// <c>$orderby=fields/X [desc]</c>, <c>$top</c>, paged by <c>@odata.nextLink</c>; a non-indexed column in $filter or
/// $orderby is refused unless <c>Prefer: HonorNonIndexedQueriesWarningMayFailRandomly</c></item>
/// <item>R6 PATCH <c>…/lists/{l}/items/{id}/fields</c> with <c>If-Match</c> (412 when stale), unique values enforced</item>
/// </list>
/// </summary>
public sealed partial class FakeGraph
{
    public const string DuplicateMessage = "The list item could not be added or updated because duplicate values were found in one or more fields in the list.";

    public const string NonIndexedPrefer = "HonorNonIndexedQueriesWarningMayFailRandomly";

    private const int ListPageSize = 200;

    /// <summary>How a duplicate in a unique column is refused through Graph: 409 (default), 400 or 500 (SharePoint's SPException); the message is SharePoint's either way.</summary>
    public int DuplicateStatus { get; set; } = 409;

    /// <summary>A refused duplicate still leaves an item with empty fields behind (reported through some clients).</summary>
    public bool DuplicateLeavesEmptyItem { get; set; }

    /// <summary>Counts of refused duplicates (a test of the race wants to see some).</summary>
    public int DuplicatesRefused { get; private set; }

    /// <summary>Adds a list as an administrator would (tests of a list made by hand).</summary>
    public FakeList AddList(FakeSite site, string displayName, params FakeColumn[] columns)
    {
        ArgumentNullException.ThrowIfNull(site);
        lock (_gate)
        {
            var list = new FakeList(site, Guid.NewGuid().ToString(), displayName);
            list.Columns.AddRange(columns);
            site.Lists.Add(list);
            return list;
        }
    }

    /// <summary>A list's items, copied (fields cloned) under the lock.</summary>
    public IReadOnlyList<(int Id, IReadOnlyDictionary<string, JsonNode?> Fields)> ListItems(FakeList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        lock (_gate)
        {
            return [.. list.Items.Select(i => (i.Id, (IReadOnlyDictionary<string, JsonNode?>)i.Fields.ToDictionary(f => f.Key, f => f.Value?.DeepClone(), StringComparer.Ordinal)))];
        }
    }

    private Reply ListRoute(FakeRequest r, Fault? fault, FakeSite site, string rest)
    {
        var parts = rest.Split('/');
        if (parts.Length == 1)
        {
            return r.Method switch
            {
                "GET" => new Reply(200, new JsonObject { ["value"] = new JsonArray([.. site.Lists.Select(l => (JsonNode)ListJson(l))]) }),
                "POST" => CreateList(r, site),
                _ => Unrouted(r),
            };
        }

        var list = site.Lists.FirstOrDefault(l => l.Id.Equals(parts[1], StringComparison.OrdinalIgnoreCase))
            ?? site.Lists.FirstOrDefault(l => l.DisplayName.Equals(parts[1], StringComparison.OrdinalIgnoreCase));
        if (list is null)
        {
            return Error(404, "itemNotFound", "The requested list could not be found.");
        }

        return (parts.Length, r.Method) switch
        {
            (2, "GET") => new Reply(200, ListJson(list)),
            (3, "GET") when parts[2] == "columns" => new Reply(200, new JsonObject { ["value"] = new JsonArray([.. list.Columns.Select(c => (JsonNode)ColumnJson(c))]) }),
            (3, "POST") when parts[2] == "columns" => CreateColumn(r, list),
            (3, "GET") when parts[2] == "items" => QueryItems(r, list),
            (3, "POST") when parts[2] == "items" => CreateListItem(r, fault, list),
            (4, "GET") when parts[2] == "items" => list.Items.FirstOrDefault(i => i.Id.ToString(CultureInfo.InvariantCulture) == parts[3]) is { } item
                ? new Reply(200, ListItemJson(list, item, Expanded(r)))
                : Error(404, "itemNotFound", "The requested item could not be found."),
            (5, "PATCH") when parts[2] == "items" && parts[4] == "fields" => PatchListItem(r, list, parts[3]),
            _ => Unrouted(r),
        };
    }

    private Reply CreateList(FakeRequest r, FakeSite site)
    {
        var body = JsonObjectBody(r);
        var name = body["displayName"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(name))
        {
            return Error(400, "invalidRequest", "The list's displayName is required.");
        }

        if (site.Lists.Any(l => l.DisplayName.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            return Error(409, "nameAlreadyExists", "A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.");
        }

        var list = new FakeList(site, Guid.NewGuid().ToString(), name) { Template = body["list"]?["template"]?.GetValue<string>() ?? "genericList" };
        foreach (var node in body["columns"]?.AsArray() ?? [])
        {
            if (ParseColumn(node as JsonObject ?? [], list) is { } problem)
            {
                return problem;
            }
        }

        site.Lists.Add(list);
        return new Reply(201, ListJson(list));
    }

    private Reply CreateColumn(FakeRequest r, FakeList list)
    {
        var body = JsonObjectBody(r);
        return ParseColumn(body, list) ?? new Reply(201, ColumnJson(list.Columns[^1]));
    }

    /// <summary>Adds the column of a columnDefinition to the list, or the error Graph gives.</summary>
    private Reply? ParseColumn(JsonObject body, FakeList list)
    {
        var name = body["name"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(name))
        {
            return Error(400, "invalidRequest", "The column's name is required.");
        }

        if (list.Column(name) is not null)
        {
            return Error(409, "nameAlreadyExists", $"A duplicate field name \"{name}\" was found.");
        }

        var type = new[] { "text", "number", "dateTime", "boolean", "choice" }.FirstOrDefault(t => body[t] is JsonObject);
        if (type is null)
        {
            return Error(400, "invalidRequest", $"The column '{name}' has no type (text, number, dateTime…).");
        }

        var multiline = type == "text" && body["text"]?["allowMultipleLines"] is JsonValue m && m.GetValue<bool>();
        var indexed = body["indexed"] is JsonValue i && i.GetValue<bool>();
        var unique = body["enforceUniqueValues"] is JsonValue u && u.GetValue<bool>();
        if (unique && !indexed)
        {
            return Error(400, "invalidRequest", "You must index this column before enforcing unique values.");
        }

        if (multiline && indexed)
        {
            return Error(400, "invalidRequest", $"The column '{name}' cannot be indexed: multiple lines of text.");
        }

        list.Columns.Add(new FakeColumn(name, multiline ? "note" : type) { Indexed = indexed, EnforceUniqueValues = unique });
        return null;
    }

    private Reply CreateListItem(FakeRequest r, Fault? fault, FakeList list)
    {
        var body = JsonObjectBody(r);
        if (body["fields"] is not JsonObject fields || fields.Count == 0)
        {
            Violation(r.Method + " " + r.Path, "list item POST without fields");
            return Error(400, "invalidRequest", "The request body is empty.");
        }

        if (CheckFields(list, fields) is { } problem)
        {
            return problem;
        }

        if (list.Column("Title") is { Required: true } && fields["Title"] is null)
        {
            return Error(400, "invalidRequest", "Field 'Title' is required.");
        }

        var forced = fault?.Action == FaultAction.Duplicate;
        if (forced || Duplicates(list, null, fields))
        {
            return RefuseDuplicate(list);
        }

        var item = new FakeListItem(list.NextItemId++, Guid.NewGuid().ToString(), Time.GetUtcNow());
        foreach (var (column, value) in fields)
        {
            item.Fields[column] = value?.DeepClone();
        }

        list.Items.Add(item);
        return new Reply(201, ListItemJson(list, item, expand: true));
    }

    private Reply PatchListItem(FakeRequest r, FakeList list, string id)
    {
        var item = list.Items.FirstOrDefault(i => i.Id.ToString(CultureInfo.InvariantCulture) == id);
        if (item is null)
        {
            return Error(404, "itemNotFound", "The requested item could not be found.");
        }

        if (r.Headers.TryGetValue("If-Match", out var match) && match.Length > 0 && match != "*" && match != item.ETag)
        {
            return Error(412, "preconditionFailed", "The version of the item does not match (eTag " + match + ").");
        }

        var fields = JsonObjectBody(r);
        if (fields.Count == 0)
        {
            Violation(r.Method + " " + r.Path, "empty fields PATCH ({}): a reused SDK model serialises nothing the second time");
            return Error(400, "invalidRequest", "The request body is empty.");
        }

        if (CheckFields(list, fields) is { } problem)
        {
            return problem;
        }

        if (Duplicates(list, item, fields))
        {
            return RefuseDuplicate(list);
        }

        foreach (var (column, value) in fields)
        {
            item.Fields[column] = value?.DeepClone();
        }

        item.Version++;
        item.Modified = Time.GetUtcNow();
        return new Reply(200, FieldsJson(item));
    }

    private Reply? CheckFields(FakeList list, JsonObject fields)
    {
        foreach (var (column, _) in fields)
        {
            var known = list.Column(column);
            if (known is null)
            {
                return Error(400, "invalidRequest", $"Field '{column}' is not recognized");
            }

            if (known.ReadOnly)
            {
                return Error(400, "invalidRequest", $"Field '{column}' is read-only");
            }
        }

        return null;
    }

    /// <summary>Whether a value written into a unique column is already held by another item (text compared case-insensitively, as SharePoint does).</summary>
    private static bool Duplicates(FakeList list, FakeListItem? self, JsonObject fields) =>
        list.Columns.Where(c => c.EnforceUniqueValues).Any(column =>
            fields[column.Name] is JsonNode value
            && list.Items.Any(other => other != self && other.Fields.TryGetValue(column.Name, out var held) && SameValue(held, value)));

    private Reply RefuseDuplicate(FakeList list)
    {
        DuplicatesRefused++;
        if (DuplicateLeavesEmptyItem && list.Column("Title") is { })
        {
            list.Items.Add(new FakeListItem(list.NextItemId++, Guid.NewGuid().ToString(), Time.GetUtcNow()));
        }

        return DuplicateStatus switch
        {
            400 => Error(400, "invalidRequest", DuplicateMessage),
            500 => Error(500, "generalException", DuplicateMessage),
            _ => Error(409, "conflict", DuplicateMessage),
        };
    }

    private Reply QueryItems(FakeRequest r, FakeList list)
    {
        var honour = r.Headers.TryGetValue("Prefer", out var prefer) && prefer.Contains(NonIndexedPrefer, StringComparison.OrdinalIgnoreCase);
        IEnumerable<FakeListItem> items = list.Items;
        if (QueryValue(r, "$filter") is { } filter)
        {
            foreach (var clause in filter.Split(" and ", StringSplitOptions.TrimEntries))
            {
                var words = clause.Split(' ', 3);
                if (words.Length != 3 || words[1] != "eq" || !words[0].StartsWith("fields/", StringComparison.Ordinal))
                {
                    return Error(400, "invalidRequest", $"Invalid filter clause '{clause}'.");
                }

                var column = list.Column(words[0]["fields/".Length..]);
                if (column is null)
                {
                    return Error(400, "invalidRequest", $"Field '{words[0]["fields/".Length..]}' is not recognized");
                }

                if (!column.Indexed && !honour)
                {
                    return NotIndexed(column);
                }

                var wanted = words[2].StartsWith('\'') && words[2].EndsWith('\'') && words[2].Length >= 2
                    ? JsonValue.Create(words[2][1..^1].Replace("''", "'", StringComparison.Ordinal))
                    : decimal.TryParse(words[2], NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : null;
                if (wanted is null)
                {
                    return Error(400, "invalidRequest", $"Invalid value in filter clause '{clause}'.");
                }

                items = items.Where(i => i.Fields.TryGetValue(column.Name, out var held) && SameValue(held, wanted)).ToList();
            }
        }

        var ordered = items.OrderBy(i => i.Id).ToList();
        if (QueryValue(r, "$orderby") is { } orderby)
        {
            var words = orderby.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var column = words[0].StartsWith("fields/", StringComparison.Ordinal) ? list.Column(words[0]["fields/".Length..]) : null;
            if (column is null)
            {
                return Error(400, "invalidRequest", $"Invalid $orderby '{orderby}'.");
            }

            if (!column.Indexed && !honour)
            {
                return NotIndexed(column);
            }

            var descending = words.Length > 1 && words[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            ordered = descending ? [.. ordered.OrderByDescending(i => SortKey(i, column.Name))] : [.. ordered.OrderBy(i => SortKey(i, column.Name))];
        }

        var size = ListPageSize;
        if (QueryValue(r, "$top") is { } top && (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1))
        {
            return Error(400, "invalidRequest", $"Invalid $top '{top}'.");
        }

        var skip = 0;
        if (QueryValue(r, "$skiptoken") is { } token && !int.TryParse(token.Replace("Paged=TRUE&p_ID=", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out skip))
        {
            return Error(400, "invalidRequest", "Invalid $skiptoken.");
        }

        var page = ordered.Skip(skip).Take(Math.Min(size, 5000)).ToList();
        var expand = Expanded(r);
        var json = new JsonObject { ["value"] = new JsonArray([.. page.Select(i => (JsonNode)ListItemJson(list, i, expand))]) };
        if (QueryValue(r, "$top") is null && skip + page.Count < ordered.Count)
        {
            var kept = r.Query.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !Uri.UnescapeDataString(p).StartsWith("$skiptoken=", StringComparison.Ordinal))
                .Append("$skiptoken=" + Uri.EscapeDataString("Paged=TRUE&p_ID=" + (skip + page.Count).ToString(CultureInfo.InvariantCulture)));
            json["@odata.nextLink"] = Origin + string.Join('/', r.Path.Split('/').Select(Uri.EscapeDataString)) + "?" + string.Join('&', kept);
        }

        return new Reply(200, json);
    }

    private Reply NotIndexed(FakeColumn column) => Error(400, "invalidRequest",
        $"Field '{column.Name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: {NonIndexedPrefer}' header to allow this, but be warned that such queries may fail on large lists.");

    private static IComparable SortKey(FakeListItem item, string column) =>
        item.Fields.TryGetValue(column, out var value) && value is JsonValue v
            ? v.TryGetValue<decimal>(out var d) ? d : (IComparable)(v.ToString())
            : decimal.MinValue;

    private static bool SameValue(JsonNode? held, JsonNode wanted)
    {
        if (held is not JsonValue a || wanted is not JsonValue b)
        {
            return false;
        }

        if (a.TryGetValue<decimal>(out var x) && b.TryGetValue<decimal>(out var y))
        {
            return x == y;
        }

        return string.Equals(a.ToString(), b.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    private static bool Expanded(FakeRequest r) =>
        (QueryValue(r, "$expand") ?? QueryValue(r, "expand"))?.Split(',').Any(e => e.Trim().StartsWith("fields", StringComparison.Ordinal)) == true;

    private static JsonObject ListJson(FakeList list) => new()
    {
        ["id"] = list.Id,
        ["name"] = list.DisplayName,
        ["displayName"] = list.DisplayName,
        ["webUrl"] = list.Site.WebUrl + "/Lists/" + Uri.EscapeDataString(list.DisplayName),
        ["list"] = new JsonObject { ["template"] = list.Template, ["hidden"] = false },
    };

    private static JsonObject ColumnJson(FakeColumn column)
    {
        var json = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["name"] = column.Name,
            ["displayName"] = column.Name,
            ["indexed"] = column.Indexed,
            ["enforceUniqueValues"] = column.EnforceUniqueValues,
            ["readOnly"] = column.ReadOnly,
            ["required"] = column.Required,
        };
        json[column.Type == "note" ? "text" : column.Type] = column.Type == "note" ? new JsonObject { ["allowMultipleLines"] = true } : new JsonObject();
        return json;
    }

    private static JsonObject ListItemJson(FakeList list, FakeListItem item, bool expand)
    {
        var json = new JsonObject
        {
            ["@odata.etag"] = item.ETag,
            ["id"] = item.Id.ToString(CultureInfo.InvariantCulture),
            ["eTag"] = item.ETag,
            ["createdDateTime"] = item.Created.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["lastModifiedDateTime"] = item.Modified.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["webUrl"] = list.Site.WebUrl + "/Lists/" + Uri.EscapeDataString(list.DisplayName) + "/DispForm.aspx?ID=" + item.Id.ToString(CultureInfo.InvariantCulture),
        };
        if (expand)
        {
            json["fields"] = FieldsJson(item);
        }

        return json;
    }

    private static JsonObject FieldsJson(FakeListItem item)
    {
        var fields = new JsonObject
        {
            ["@odata.etag"] = item.ETag,
            ["id"] = item.Id.ToString(CultureInfo.InvariantCulture),
            ["ID"] = item.Id,
        };
        foreach (var (column, value) in item.Fields)
        {
            fields[column] = value?.DeepClone();
        }

        return fields;
    }
}
