using LucBinh.Docs.Publishing.Auth;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.Hosting;
using LucBinh.Docs.Web.AddinManifest;
using LucBinh.Docs.Web.Auth;
using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Endpoints;
using LucBinh.Docs.Web.Jobs;
using LucBinh.Docs.Web.Problems;
using LucBinh.Docs.Web.Security;
using LucBinh.Docs.Web.Storage;
using LucBinh.Docs.Web.Templates;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LucBinh.Docs.Web;

/// <summary>
/// The start-up seam of the web host: <c>Program</c> runs it, tests build it on real Kestrel
/// (<c>--urls http://127.0.0.1:0</c>) and may adjust the builder (configuration, services) before the host reads its
/// settings. Services a test may replace (<see cref="GraphCredentialProvider"/>, <see cref="ITemplateSource"/>) are
/// registered only when the <c>configure</c> callback did not register them.
/// </summary>
public static class LucBinhWebApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        AddLucBinhEnvironment(builder.Configuration);
        configure?.Invoke(builder);

        var web = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        var auth = builder.Configuration.GetSection(WebAuthOptions.Section).Get<WebAuthOptions>() ?? new WebAuthOptions();
        if (auth.Enabled && string.IsNullOrWhiteSpace(auth.TenantId))
        {
            throw new InvalidOperationException("LucBinh:Web:Auth:TenantId is required when sign-in is on (ClientId or Audience set): tokens are accepted from one tenant only (docs/web-api.md).");
        }

        StartupRules.CheckSignIn(auth);
        StartupRules.CheckAnonymous(builder.Configuration, web, auth);
        StartupRules.DefaultAuthMode(builder.Configuration, auth);
        var publishing = Publishing(builder.Configuration, auth);
        StartupRules.CheckPublishing(publishing);
        var limits = LimitsConfiguration.Read(builder.Configuration);
        StartupRules.DefaultAllowedHosts(builder.Services, builder.Configuration, web);

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = web.MaxRequestBytes);
        builder.Services.Configure<IISServerOptions>(o => o.MaxRequestBodySize = web.MaxRequestBytes);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull);
        builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(Math.Max(0.001, web.RequestTimeoutSeconds)),
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context => ProblemResults.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "WEB007", web.RequestTimeoutSeconds),
        });
        builder.Services.AddSingleton(web);
        builder.Services.AddSingleton(auth);
        builder.Services.AddSingleton(publishing);
        builder.Services.TryAddSingleton<GraphCredentialProvider>((options, assertion) => CredentialFactory.Create(options, prompt: null, userAssertion: assertion));
        builder.Services.TryAddSingleton<PublishingCredential>(services =>
        {
            var provider = services.GetRequiredService<GraphCredentialProvider>();
            return options => provider(options, null);
        });
        // One registration for publishing; the host's own defaults (the reports folder) are applied to what it read.
        builder.Services.AddLucBinhPublishing(builder.Configuration);
        builder.Services.PostConfigure<PublishingSettings>(settings => settings.Options = publishing);
        builder.Services.TryAddSingleton<ITemplateSource>(services => new CombinedTemplates(
            new FolderTemplates(web.TemplatesFolder ?? Path.Combine(builder.Environment.ContentRootPath, "templates")),
            publishing.SharePointEnabled && !string.IsNullOrWhiteSpace(web.TemplatesLibrary)
                ? new SharePointTemplates(publishing, services.GetRequiredService<GraphCredentialProvider>(), web.TemplatesLibrary.Trim())
                : null));
        builder.Services.AddSingleton<ReportFiler>();
        builder.Services.TryAddSingleton<WebIssuing>();
        builder.Services.AddSingleton(limits);
        builder.Services.TryAddSingleton<ReportWork>();
        builder.Services.AddSingleton<PublicDiagnostics>();
        HeavyRequests.Add(builder.Services, web);
        if (auth.Enabled)
        {
            WebAuthentication.Add(builder.Services, auth);
        }

        var app = builder.Build();
        RefuseAnonymousBeyondLoopback(app, web, auth);
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LucBinh.Docs.Web");
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // The exception stays in the server's log with the request id; the caller gets only the id.
            ExceptionHandler = context =>
            {
                WebLog.Unexpected(log, context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error, context.TraceIdentifier);
                return ProblemResults.WriteAsync(context, StatusCodes.Status500InternalServerError, "WEB010", context.TraceIdentifier);
            },
        });
        app.UseStatusCodePages(context => context.HttpContext.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => ProblemResults.WriteAsync(context.HttpContext, StatusCodes.Status404NotFound, "WEB014", context.HttpContext.Request.Path.Value),
            StatusCodes.Status405MethodNotAllowed => ProblemResults.WriteAsync(context.HttpContext, StatusCodes.Status405MethodNotAllowed, "WEB015", context.HttpContext.Request.Path.Value, context.HttpContext.Request.Method),
            _ => context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext }).AsTask(),
        });
        if (!app.Environment.IsDevelopment())
        {
            // Behind a proxy that ends TLS, set ASPNETCORE_FORWARDEDHEADERS_ENABLED=true so the scheme is known.
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseLucBinhSecurityHeaders(web);
        app.UseCrossSiteRefusal(web);
        // The site's root is the help page (the task pane only works inside Office).
        var defaults = new DefaultFilesOptions();
        defaults.DefaultFileNames.Clear();
        defaults.DefaultFileNames.Add("help.html");
        app.UseDefaultFiles(defaults);
        app.UseStaticFiles();
        app.UseRouting();
        if (auth.Enabled)
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }

        // The concurrency limiter before the time limit: a request's time is counted from when it gets its turn.
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        var api = app.MapGroup("/api");
        if (auth.Enabled)
        {
            api.RequireAuthorization(WebAuthentication.PolicyName);
        }

        api.MapGet("/templates", TemplatesEndpoint.Handle);
        api.MapPost("/reports", ReportsEndpoint.Handle).DisableAntiforgery().RequireRateLimiting(HeavyRequests.PolicyName);
        api.MapPost("/check", CheckEndpoint.Handle).DisableAntiforgery().RequireRateLimiting(HeavyRequests.PolicyName);
        api.MapPost("/drafts", DraftsEndpoint.Draft).DisableAntiforgery().RequireRateLimiting(HeavyRequests.PolicyName);
        api.MapPost("/preview", DraftsEndpoint.Preview).DisableAntiforgery().RequireRateLimiting(HeavyRequests.PolicyName);
        api.MapPost("/issue", IssueEndpoint.Issue).DisableAntiforgery().RequireRateLimiting(HeavyRequests.PolicyName);
        api.MapGet(IssueEndpoint.PdfRoute, IssueEndpoint.Pdf);
        // The add-in's MSAL sign-in dialog reads the app registration here (anonymous; 404 when sign-in is off).
        SignInConfigEndpoint.Map(app);
        app.MapGet("/healthz", () => TypedResults.Text("ok")).DisableRequestTimeout();
        return app;
    }

    /// <summary>
    /// The start-up check of <see cref="StartupRules.CheckAnonymous"/> once more on the addresses Kestrel really listens
    /// on (endpoints set in code or by a hosting environment included): anonymous beyond loopback stops the host.
    /// </summary>
    private static void RefuseAnonymousBeyondLoopback(WebApplication app, WebOptions web, WebAuthOptions auth)
    {
        if (auth.Enabled || web.AllowAnonymous)
        {
            return;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? [];
            if (StartupRules.FirstBeyondLoopback(addresses) is { } outside)
            {
                var refusal = StartupRules.Refusal("WEB030", outside).Message;
                WebLog.Refused(app.Logger, refusal);
                app.Lifetime.StopApplication();
            }
        });
    }

    /// <summary>
    /// <c>LUCBINH_*</c> environment variables, as for the CLI (<c>LUCBINH_SharePoint__SiteUrl</c>,
    /// <c>LUCBINH_LucBinh__Web__MaxUploadMegabytes</c>), before the command line so that arguments still win.
    /// </summary>
    private static void AddLucBinhEnvironment(ConfigurationManager configuration)
    {
        var sources = (IList<IConfigurationSource>)configuration.Sources;
        var commandLine = sources.Select((s, i) => (s, i)).FirstOrDefault(x => x.s is CommandLineConfigurationSource).i;
        var index = sources.Any(s => s is CommandLineConfigurationSource) ? commandLine : sources.Count;
        sources.Insert(index, new Microsoft.Extensions.Configuration.EnvironmentVariables.EnvironmentVariablesConfigurationSource { Prefix = "LUCBINH_" });
    }

    /// <summary>
    /// The storing options, as the CLI reads them (<c>SharePoint:*</c>, <c>Graph:*</c>, <c>Auth:*</c>, <c>Outbox:*</c>,
    /// <c>Local:*</c>); with neither SharePoint nor a local folder, reports are kept in the user's
    /// <c>LucBinh.Docs/reports</c> folder.
    /// </summary>
    private static PublishingOptions Publishing(IConfiguration configuration, WebAuthOptions auth)
    {
        var options = PublishingOptionsReader.Read(configuration);
        if (options.SharePointEnabled && options.Auth.Mode == AuthMode.OnBehalfOf && !auth.Enabled)
        {
            throw new InvalidOperationException("Auth:Mode=OnBehalfOf needs the add-in's sign-in: set LucBinh:Web:Auth:ClientId and TenantId (docs/web-api.md).");
        }

        return options.SharePointEnabled || options.LocalFolder is not null
            ? options
            : options with
            {
                LocalFolder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "LucBinh.Docs", "reports"),
            };
    }
}

internal static partial class WebLog
{
    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "Request {TraceId} failed unexpectedly")]
    public static partial void Unexpected(ILogger logger, Exception? exception, string traceId);

    [LoggerMessage(EventId = 11, Level = LogLevel.Critical, Message = "{Message}")]
    public static partial void Refused(ILogger logger, string message);
}
