using System.Text;
using LucBinh.Docs.Diagnostics;
using Microsoft.Graph;

namespace LucBinh.Docs.Publishing.SharePoint;

public sealed partial class SharePointStore
{
    /// <summary>The site, library and (optionally) write steps of <see cref="SharePointCheck"/>.</summary>
    internal async Task<IReadOnlyList<CheckStep>> CheckAsync(bool writeProbe, CancellationToken cancellationToken)
    {
        var steps = new List<CheckStep>();
        Library library;
        try
        {
            library = await ResolveLibraryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var problem = GraphFailures.Translate(e, Site, _options.Graph.MaxRetries, _options.Graph.TimeoutSeconds, cancellationToken).Diagnostic;
            var siteFailed = problem.Code != "PUB107";
            steps.Add(new CheckStep("Check.Site", siteFailed ? CheckStatus.Failed : CheckStatus.Ok, null, siteFailed ? problem : null));
            steps.Add(new CheckStep("Check.Library", siteFailed ? CheckStatus.Skipped : CheckStatus.Failed, null, siteFailed ? null : problem));
            steps.Add(new CheckStep("Check.Write", CheckStatus.Skipped));
            return steps;
        }

        steps.Add(new CheckStep("Check.Site", CheckStatus.Ok, library.SiteId));
        steps.Add(new CheckStep("Check.Library", CheckStatus.Ok, library.ServerRelativePath));
        if (!writeProbe)
        {
            steps.Add(new CheckStep("Check.Write", CheckStatus.Skipped));
            return steps;
        }

        var name = $".lucbinh-docs-check-{Guid.NewGuid():N}.txt";
        try
        {
            var plan = new StorePlan
            {
                Store = Kind,
                SourcePath = string.Empty,
                Folder = string.Empty,
                FileName = name,
                Size = 0,
                Sha256 = string.Empty,
                ConflictBehavior = ConflictBehavior.Fail,
            };
            var content = Encoding.UTF8.GetBytes("lucbinh-docs sharepoint check\n");
            var item = await PutOnceAsync(library, library.RootId, plan with { Size = content.Length }, content, null, cancellationToken).ConfigureAwait(false);
            await _graph.Drives[library.DriveId].Items[item.Id].DeleteAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            steps.Add(new CheckStep("Check.Write", CheckStatus.Ok, name));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            steps.Add(new CheckStep("Check.Write", CheckStatus.Failed, name,
                GraphFailures.Translate(e, Site, _options.Graph.MaxRetries, _options.Graph.TimeoutSeconds, cancellationToken).Diagnostic));
        }

        return steps;
    }
}
