using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace LucBinh.Docs.ManifestBuilder;

/// <summary>
/// The XML add-in manifest (OfficeApp 1.1, TaskPaneApp, host Workbook, VersionOverrides 1.0) for one environment:
/// a group on the Home tab with "Tạo báo cáo" (ExecuteFunction in commands.html) and a button opening the task pane.
/// Validated against Microsoft's XSDs by LucBinh.Docs.Addin.Tests (ManifestSchemaTests).
/// </summary>
public static class XmlManifest
{
    public static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    public static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    public static readonly XNamespace Ov = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private const string English = "en-US";

    public static XDocument Build(AddinEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        var root = new XElement(App + "OfficeApp",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(XNamespace.Xmlns + "bt", Bt),
            new XAttribute(Xsi + "type", "TaskPaneApp"),
            new XElement(App + "Id", AddinLayout.Id.ToString("D")),
            new XElement(App + "Version", AddinLayout.Version),
            new XElement(App + "ProviderName", AddinTexts.ProviderName.Vi),
            new XElement(App + "DefaultLocale", "vi-VN"),
            Localized(App + "DisplayName", AddinTexts.DisplayName),
            Localized(App + "Description", AddinTexts.Description),
            new XElement(App + "IconUrl", new XAttribute("DefaultValue", env.Url(AddinLayout.AddinIcon(32)))),
            new XElement(App + "HighResolutionIconUrl", new XAttribute("DefaultValue", env.Url(AddinLayout.AddinIcon(64)))),
            new XElement(App + "SupportUrl", new XAttribute("DefaultValue", env.Url(AddinLayout.HelpPage))),
            // The host's own origin is implied; the sign-in fallback dialog navigates to Microsoft's login pages.
            new XElement(App + "AppDomains", AddinLayout.SignInDomains.Select(d => new XElement(App + "AppDomain", d))),
            new XElement(App + "Hosts", new XElement(App + "Host", new XAttribute("Name", "Workbook"))),
            // ExcelApi 1.1 is everywhere the ribbon is: reading Thông tin chung and selecting a cell need nothing newer.
            new XElement(App + "Requirements",
                new XElement(App + "Sets", new XAttribute("DefaultMinVersion", "1.1"),
                    new XElement(App + "Set", new XAttribute("Name", "ExcelApi"), new XAttribute("MinVersion", "1.1")))),
            new XElement(App + "DefaultSettings",
                new XElement(App + "SourceLocation", new XAttribute("DefaultValue", env.Url(AddinLayout.TaskPanePage)))),
            // getFileAsync (the whole workbook) needs ReadDocument; selecting a cell to fix needs nothing more, but the
            // task pane may later write (ReadWriteDocument keeps that open without a new consent).
            new XElement(App + "Permissions", "ReadWriteDocument"),
            VersionOverrides(env));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>The manifest as UTF-8 bytes (no BOM, LF line ends, two-space indent): the committed form.</summary>
    public static byte[] Serialize(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static XElement Localized(XName name, LocalizedText text) =>
        new(name, new XAttribute("DefaultValue", text.Vi),
            new XElement(App + "Override", new XAttribute("Locale", English), new XAttribute("Value", text.En)));

    private static XElement VersionOverrides(AddinEnvironment env)
    {
        // VersionOverrides lives in its own namespace: write it as the default namespace inside, as Office's samples do.
        return new XElement(Ov + "VersionOverrides",
            new XAttribute("xmlns", Ov.NamespaceName),
            new XAttribute(Xsi + "type", "VersionOverridesV1_0"),
            new XElement(Ov + "Hosts",
                new XElement(Ov + "Host", new XAttribute(Xsi + "type", "Workbook"),
                    new XElement(Ov + "DesktopFormFactor",
                        new XElement(Ov + "GetStarted",
                            new XElement(Ov + "Title", Resid("LucBinh.GetStarted.Title")),
                            new XElement(Ov + "Description", Resid("LucBinh.GetStarted.Description")),
                            new XElement(Ov + "LearnMoreUrl", Resid("LucBinh.Help.Url"))),
                        new XElement(Ov + "FunctionFile", Resid("LucBinh.Commands.Url")),
                        new XElement(Ov + "ExtensionPoint", new XAttribute(Xsi + "type", "PrimaryCommandSurface"),
                            new XElement(Ov + "OfficeTab", new XAttribute("id", "TabHome"),
                                new XElement(Ov + "Group", new XAttribute("id", "LucBinh.Group"),
                                    new XElement(Ov + "Label", Resid("LucBinh.Group.Label")),
                                    Icons("LucBinh.Icon.Generate"),
                                    Button("LucBinh.Generate", "LucBinh.Generate.Title", "LucBinh.Icon.Generate",
                                        new XElement(Ov + "Action", new XAttribute(Xsi + "type", "ExecuteFunction"),
                                            new XElement(Ov + "FunctionName", AddinLayout.GenerateFunction))),
                                    Button("LucBinh.TaskPane", "LucBinh.TaskPane.Title", "LucBinh.Icon.TaskPane",
                                        new XElement(Ov + "Action", new XAttribute(Xsi + "type", "ShowTaskpane"),
                                            new XElement(Ov + "TaskpaneId", AddinLayout.TaskPaneId),
                                            new XElement(Ov + "SourceLocation", Resid("LucBinh.TaskPane.Url")),
                                            new XElement(Ov + "Title", Resid("LucBinh.TaskPane.Title")))))))))),
            Resources(env),
            new XElement(Ov + "WebApplicationInfo",
                new XElement(Ov + "Id", env.ClientId.ToString("D")),
                new XElement(Ov + "Resource", env.Resource),
                new XElement(Ov + "Scopes", AddinLayout.Scopes.Select(s => new XElement(Ov + "Scope", s)))));
    }

    private static XAttribute Resid(string id) => new("resid", id);

    private static XElement Icons(string prefix) =>
        new(Ov + "Icon", AddinLayout.ButtonSizes.Select(size =>
            new XElement(Bt + "Image", new XAttribute("size", size.ToString(CultureInfo.InvariantCulture)), Resid($"{prefix}.{size}"))));

    /// <summary>A ribbon button whose texts are the resources <c>{id}.Label</c> and <c>{id}.Tooltip</c>.</summary>
    private static XElement Button(string id, string titleId, string icon, XElement action) =>
        new(Ov + "Control", new XAttribute(Xsi + "type", "Button"), new XAttribute("id", id),
            new XElement(Ov + "Label", Resid(id + ".Label")),
            new XElement(Ov + "Supertip",
                new XElement(Ov + "Title", Resid(titleId)),
                new XElement(Ov + "Description", Resid(id + ".Tooltip"))),
            Icons(icon),
            action);

    private static XElement Resources(AddinEnvironment env)
    {
        var images = AddinLayout.ButtonSizes.SelectMany(size => new[]
        {
            Image($"LucBinh.Icon.Generate.{size}", env.Url(AddinLayout.GenerateIcon(size))),
            Image($"LucBinh.Icon.TaskPane.{size}", env.Url(AddinLayout.TaskPaneIcon(size))),
        });
        return new XElement(Ov + "Resources",
            new XElement(Bt + "Images", images),
            new XElement(Bt + "Urls",
                Url("LucBinh.Commands.Url", env.Url(AddinLayout.CommandsPage)),
                Url("LucBinh.TaskPane.Url", env.Url(AddinLayout.TaskPanePage)),
                Url("LucBinh.Help.Url", env.Url(AddinLayout.HelpPage))),
            new XElement(Bt + "ShortStrings", AddinTexts.ShortStrings.Select(s => String(s.Id, s.Text))),
            new XElement(Bt + "LongStrings", AddinTexts.LongStrings.Select(s => String(s.Id, s.Text))));
    }

    private static XElement Image(string id, string url) =>
        new(Bt + "Image", new XAttribute("id", id), new XAttribute("DefaultValue", url));

    private static XElement Url(string id, string url) =>
        new(Bt + "Url", new XAttribute("id", id), new XAttribute("DefaultValue", url));

    private static XElement String(string id, LocalizedText text) =>
        new(Bt + "String", new XAttribute("id", id), new XAttribute("DefaultValue", text.Vi),
            new XElement(Bt + "Override", new XAttribute("Locale", English), new XAttribute("Value", text.En)));
}
