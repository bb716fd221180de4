using Azure.Core;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.SharePoint;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace LucBinh.Docs.Publishing.Register;

/// <summary>
/// The register as a SharePoint list on the committee's site (<see cref="RegisterOptions.ListName"/>), shared by every
/// machine and web host instance. A number is taken by creating the item that holds it: SharePoint refuses a second
/// item with the same <c>KindScopeNumber</c> (a column with enforceUniqueValues), so of two clerks reading the same
/// highest number only one gets "+1"; the other re-reads and tries the next (bounded attempts, growing jittered wait).
/// Throttling (429/503 with Retry-After) is retried by the Graph client's RetryHandler with the upload's rules
/// (Graph:MaxRetries, Graph:TimeoutSeconds). Reserving again for the same document key returns its live entry
/// (<c>KindScopeKey</c> is unique too, so two racing reservations of one document cannot both get a number).
/// After a refused item the highest number is read again rather than assumed: some clients report that a refusal
/// leaves an empty item behind (graph-notes §12), which has no kind and is ignored. A POST whose answer was lost is
/// followed by a look-up by document key, so it never costs a second number.
/// </summary>
public sealed class SharePointDocumentRegister : IDocumentRegister, IDisposable
{
    /// <summary>How many items a reservation may try to create before giving up (PUB303).</summary>
    public const int MaxAttempts = 25;

    /// <summary>The most entries one listing reads (pages of 200): a bound on a hostile or runaway list.</summary>
    public const int MaxListed = 100_000;

    /// <summary>How many dropped connections one reservation rides out (each followed by a look-up by document key).</summary>
    private const int MaxLostAnswers = 3;

    private const int MaxKindLength = 16;
    private const int MaxScopeLength = 32;
    private const int MaxDocumentKeyLength = 1024;

    private readonly GraphServiceClient _graph;
    private readonly SiteLocator _site;
    private readonly RegisterOptions _options;
    private readonly GraphOptions _graphOptions;
    private readonly TimeProvider _time;
    private readonly bool _ownsSite;
    private string? _listId;
    private int _conflictsSeen;

    public SharePointDocumentRegister(Uri siteUrl, RegisterOptions options, GraphOptions graph, TokenCredential credential, HttpMessageHandler? finalHandler = null, TimeProvider? time = null)
        : this(GraphClients.CreateGraph(graph, credential, finalHandler), siteUrl, options, graph, time)
    {
    }

    internal SharePointDocumentRegister(GraphServiceClient graph, Uri siteUrl, RegisterOptions options, GraphOptions graphOptions, TimeProvider? time = null)
        : this(graph, new SiteLocator(graph, siteUrl), options, graphOptions, time)
    {
        _ownsSite = true;
    }

    internal SharePointDocumentRegister(GraphServiceClient graph, SiteLocator site, RegisterOptions options, GraphOptions graphOptions, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _graph = graph;
        _site = site;
        _options = options;
        _graphOptions = graphOptions;
        _time = time ?? TimeProvider.System;
    }

    public string Destination => $"{_site.SiteUrl} › {_options.ListName}";

    /// <summary>Items created and refused as duplicates by this instance (a measure of contention, for tests and logs).</summary>
    public int ConflictsSeen => Volatile.Read(ref _conflictsSeen);

    public Task<RegisterEntry> ReserveAsync(NumberRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request.KindCode, request.Scope);
        if (string.IsNullOrWhiteSpace(request.DocumentKey) || request.DocumentKey.Length > MaxDocumentKeyLength)
        {
            throw new PublishException(PublishingDiagnostics.Error("PUB308", "DocumentKey", MaxDocumentKeyLength), queueable: false);
        }

        return Guard(() => ReserveCoreAsync(request, cancellationToken), cancellationToken);
    }

    public Task<RegisterEntry> CompleteAsync(RegisterEntry entry, IssuedFiles files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(files);
        return Guard(() => UpdateAsync(entry.KindCode, entry.Scope, entry.Number, current => current.Status switch
        {
            RegisterStatus.Issued when current.Files?.ContentHash == files.ContentHash => null,
            RegisterStatus.Issued => throw new PublishException(PublishingDiagnostics.Error("PUB305", current.Symbol, current.Scope), queueable: false),
            RegisterStatus.Cancelled => throw new PublishException(PublishingDiagnostics.Error("PUB306", current.Symbol, current.Scope, current.CancelReason), queueable: false),
            _ => RegisterFields.ForIssue(files, _time.GetUtcNow()),
        }, current => current with { Status = RegisterStatus.Issued, Files = files, ClosedAt = _time.GetUtcNow() }, cancellationToken), cancellationToken);
    }

    public Task<RegisterEntry> CancelAsync(string kindCode, string scope, int number, string reason, CancellationToken cancellationToken = default)
    {
        Validate(kindCode, scope);
        ArgumentNullException.ThrowIfNull(reason);
        return Guard(() => UpdateAsync(kindCode, scope, number, current => current.Status switch
        {
            RegisterStatus.Cancelled => null,
            RegisterStatus.Issued => throw new PublishException(PublishingDiagnostics.Error("PUB305", current.Symbol, current.Scope), queueable: false),
            _ => RegisterFields.ForCancel(current, reason, _time.GetUtcNow()),
        }, current => current with { Status = RegisterStatus.Cancelled, CancelReason = reason, ClosedAt = _time.GetUtcNow() }, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<RegisterEntry>> ListAsync(RegisterQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Guard(() => ListCoreAsync(query, cancellationToken), cancellationToken);
    }

    public void Dispose()
    {
        if (_ownsSite)
        {
            _site.Dispose();
        }
    }

    private static void Validate(string kind, string scope)
    {
        if (string.IsNullOrWhiteSpace(kind) || kind.Length > MaxKindLength || kind.Contains('|', StringComparison.Ordinal))
        {
            throw new PublishException(PublishingDiagnostics.Error("PUB308", "KindCode", MaxKindLength), queueable: false);
        }

        if (string.IsNullOrWhiteSpace(scope) || scope.Length > MaxScopeLength || scope.Contains('|', StringComparison.Ordinal))
        {
            throw new PublishException(PublishingDiagnostics.Error("PUB308", "Scope", MaxScopeLength), queueable: false);
        }
    }

    private async Task<RegisterEntry> ReserveCoreAsync(NumberRequest request, CancellationToken cancellationToken)
    {
        var listId = await ListIdAsync(cancellationToken).ConfigureAwait(false);
        var documentKey = RegisterFields.DocumentKeyOf(request.KindCode, request.Scope, request.DocumentKey);
        var lostAnswers = 0;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var existing = await QueryAsync(listId, $"fields/{RegisterFields.KindScopeKey} eq {Quote(documentKey)}", null, 1, cancellationToken).ConfigureAwait(false);
            if (existing.Count > 0)
            {
                return existing[0].Entry;
            }

            var highest = await QueryAsync(
                listId,
                $"fields/{RegisterFields.KindCode} eq {Quote(request.KindCode)} and fields/{RegisterFields.Scope} eq {Quote(request.Scope)}",
                $"fields/{RegisterFields.Number} desc",
                1,
                cancellationToken).ConfigureAwait(false);
            var number = (highest.Count == 0 ? 0 : highest[0].Entry.Number) + 1;
            try
            {
                var created = await _graph.Sites[await _site.SiteIdAsync(cancellationToken).ConfigureAwait(false)].Lists[listId].Items.PostAsync(
                    new ListItem { Fields = new FieldValueSet { AdditionalData = RegisterFields.ForReservation(request, number, _time.GetUtcNow()) } },
                    cancellationToken: cancellationToken).ConfigureAwait(false);
                return (created?.Fields?.AdditionalData is { } fields ? RegisterFields.Entry(fields!) : null)
                    ?? new RegisterEntry(request.KindCode, request.Scope, number, RegisterStatus.Reserved, request) { ReservedAt = _time.GetUtcNow() };
            }
            catch (Exception e) when (GraphFailures.IsTransport(e, cancellationToken) && ++lostAnswers <= MaxLostAnswers)
            {
                // The item may have been created with its answer lost: the next round finds it by its document key
                // instead of taking a second number.
                await Task.Delay(TimeSpan.FromMilliseconds(200 * lostAnswers), _time, cancellationToken).ConfigureAwait(false);
            }
            catch (ODataError e) when (IsDuplicate(e))
            {
                // Someone took this number (or reserved this document) between our read and our write: read again.
                Interlocked.Increment(ref _conflictsSeen);
                var wait = Math.Min(2000, 25 * attempt) + Random.Shared.Next(0, 25 * attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(wait), _time, cancellationToken).ConfigureAwait(false);
            }
        }

        throw new PublishException(PublishingDiagnostics.Error("PUB303", request.KindCode, request.Scope, MaxAttempts), queueable: true);
    }

    /// <summary>Reads the entry, asks <paramref name="change"/> for its new fields (null: already so), writes them under the item's eTag; a 412 reads again.</summary>
    private async Task<RegisterEntry> UpdateAsync(string kind, string scope, int number, Func<RegisterEntry, Dictionary<string, object>?> change, Func<RegisterEntry, RegisterEntry> changed, CancellationToken cancellationToken)
    {
        var listId = await ListIdAsync(cancellationToken).ConfigureAwait(false);
        var siteId = await _site.SiteIdAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var matches = await QueryAsync(listId, $"fields/{RegisterFields.KindScopeNumber} eq {Quote(RegisterFields.NumberKey(kind, scope, number))}", null, 1, cancellationToken).ConfigureAwait(false);
            var found = matches.Count > 0 ? matches[0] : throw new PublishException(PublishingDiagnostics.Error("PUB304", kind, number, scope), queueable: false);
            if (change(found.Entry) is not { } fields)
            {
                return found.Entry;
            }

            try
            {
                await _graph.Sites[siteId].Lists[listId].Items[found.ItemId].Fields.PatchAsync(
                    new FieldValueSet { AdditionalData = fields },
                    rc => rc.Headers.Add("If-Match", found.ETag),
                    cancellationToken).ConfigureAwait(false);
                return changed(found.Entry);
            }
            catch (ODataError e) when (e.ResponseStatusCode is 412 or 409 && attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<IReadOnlyList<RegisterEntry>> ListCoreAsync(RegisterQuery query, CancellationToken cancellationToken)
    {
        var listId = await ListIdAsync(cancellationToken).ConfigureAwait(false);
        var clauses = new List<string>();
        if (query.KindCode is { Length: > 0 } kind)
        {
            clauses.Add($"fields/{RegisterFields.KindCode} eq {Quote(kind)}");
        }

        if (query.Scope is { Length: > 0 } scope)
        {
            clauses.Add($"fields/{RegisterFields.Scope} eq {Quote(scope)}");
        }

        var items = await QueryAsync(listId, clauses.Count == 0 ? null : string.Join(" and ", clauses), null, null, cancellationToken).ConfigureAwait(false);
        return [.. items.Select(i => i.Entry)
            .Where(e => query.Year is not { } year || e.Request.IssueDate.Year == year)
            .OrderBy(e => e.KindCode, StringComparer.Ordinal)
            .ThenBy(e => e.Scope, StringComparer.Ordinal)
            .ThenBy(e => e.Number)];
    }

    /// <summary>
    /// <c>GET /sites/{s}/lists/{l}/items?$expand=fields&amp;$filter=…&amp;$orderby=…&amp;$top=…</c>, following
    /// <c>@odata.nextLink</c> when no top is given (up to <see cref="MaxListed"/> items). Items that are not entries
    /// (no kind, number) are skipped.
    /// </summary>
    private async Task<List<(string ItemId, string ETag, RegisterEntry Entry)>> QueryAsync(string listId, string? filter, string? orderBy, int? top, CancellationToken cancellationToken)
    {
        var siteId = await _site.SiteIdAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<(string, string, RegisterEntry)>();
        var page = await _graph.Sites[siteId].Lists[listId].Items.GetAsync(rc =>
        {
            rc.QueryParameters.Expand = ["fields"];
            rc.QueryParameters.Filter = filter;
            rc.QueryParameters.Orderby = orderBy is null ? null : [orderBy];
            rc.QueryParameters.Top = top;
            rc.Headers.Add("Prefer", SharePointRegisterList.NonIndexedPrefer);
        }, cancellationToken).ConfigureAwait(false);
        var read = 0;
        while (page is not null)
        {
            foreach (var item in page.Value ?? [])
            {
                read++;
                if (item.Id is { } id && item.Fields?.AdditionalData is { } fields && RegisterFields.Entry(fields!) is { } entry)
                {
                    var etag = RegisterFields.Text(fields!, "@odata.etag") ?? item.ETag ?? "*";
                    result.Add((id, etag, entry));
                }
            }

            if (top is not null || page.OdataNextLink is not { Length: > 0 } next || read >= MaxListed)
            {
                break;
            }

            page = await _graph.Sites[siteId].Lists[listId].Items.WithUrl(next).GetAsync(
                rc => rc.Headers.Add("Prefer", SharePointRegisterList.NonIndexedPrefer), cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<string> ListIdAsync(CancellationToken cancellationToken)
    {
        if (_listId is { } cached)
        {
            return cached;
        }

        var siteId = await _site.SiteIdAsync(cancellationToken).ConfigureAwait(false);
        _listId = await SharePointRegisterList.FindAsync(_graph, siteId, _options.ListName, cancellationToken).ConfigureAwait(false)
            ?? throw new PublishException(PublishingDiagnostics.Error("PUB300", _options.ListName, _site.Site), queueable: false);
        return _listId;
    }

    /// <summary>
    /// SharePoint's refusal of a duplicate in a unique column: "…duplicate values were found…", seen through Graph as a
    /// 409, a 400 or SharePoint's own 500 (graph-notes §12). The message decides; a bare 409 conflict also counts.
    /// </summary>
    private static bool IsDuplicate(ODataError e) =>
        e.Error?.Message?.Contains("duplicate values", StringComparison.OrdinalIgnoreCase) == true
        || (e.ResponseStatusCode == 409 && e.Error?.Code is "conflict" or "nameAlreadyExists");

    /// <summary>An OData string literal: quotes doubled.</summary>
    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private async Task<T> Guard<T>(Func<Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not PublishException && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw GraphFailures.Translate(e, _site.Site, _graphOptions.MaxRetries, _graphOptions.TimeoutSeconds, cancellationToken);
        }
    }
}
