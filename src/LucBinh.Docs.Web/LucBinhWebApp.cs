namespace LucBinh.Docs.Web;

/// <summary>
/// The start-up seam of the web host: <c>Program</c> runs it, tests build it on real Kestrel
/// (<c>--urls http://127.0.0.1:0</c>) and may adjust the builder (configuration, services) before it is built.
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
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}
