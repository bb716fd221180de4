using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LucBinh.Docs.FakeGraph;

public sealed partial class FakeGraph
{
    /// <summary>D3: POST …:/{name}:/createUploadSession.</summary>
    private Reply CreateSession(FakeRequest r, Fault? fault, FakeDrive drive, FakeItem baseItem, string itemPath)
    {
        var key = r.Method + " " + r.Path;
        var body = JsonObjectBody(r);
        var item = body["item"] as JsonObject ?? [];
        var (parent, name) = ParentOf(baseItem, itemPath, out var missing);
        if (parent is null)
        {
            return Error(404, "itemNotFound", $"The parent folder '{missing}' does not exist.");
        }

        if (item["name"]?.GetValue<string>() is { } bodyName && bodyName != name)
        {
            Violation(key, $"item.name '{bodyName}' differs from the name in the path '{name}' (a %XX in the name not escaped?)");
            return Error(400, "invalidRequest", "Name specified in the path doesn't match the name specified in the request body.");
        }

        var conflict = item["@microsoft.graph.conflictBehavior"]?.GetValue<string>();
        if (conflict is null)
        {
            Violation(key, "createUploadSession without an explicit conflictBehavior (docs say fail, the service is seen to replace)");
            conflict = SessionDefaultConflict;
        }
        else if (!ConflictValues.Contains(conflict))
        {
            return Error(400, "invalidRequest", $"Invalid conflictBehavior '{conflict}'.");
        }

        long? fileSize = item["fileSize"] is JsonValue size && size.TryGetValue<long>(out var s) ? s : null;
        if (fault?.Action == FaultAction.Quota)
        {
            return Error(507, "quotaLimitReached", "Insufficient space.");
        }

        if (conflict == "fail" && parent.Children.Any(c => FakeItem.SameName(c.Name, name)))
        {
            return Error(409, "nameAlreadyExists", "The specified item name already exists.");
        }

        var deferCommit = body["deferCommit"] is JsonValue d && d.TryGetValue<bool>(out var dc) && dc;
        return OpenSession(drive, parent, name, conflict, fileSize, deferCommit);
    }

    private Reply CreateSessionForItem(FakeRequest r, FakeDrive drive, FakeItem item)
    {
        var body = JsonObjectBody(r);
        var sessionItem = body["item"] as JsonObject ?? [];
        var conflict = sessionItem["@microsoft.graph.conflictBehavior"]?.GetValue<string>() ?? "replace";
        long? fileSize = sessionItem["fileSize"] is JsonValue size && size.TryGetValue<long>(out var s) ? s : null;
        return item.Parent is null
            ? Error(400, "invalidRequest", "Cannot upload to the root.")
            : OpenSession(drive, item.Parent, item.Name, conflict, fileSize, false);
    }

    private Reply OpenSession(FakeDrive drive, FakeItem parent, string name, string conflict, long? fileSize, bool deferCommit)
    {
        var id = "S" + Sessions.Count.ToString("D4", CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..8];
        var session = new FakeSession(id, drive, parent, name, conflict, fileSize, deferCommit, Time.GetUtcNow() + SessionLifetime);
        Sessions[id] = session;
        // A realistic query: the client must use the URL verbatim (quotes, %2B, %3D kept).
        var url = $"{Origin}/_upload/{id}?guid='{Guid.NewGuid()}'&overwrite=True&rename=False&dc=0&tempauth=v1.eyJhdWQiOiJmYWtlIn0%2Bx%3D";
        return new Reply(200, new JsonObject
        {
            ["uploadUrl"] = url,
            ["expirationDateTime"] = Iso(session.Expires),
            ["nextExpectedRanges"] = new JsonArray("0-"),
        });
    }

    /// <summary>U1–U4 on /_upload/{sid}.</summary>
    private Reply UploadRoute(FakeRequest r, Fault? fault)
    {
        var key = r.Method + " " + r.Path;
        if (r.Headers.ContainsKey("Authorization"))
        {
            Violation(key, "Authorization header sent to the upload URL (it carries its own tempauth)");
            return Error(401, "unauthenticated", "The upload URL must not receive an Authorization header.");
        }

        lock (_gate)
        {
            var id = r.Path["/_upload/".Length..];
            if (!Sessions.TryGetValue(id, out var session))
            {
                return Error(404, "itemNotFound", "The upload session was not found.", "uploadSessionNotFound");
            }

            if (fault?.Action == FaultAction.ExpireSession)
            {
                session.Expires = Time.GetUtcNow().AddSeconds(-1);
            }

            if (fault?.Action == FaultAction.DeleteSession)
            {
                session.State = SessionState.Deleted;
            }

            if (session.State != SessionState.Open)
            {
                if (r.Method == "PUT")
                {
                    Violation(key, $"fragment sent to a {session.State.ToString().ToLowerInvariant()} session");
                }

                return Error(404, "itemNotFound", "The upload session was not found.", "uploadSessionNotFound");
            }

            if (session.Expires <= Time.GetUtcNow())
            {
                return Error(404, "itemNotFound", "The upload session has expired.", "uploadSessionNotFound");
            }

            switch (r.Method)
            {
                case "GET":
                    session.Resynchronised = true;
                    return new Reply(200, new JsonObject
                    {
                        ["expirationDateTime"] = Iso(session.Expires),
                        ["nextExpectedRanges"] = new JsonArray(Range(session)),
                    });
                case "DELETE":
                    session.State = SessionState.Deleted;
                    return new Reply(204);
                case "POST":
                    if (!session.DeferCommit || session.Total is null || session.ReceivedBytes != session.Total)
                    {
                        return Error(400, "invalidRequest", "Nothing to commit.");
                    }

                    return Commit(session, key);
                case "PUT":
                    return Fragment(r, fault, session, key);
                default:
                    return Unrouted(r);
            }
        }
    }

    private Reply Fragment(FakeRequest r, Fault? fault, FakeSession session, string key)
    {
        var header = r.Headers.TryGetValue("Content-Range", out var range) ? range : string.Empty;
        var match = Regex.Match(header, @"^bytes (\d+)-(\d+)/(\d+)$");
        if (!match.Success)
        {
            Violation(key, $"malformed Content-Range '{header}'");
            return Error(400, "invalidRequest", "Invalid Content-Range header.");
        }

        var start = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var end = long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var total = long.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        var length = end - start + 1;
        var problem = BodyLengthProblem(r);
        if (problem is not null || r.Body.LongLength != length)
        {
            Violation(key, problem ?? $"fragment body of {r.Body.LongLength} bytes for Content-Range {header}");
            return Error(400, "invalidRequest", "The fragment length does not match Content-Range.", "fragmentLengthMismatch");
        }

        if ((session.Total is { } known && known != total) || (session.FileSize is { } declared && declared != total))
        {
            Violation(key, $"total {total} differs from the declared/earlier total {session.FileSize ?? session.Total}");
            return Error(400, "invalidRequest", "The total size changed.", "fragmentLengthMismatch");
        }

        session.Total = total;
        if (length > MaxFragment)
        {
            Violation(key, $"fragment of {length} bytes exceeds 60 MiB");
            return Error(413, "maxFragmentLengthExceeded", "The fragment is too large.");
        }

        var received = session.ReceivedBytes;
        if (start < received)
        {
            if (!session.Resynchronised)
            {
                Violation(key, $"overlapping fragment {start}-{end} after {received} bytes, without a status GET first");
            }

            session.Resynchronised = true;
            return Error(416, "invalidRange", "Uploaded fragment overlaps with existing data.", "fragmentOverlap");
        }

        if (start > received)
        {
            Violation(key, $"fragment {start}-{end} leaves a gap after {received} bytes");
            session.Resynchronised = true;
            return Error(416, "invalidRange", "The fragment is out of order.", "fragmentOutOfOrder");
        }

        var last = end + 1 == total;
        if (!last && length % FragmentUnit != 0)
        {
            Violation(key, $"non-final fragment of {length} bytes is not a multiple of 320 KiB");
            if (StrictFragments)
            {
                return Error(400, "invalidRequest", "Fragment size must be a multiple of 320 KiB.");
            }
        }

        if (last && fault?.Action == FaultAction.ConflictAtCommit)
        {
            return Error(409, "nameAlreadyExists", "Another file exists with the same name as the uploaded session.");
        }

        session.Received.Write(r.Body);
        session.FragmentLengths.Add(length);
        session.Resynchronised = false;
        session.Expires = Time.GetUtcNow() + SessionLifetime;
        if (!last)
        {
            return new Reply(202, new JsonObject
            {
                ["expirationDateTime"] = Iso(session.Expires),
                ["nextExpectedRanges"] = new JsonArray($"{session.ReceivedBytes}-"),
            });
        }

        if (session.DeferCommit)
        {
            return new Reply(202, new JsonObject { ["expirationDateTime"] = Iso(session.Expires), ["nextExpectedRanges"] = new JsonArray() });
        }

        return Commit(session, key);
    }

    private Reply Commit(FakeSession session, string key)
    {
        var content = session.Received.ToArray();
        if (session.FileSize is { } declared && declared != content.LongLength)
        {
            Violation(key, $"committed {content.LongLength} bytes, declared {declared}");
        }

        var reply = Store(session.Drive, session.Parent, session.Name, content, session.Conflict);
        if (reply.Status is 200 or 201)
        {
            session.State = SessionState.Committed;
        }

        return reply;
    }

    private static string Range(FakeSession session) =>
        session.Total is { } total ? $"{session.ReceivedBytes}-{total - 1}"
        : session.FileSize is { } size ? $"{session.ReceivedBytes}-{size - 1}"
        : $"{session.ReceivedBytes}-";

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
