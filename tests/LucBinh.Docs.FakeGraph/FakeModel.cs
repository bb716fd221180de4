using System.Text;

namespace LucBinh.Docs.FakeGraph;

/// <summary>A SharePoint site of the fake.</summary>
public sealed class FakeSite
{
    internal FakeSite(string host, string path, string id)
    {
        Host = host;
        Path = path;
        Id = id;
    }

    public string Host { get; }

    /// <summary>Server-relative path, e.g. <c>/sites/DangUy</c> (empty for the root site).</summary>
    public string Path { get; }

    public string Id { get; }

    public string WebUrl => $"https://{Host}{Path}";

    public List<FakeDrive> Drives { get; } = [];

    /// <summary>Lists other than the libraries' own (the register of outgoing documents…).</summary>
    public List<FakeList> Lists { get; } = [];
}

/// <summary>A document library (drive) with its columns.</summary>
public sealed class FakeDrive
{
    internal FakeDrive(FakeSite site, string id, string name, string urlSegment)
    {
        Site = site;
        Id = id;
        Name = name;
        UrlSegment = urlSegment;
    }

    public FakeSite Site { get; }

    public string Id { get; }

    /// <summary>Display name ("Documents").</summary>
    public string Name { get; }

    /// <summary>URL segment ("Shared Documents").</summary>
    public string UrlSegment { get; }

    public string WebUrl => Site.WebUrl + "/" + Uri.EscapeDataString(UrlSegment);

    public string ListId { get; internal set; } = Guid.NewGuid().ToString();

    /// <summary>Column internal name → writable (false = read-only like ID, Created, Modified, Author).</summary>
    public Dictionary<string, bool> Columns { get; } = new(StringComparer.Ordinal)
    {
        ["Title"] = true,
        ["ID"] = false,
        ["Created"] = false,
        ["Modified"] = false,
        ["Author"] = false,
    };

    internal FakeItem Root { get; set; } = null!;
}

/// <summary>A file or folder.</summary>
public sealed class FakeItem
{
    internal FakeItem(string id, string name, FakeItem? parent, bool isFolder, DateTimeOffset now, int listItemId)
    {
        Id = id;
        Name = name;
        Parent = parent;
        IsFolder = isFolder;
        Created = now;
        Modified = now;
        ListItemId = listItemId;
    }

    public string Id { get; }

    public string Name { get; internal set; }

    public FakeItem? Parent { get; }

    public bool IsFolder { get; }

    public byte[] Content { get; internal set; } = [];

    public int Version { get; internal set; } = 1;

    public int ContentVersion { get; internal set; } = 1;

    public DateTimeOffset Created { get; }

    public DateTimeOffset Modified { get; internal set; }

    public int ListItemId { get; }

    public Dictionary<string, object?> Fields { get; } = new(StringComparer.Ordinal);

    public List<FakeLink> Links { get; } = [];

    internal List<FakeItem> Children { get; } = [];

    /// <summary>Path from the library root, '/'-joined ("Báo cáo/2025/Quý 1.docx").</summary>
    public string PathFromRoot
    {
        get
        {
            var parts = new List<string>();
            for (var i = this; i?.Parent is not null; i = i.Parent)
            {
                parts.Insert(0, i.Name);
            }

            return string.Join('/', parts);
        }
    }

    public static bool SameName(string a, string b) =>
        string.Equals(a.Normalize(NormalizationForm.FormC), b.Normalize(NormalizationForm.FormC), StringComparison.OrdinalIgnoreCase);
}

/// <summary>A sharing link made by createLink.</summary>
public sealed record FakeLink(string Id, string Type, string Scope, bool? RetainInheritedPermissions, string WebUrl);

/// <summary>An upload session.</summary>
public sealed class FakeSession
{
    internal FakeSession(string id, FakeDrive drive, FakeItem parent, string name, string conflict, long? fileSize, bool deferCommit, DateTimeOffset expires)
    {
        Id = id;
        Drive = drive;
        Parent = parent;
        Name = name;
        Conflict = conflict;
        FileSize = fileSize;
        DeferCommit = deferCommit;
        Expires = expires;
    }

    public string Id { get; }

    public FakeDrive Drive { get; }

    public FakeItem Parent { get; }

    public string Name { get; }

    public string Conflict { get; }

    public long? FileSize { get; }

    public bool DeferCommit { get; }

    public DateTimeOffset Expires { get; internal set; }

    public SessionState State { get; internal set; }

    public long? Total { get; internal set; }

    internal MemoryStream Received { get; } = new();

    /// <summary>True after a status GET or a 416: the client may then legitimately re-send from nextExpectedRanges.</summary>
    internal bool Resynchronised { get; set; }

    public List<long> FragmentLengths { get; } = [];

    public long ReceivedBytes => Received.Length;
}

public enum SessionState
{
    Open,
    Committed,
    Deleted,
}

/// <summary>A SharePoint list of a site (graph-notes §12): its columns and items.</summary>
public sealed class FakeList
{
    internal FakeList(FakeSite site, string id, string displayName)
    {
        Site = site;
        Id = id;
        DisplayName = displayName;
    }

    public FakeSite Site { get; }

    public string Id { get; }

    public string DisplayName { get; }

    public string Template { get; internal set; } = "genericList";

    public List<FakeColumn> Columns { get; } =
    [
        new("Title", "text") { Required = true, Indexed = false },
        new("ID", "number") { ReadOnly = true },
        new("Created", "dateTime") { ReadOnly = true },
        new("Modified", "dateTime") { ReadOnly = true },
        new("Author", "personOrGroup") { ReadOnly = true },
    ];

    public List<FakeListItem> Items { get; } = [];

    internal int NextItemId { get; set; } = 1;

    public FakeColumn? Column(string name) => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}

/// <summary>A list column: its kind (text, number, dateTime, note…), whether it is indexed and enforces unique values.</summary>
public sealed record FakeColumn(string Name, string Type)
{
    public bool Indexed { get; init; }

    public bool EnforceUniqueValues { get; init; }

    public bool Required { get; init; }

    public bool ReadOnly { get; init; }
}

/// <summary>An item of a list: its id (a running integer, as SharePoint gives), version (in the eTag) and fields.</summary>
public sealed class FakeListItem
{
    internal FakeListItem(int id, string uniqueId, DateTimeOffset created)
    {
        Id = id;
        UniqueId = uniqueId;
        Created = created;
        Modified = created;
    }

    public int Id { get; }

    public string UniqueId { get; }

    public int Version { get; internal set; } = 1;

    public DateTimeOffset Created { get; }

    public DateTimeOffset Modified { get; internal set; }

    public string ETag => $"\"{UniqueId},{Version}\"";

    public Dictionary<string, System.Text.Json.Nodes.JsonNode?> Fields { get; } = new(StringComparer.Ordinal);
}
