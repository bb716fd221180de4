namespace LucBinh.Docs.ManifestBuilder;

/// <summary>
/// The add-in's fixed facts shared by both manifests: its identity, the pages and icons the web host serves, the
/// command ids. Pages and icons are paths under the host's origin (<c>src/LucBinh.Docs.Web/wwwroot</c>).
/// </summary>
public static class AddinLayout
{
    /// <summary>The add-in's id: stable for ever (Office keys installations and settings on it).</summary>
    public static readonly Guid Id = new("2c476645-feca-4580-b78d-1a178a940dcc");

    public const string Version = "1.0.0.0";

    public const string TaskPanePage = "taskpane.html";
    public const string CommandsPage = "commands.html";
    public const string HelpPage = "help.html";

    /// <summary>The function <c>commands.js</c> registers with <c>Office.actions.associate</c>.</summary>
    public const string GenerateFunction = "generateReport";

    public const string TaskPaneId = "LucBinh.TaskPane";

    /// <summary>Icon files (relative to wwwroot) by pixel size: the add-in's own icon (32 and 64)…</summary>
    public static string AddinIcon(int size) => $"assets/icon-{size}.png";

    /// <summary>… the "Tạo báo cáo" button (16, 32, 80) …</summary>
    public static string GenerateIcon(int size) => $"assets/generate-{size}.png";

    /// <summary>… and the task pane button (16, 32, 80).</summary>
    public static string TaskPaneIcon(int size) => $"assets/taskpane-{size}.png";

    public static readonly int[] ButtonSizes = [16, 32, 80];

    public static readonly int[] AddinIconSizes = [32, 64];

    /// <summary>Graph permissions the host asks on the user's behalf (on-behalf-of) besides the OpenID scopes.</summary>
    public static readonly string[] Scopes = ["openid", "profile", "Files.ReadWrite", "Sites.ReadWrite.All"];

    /// <summary>Sign-in pages the SSO fallback dialog (signin.html with MSAL) navigates to.</summary>
    public static readonly string[] SignInDomains = ["https://login.microsoftonline.com"];
}
