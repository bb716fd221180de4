using LucBinh.Docs.Localization;
using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Localization;
using LucBinh.Docs.Web.Problems;
using Microsoft.AspNetCore.Http.Features;

namespace LucBinh.Docs.Web.Uploads;

/// <summary>
/// Reads a multipart form with the upload limits and keeps it in memory (the memory threshold equals the limit, so
/// ASP.NET Core never spills the workbook to a temporary file). A body over the limit is 413 (WEB001); a request
/// that is not multipart is 415 (WEB005).
/// </summary>
public static class FormReading
{
    public static async Task<(IFormCollection? Form, IResult? Problem)> ReadAsync(HttpContext context, WebOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var language = RequestLanguage.Of(context);
        var megabytes = options.MaxUploadBytes / (1024 * 1024);
        if (!context.Request.HasFormContentType)
        {
            return (null, ProblemResults.Create(context, StatusCodes.Status415UnsupportedMediaType, "WEB005", language));
        }

        if (context.Request.ContentLength > options.MaxRequestBytes)
        {
            return (null, ProblemResults.Create(context, StatusCodes.Status413PayloadTooLarge, "WEB001", language, null, megabytes));
        }

        var limits = new FormOptions
        {
            MultipartBodyLengthLimit = options.MaxRequestBytes,
            BufferBodyLengthLimit = options.MaxRequestBytes,
            MemoryBufferThreshold = (int)Math.Min(int.MaxValue, options.MaxRequestBytes),
            ValueCountLimit = 32,
        };
        context.Features.Set<IFormFeature>(new FormFeature(context.Request, limits));
        try
        {
            return (await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ProblemResults.Create(context, StatusCodes.Status413PayloadTooLarge, "WEB001", language, null, megabytes));
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, ProblemResults.Create(context, StatusCodes.Status413PayloadTooLarge, "WEB001", language, null, megabytes));
        }
        catch (InvalidDataException)
        {
            return (null, ProblemResults.Create(context, StatusCodes.Status400BadRequest, "WEB013", language, null, "multipart"));
        }
    }

    /// <summary>The workbook field: present, within the limit and a real spreadsheet by its bytes.</summary>
    public static async Task<(UploadedFile? File, IResult? Problem)> WorkbookAsync(HttpContext context, IFormCollection form, WebOptions options, UiLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(options);
        var file = form.Files.GetFile("workbook");
        if (file is null || file.Length == 0)
        {
            return (null, ProblemResults.Create(context, StatusCodes.Status400BadRequest, "WEB003", language, null, "workbook"));
        }

        if (file.Length > options.MaxUploadBytes)
        {
            return (null, ProblemResults.Create(context, StatusCodes.Status413PayloadTooLarge, "WEB001", language, null, options.MaxUploadBytes / (1024 * 1024)));
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
        }

        var name = DisplayName(file.FileName);
        if (SpreadsheetSniffer.Problem(content, language) is { } why)
        {
            return (null, ProblemResults.Create(context, StatusCodes.Status415UnsupportedMediaType, "WEB002", language, null, name, why));
        }

        return (new UploadedFile(name, content), null);
    }

    /// <summary>The client's file name reduced to a name for messages (no folders, no control characters).</summary>
    public static string DisplayName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        return name.Length is 0 or > 200 ? "workbook.xlsx" : name;
    }
}
