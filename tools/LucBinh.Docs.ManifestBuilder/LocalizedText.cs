namespace LucBinh.Docs.ManifestBuilder;

/// <summary>A user-visible text of the manifests: Vietnamese (the default locale, vi-VN) and English (en-US).</summary>
public sealed record LocalizedText(string Vi, string En);
