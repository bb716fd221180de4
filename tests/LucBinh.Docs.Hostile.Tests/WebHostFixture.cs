using LucBinh.Docs.TestSupport.Hostile;

namespace LucBinh.Docs.Hostile.Tests;

/// <summary>
/// One real web host process per test class, serving the hostile templates beside the bundled one; restarted when a
/// hostile request took it down (that request's test has already failed), so later cases still measure something.
/// </summary>
internal sealed class WebHostFixture : IDisposable
{
    public const string SampleTemplateId = "bao-cao-ket-qua-phoi-hop";

    private WebHostProcess? _host;

    public static IReadOnlyDictionary<string, byte[]> HostileTemplates =>
        HostileCases.All.Where(c => c.HasTemplate).ToDictionary(c => c.TemplateId, c => c.Template!);

    public async Task<WebHostProcess> HostAsync()
    {
        if (_host is { IsRunning: true })
        {
            return _host;
        }

        _host?.Dispose();
        _host = await WebHostProcess.StartAsync(HostileTemplates).ConfigureAwait(false);
        return _host;
    }

    /// <summary>The form of one case: its workbook (or the sample's) and its template id (or the sample's).</summary>
    public static (byte[] Workbook, string FileName, List<(string Name, string Value)> Fields) Form(HostileCase hostile, bool report)
    {
        ArgumentNullException.ThrowIfNull(hostile);
        var workbook = hostile.Workbook ?? File.ReadAllBytes(LucBinh.Docs.TestSupport.RepoPaths.SampleTracker);
        var fields = new List<(string, string)>();
        if (hostile.HasTemplate)
        {
            fields.Add(("template", hostile.TemplateId));
        }
        else if (report)
        {
            fields.Add(("template", SampleTemplateId));
        }

        if (report)
        {
            fields.Add(("publish", "false"));
        }

        return (workbook, hostile.HasWorkbook ? hostile.WorkbookFileName : "so-theo-doi.xlsx", fields);
    }

    public void Dispose() => _host?.Dispose();
}
