using System.Text.Json;

namespace LucBinh.Docs.ManifestBuilder;

/// <summary>
/// Where one installation of the add-in lives: the web host's origin (task pane, command page, icons, API) and the
/// Entra application (client) id used for single sign-on. A manifest is produced for exactly one environment.
/// </summary>
public sealed record AddinEnvironment
{
    public required string Name { get; init; }

    /// <summary>The web host's origin, https only (dev: <c>https://localhost:PORT</c>).</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The Entra app registration's client id; its Application ID URI is <c>api://{host}/{clientId}</c>.</summary>
    public required Guid ClientId { get; init; }

    /// <summary>The host's authority without scheme, as Office requires it in the SSO resource (<c>localhost:44300</c>).</summary>
    public string Authority => BaseUrl.IsDefaultPort ? BaseUrl.Host : $"{BaseUrl.Host}:{BaseUrl.Port}";

    /// <summary>The Application ID URI of the web API: Office's SSO requires <c>api://</c> + the add-in's domain + client id.</summary>
    public string Resource => $"api://{Authority}/{ClientId:D}";

    public string Url(string path) => new Uri(BaseUrl, path).AbsoluteUri;

    /// <summary>Builds and checks an environment; throws <see cref="ArgumentException"/> for a URL Office would refuse.</summary>
    public static AddinEnvironment Create(string name, string baseUrl, string clientId)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"baseUrl must be an absolute https URL (Office loads add-ins only over https): '{baseUrl}'.", nameof(baseUrl));
        }

        if (uri.AbsolutePath != "/" || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new ArgumentException($"baseUrl must be an origin without path, query or fragment: '{baseUrl}'.", nameof(baseUrl));
        }

        if (!Guid.TryParse(clientId, out var id))
        {
            throw new ArgumentException($"clientId must be a GUID (the app registration's Application (client) ID): '{clientId}'.", nameof(clientId));
        }

        return new AddinEnvironment { Name = name, BaseUrl = uri, ClientId = id };
    }

    /// <summary>Reads <c>addin-manifest/environments/NAME.json</c>: <c>{ "name", "baseUrl", "clientId" }</c>.</summary>
    public static AddinEnvironment Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        string Get(string property) => root.TryGetProperty(property, out var value) && value.GetString() is { } text
            ? text
            : throw new ArgumentException($"{path}: '{property}' is missing.", nameof(path));
        return Create(Get("name"), Get("baseUrl"), Get("clientId"));
    }
}
