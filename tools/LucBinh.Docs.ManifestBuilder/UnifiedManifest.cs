using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LucBinh.Docs.ManifestBuilder;

/// <summary>
/// The unified app manifest for Microsoft 365 (JSON, Teams-style <c>manifest.json</c> with <c>extensions</c>) with the
/// same ribbon, pages, icons and SSO resource as <see cref="XmlManifest"/>. For Excel it is a preview (docs/addin.md
/// says when to use which); its app package is <c>manifest.json</c> + <c>color.png</c> + <c>outline.png</c> +
/// <c>en-us.json</c> (English strings) zipped together.
/// </summary>
public static class UnifiedManifest
{
    public const string ManifestVersion = "1.17";
    public const string EnglishFile = "en-us.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject Build(AddinEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        var group = Text("LucBinh.Group.Label");
        return new JsonObject
        {
            ["$schema"] = $"https://developer.microsoft.com/json-schemas/teams/v{ManifestVersion}/MicrosoftTeams.schema.json",
            ["manifestVersion"] = ManifestVersion,
            ["version"] = "1.0.0",
            ["id"] = AddinLayout.Id.ToString("D"),
            ["developer"] = new JsonObject
            {
                ["name"] = AddinTexts.ProviderName.Vi,
                ["websiteUrl"] = env.Url(AddinLayout.HelpPage),
                ["privacyUrl"] = env.Url(AddinLayout.HelpPage) + "#privacy",
                ["termsOfUseUrl"] = env.Url(AddinLayout.HelpPage) + "#terms",
            },
            ["name"] = new JsonObject { ["short"] = AddinTexts.DisplayName.Vi, ["full"] = AddinTexts.DisplayName.Vi },
            ["description"] = new JsonObject { ["short"] = AddinTexts.DisplayName.Vi, ["full"] = AddinTexts.Description.Vi },
            ["icons"] = new JsonObject { ["outline"] = "outline.png", ["color"] = "color.png" },
            ["accentColor"] = "#B3261E",
            ["localizationInfo"] = new JsonObject
            {
                ["defaultLanguageTag"] = "vi-vn",
                ["additionalLanguages"] = new JsonArray(new JsonObject { ["languageTag"] = "en-us", ["file"] = EnglishFile }),
            },
            ["validDomains"] = new JsonArray(env.Authority),
            ["webApplicationInfo"] = new JsonObject { ["id"] = env.ClientId.ToString("D"), ["resource"] = env.Resource },
            ["authorization"] = new JsonObject
            {
                ["permissions"] = new JsonObject
                {
                    ["resourceSpecific"] = new JsonArray(new JsonObject { ["name"] = "Document.ReadWrite.User", ["type"] = "Delegated" }),
                },
            },
            ["extensions"] = new JsonArray(new JsonObject
            {
                ["requirements"] = new JsonObject
                {
                    ["scopes"] = new JsonArray("workbook"),
                    ["capabilities"] = new JsonArray(new JsonObject { ["name"] = "ExcelApi", ["minVersion"] = "1.1" }),
                },
                ["runtimes"] = new JsonArray(
                    new JsonObject
                    {
                        ["id"] = "TaskPaneRuntime",
                        ["type"] = "general",
                        ["code"] = new JsonObject { ["page"] = env.Url(AddinLayout.TaskPanePage) },
                        ["lifetime"] = "short",
                        ["actions"] = new JsonArray(new JsonObject
                        {
                            ["id"] = "ShowTaskPane",
                            ["type"] = "openPage",
                            ["view"] = AddinLayout.TaskPaneId,
                            ["pinnable"] = false,
                        }),
                    },
                    new JsonObject
                    {
                        ["id"] = "CommandsRuntime",
                        ["type"] = "general",
                        ["code"] = new JsonObject { ["page"] = env.Url(AddinLayout.CommandsPage) },
                        ["lifetime"] = "short",
                        ["actions"] = new JsonArray(new JsonObject
                        {
                            ["id"] = AddinLayout.GenerateFunction,
                            ["type"] = "executeFunction",
                            ["displayName"] = Text("LucBinh.Generate.Label"),
                        }),
                    }),
                ["ribbons"] = new JsonArray(new JsonObject
                {
                    ["contexts"] = new JsonArray("default"),
                    ["tabs"] = new JsonArray(new JsonObject
                    {
                        ["builtInTabId"] = "TabHome",
                        ["groups"] = new JsonArray(new JsonObject
                        {
                            ["id"] = "LucBinh.Group",
                            ["label"] = group,
                            ["icons"] = Icons(env, AddinLayout.GenerateIcon),
                            ["controls"] = new JsonArray(
                                Button(env, "LucBinh.Generate", AddinLayout.GenerateIcon, AddinLayout.GenerateFunction),
                                Button(env, "LucBinh.TaskPane", AddinLayout.TaskPaneIcon, "ShowTaskPane")),
                        }),
                    }),
                }),
                ["getStartedMessages"] = new JsonArray(new JsonObject
                {
                    ["title"] = Text("LucBinh.GetStarted.Title"),
                    ["description"] = Text("LucBinh.GetStarted.Description"),
                    ["learnMoreUrl"] = env.Url(AddinLayout.HelpPage),
                }),
            }),
        };
    }

    /// <summary>The English localization file: the same keys as the manifest, with English values.</summary>
    public static JsonObject English()
    {
        return new JsonObject
        {
            ["$schema"] = $"https://developer.microsoft.com/json-schemas/teams/v{ManifestVersion}/MicrosoftTeams.Localization.schema.json",
            ["name.short"] = AddinTexts.DisplayName.En,
            ["name.full"] = AddinTexts.DisplayName.En,
            ["description.short"] = AddinTexts.DisplayName.En,
            ["description.full"] = AddinTexts.Description.En,
            ["extensions[0].ribbons[0].tabs[0].groups[0].label"] = EnglishText("LucBinh.Group.Label"),
            ["extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label"] = EnglishText("LucBinh.Generate.Label"),
            ["extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.title"] = EnglishText("LucBinh.Generate.Title"),
            ["extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.description"] = EnglishText("LucBinh.Generate.Tooltip"),
            ["extensions[0].ribbons[0].tabs[0].groups[0].controls[1].label"] = EnglishText("LucBinh.TaskPane.Label"),
            ["extensions[0].ribbons[0].tabs[0].groups[0].controls[1].supertip.title"] = EnglishText("LucBinh.TaskPane.Title"),
            ["extensions[0].ribbons[0].tabs[0].groups[0].controls[1].supertip.description"] = EnglishText("LucBinh.TaskPane.Tooltip"),
            ["extensions[0].getStartedMessages[0].title"] = EnglishText("LucBinh.GetStarted.Title"),
            ["extensions[0].getStartedMessages[0].description"] = EnglishText("LucBinh.GetStarted.Description"),
        };
    }

    public static byte[] Serialize(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Encoding.UTF8.GetBytes(node.ToJsonString(Options) + "\n");
    }

    private static LocalizedText Find(string id) =>
        AddinTexts.ShortStrings.Concat(AddinTexts.LongStrings).First(s => s.Id == id).Text;

    private static string Text(string id) => Find(id).Vi;

    private static string EnglishText(string id) => Find(id).En;

    private static JsonArray Icons(AddinEnvironment env, Func<int, string> path) =>
        new([.. AddinLayout.ButtonSizes.Select(size => (JsonNode)new JsonObject
        {
            ["size"] = size,
            ["url"] = env.Url(path(size)),
        })]);

    private static JsonObject Button(AddinEnvironment env, string id, Func<int, string> icon, string actionId) => new()
    {
        ["id"] = id,
        ["type"] = "button",
        ["label"] = Text(id + ".Label"),
        ["icons"] = Icons(env, icon),
        ["supertip"] = new JsonObject
        {
            ["title"] = Text(string.Create(CultureInfo.InvariantCulture, $"{id}.Title")),
            ["description"] = Text(id + ".Tooltip"),
        },
        ["actionId"] = actionId,
    };
}
