using LucBinh.Docs.Issuing;
using LucBinh.Docs.Publishing.Hosting;
using LucBinh.Docs.Web.Auth;
using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace LucBinh.Docs.Web.Tests;

/// <summary>A stand-in for LibreOffice where the PDF is not the point (fast, no external program), or one that is missing.</summary>
internal sealed class StandInPdf(bool available) : IPdfConverter
{
    public bool IsAvailable => available;

    public Task<byte[]> ConvertAsync(byte[] docx, string displayName, CancellationToken cancellationToken) =>
        Task.FromResult("%PDF-1.7\n% stand-in\n%%EOF\n"u8.ToArray());

    /// <summary>The host's issuing with this converter instead of <c>Pdf:Converter</c>'s.</summary>
    public static void Use(IServiceCollection services, IPdfConverter converter) =>
        services.AddSingleton(s => new WebIssuing(s.GetRequiredService<PublishingServices>(), s.GetRequiredService<GraphCredentialProvider>(), s.GetRequiredService<WebOptions>())
        {
            PdfConverterFor = (_, _) => converter,
        });
}
