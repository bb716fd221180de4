using System.Text;
using System.Text.Json;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Issuing;

/// <summary>The kind a document is numbered as, and the symbol written after its number.</summary>
/// <param name="Code">The kind's code: "BC" in "45-BC/ĐU".</param>
/// <param name="SymbolSuffix">What follows the number and the hyphen: "BC/ĐU".</param>
/// <param name="Name">The kind's name for the register ("Báo cáo"), or null when unknown.</param>
public sealed record IssuedKind(string Code, string SymbolSuffix, string? Name);

/// <summary>
/// Finds a document's kind: from the template's manifest when there is one (<see cref="TemplateManifest.KindCode"/>),
/// else from the tracker's <c>thong_tin_chung.ky_hieu</c> (the part before '/': "BC/ĐU" → BC). Kind names are the
/// Party's (Hướng dẫn 36-HD/VPTW), from the catalog.
/// </summary>
public static class DocumentKinds
{
    /// <exception cref="LucBinhException">ISS001: neither a manifest nor the tracker says the kind.</exception>
    public static IssuedKind Resolve(TemplateManifest? manifest, DataRecord data, string templateName)
    {
        ArgumentNullException.ThrowIfNull(data);
        var symbol = (data[TrackerKeys.Info] as DataRecord)?[TrackerKeys.Symbol] as string;
        symbol = symbol?.Trim().Normalize(NormalizationForm.FormC);
        var fromSymbol = symbol is { Length: > 0 } ? symbol.Split('/', 2)[0].Trim() : null;
        var code = manifest?.KindCode is { Length: > 0 } declared ? declared.Trim().Normalize(NormalizationForm.FormC) : fromSymbol;
        if (string.IsNullOrEmpty(code) || code.Any(c => char.IsWhiteSpace(c) || c == '/'))
        {
            throw IssuingDiagnostics.Failure("ISS001", new FileLocation(templateName), symbol ?? string.Empty);
        }

        // The tracker's symbol names the issuing body ("/ĐU"); with a manifest whose code differs, the manifest's code wins.
        var suffix = symbol is { Length: > 0 } && string.Equals(fromSymbol, code, StringComparison.Ordinal) ? symbol
            : symbol is { Length: > 0 } && symbol.Contains('/', StringComparison.Ordinal) ? code + symbol[symbol.IndexOf('/', StringComparison.Ordinal)..]
            : code;
        return new IssuedKind(code, suffix, NameOf(code));
    }

    /// <summary>The kind's Vietnamese name ("Báo cáo" for BC), or null for a code the catalog does not know.</summary>
    public static string? NameOf(string code)
    {
        var key = "Kind." + code;
        return IssuingDiagnostics.Catalog.Contains(key) ? IssuingDiagnostics.Catalog.Get(key, UiLanguage.Vietnamese) : null;
    }

    /// <summary>
    /// The manifest beside a template (<c>templates/&lt;id&gt;.json</c> for <c>templates/&lt;id&gt;.docx</c>), read only
    /// for what issuing needs (id, title, kindCode); null when there is none.
    /// </summary>
    /// <exception cref="LucBinhException">ISS011: the manifest exists but is not valid JSON.</exception>
    public static TemplateManifest? ManifestBeside(string templatePath)
    {
        ArgumentNullException.ThrowIfNull(templatePath);
        var path = Path.ChangeExtension(Path.GetFullPath(templatePath), ".json");
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(IO.InputFile.ReadAll(path, maxBytes: 1024 * 1024));
            string? Read(string name) => document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.String } property
                ? property.Value.GetString() : null;
            return new TemplateManifest(Read("id") ?? Path.GetFileNameWithoutExtension(path), DocumentKind.Other, Read("title") ?? string.Empty)
            {
                KindCode = Read("kindCode") ?? string.Empty,
            };
        }
        catch (JsonException e)
        {
            throw new LucBinhException(IssuingDiagnostics.Error("ISS011", new FileLocation(path), path, e.Message), e);
        }
    }
}
