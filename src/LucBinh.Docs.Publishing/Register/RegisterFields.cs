using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace LucBinh.Docs.Publishing.Register;

/// <summary>
/// A register entry as the fields of a SharePoint list item and back. Values come back from the SDK as whatever Kiota
/// parsed (string, number, DateTime, Guid, UntypedNode…): everything is read through <see cref="Text"/>.
/// </summary>
internal static class RegisterFields
{
    public const string Title = "Title";
    public const string KindCode = "KindCode";
    public const string Scope = "Scope";
    public const string Number = "Number";
    public const string KindScopeNumber = "KindScopeNumber";
    public const string DocumentKey = "DocumentKey";
    public const string KindScopeKey = "KindScopeKey";
    public const string IssueDate = "IssueDate";
    public const string KindName = "KindName";
    public const string SymbolSuffix = "SymbolSuffix";
    public const string Summary = "Summary";
    public const string Signer = "Signer";
    public const string Recipients = "Recipients";
    public const string Status = "Status";
    public const string ReservedAt = "ReservedAt";
    public const string ClosedAt = "ClosedAt";
    public const string DocumentFile = "DocumentFile";
    public const string PdfFile = "PdfFile";
    public const string ContentHash = "ContentHash";
    public const string Location = "Location";
    public const string CancelReason = "CancelReason";

    /// <summary>"BC|2025-2030|45": the value SharePoint keeps unique, so a number is given once.</summary>
    public static string NumberKey(string kind, string scope, int number) =>
        kind + "|" + scope + "|" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>"BC|2025-2030|{key}": one live number per document (a long key is hashed to fit a 255-character text column).</summary>
    public static string DocumentKeyOf(string kind, string scope, string documentKey)
    {
        var key = documentKey.Length <= 160 ? documentKey : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(documentKey)));
        return kind + "|" + scope + "|" + key;
    }

    /// <summary>What a cancelled entry's document key becomes: the document may be issued again under a new number.</summary>
    public static string CancelledKeyOf(string kind, string scope, int number) =>
        kind + "|" + scope + "|~cancelled~" + number.ToString(CultureInfo.InvariantCulture);

    public static Dictionary<string, object> ForReservation(NumberRequest request, int number, DateTimeOffset now)
    {
        var entry = new RegisterEntry(request.KindCode, request.Scope, number, RegisterStatus.Reserved, request);
        var fields = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Title] = entry.Symbol,
            [KindCode] = request.KindCode,
            [Scope] = request.Scope,
            [Number] = number,
            [KindScopeNumber] = NumberKey(request.KindCode, request.Scope, number),
            [DocumentKey] = request.DocumentKey,
            [KindScopeKey] = DocumentKeyOf(request.KindCode, request.Scope, request.DocumentKey),
            [IssueDate] = Date(request.IssueDate),
            [Summary] = request.Summary,
            [Status] = nameof(RegisterStatus.Reserved),
            [ReservedAt] = Instant(now),
        };
        Optional(fields, KindName, request.KindName);
        Optional(fields, SymbolSuffix, request.SymbolSuffix);
        Optional(fields, Signer, request.Signer);
        Optional(fields, Recipients, request.Recipients);
        return fields;
    }

    public static Dictionary<string, object> ForIssue(IssuedFiles files, DateTimeOffset now)
    {
        var fields = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Status] = nameof(RegisterStatus.Issued),
            [ClosedAt] = Instant(now),
            [DocumentFile] = files.DocumentFile,
            [ContentHash] = files.ContentHash,
        };
        Optional(fields, PdfFile, files.PdfFile);
        Optional(fields, Location, files.Location);
        return fields;
    }

    public static Dictionary<string, object> ForCancel(RegisterEntry entry, string reason, DateTimeOffset now) => new(StringComparer.Ordinal)
    {
        [Status] = nameof(RegisterStatus.Cancelled),
        [ClosedAt] = Instant(now),
        [CancelReason] = reason,
        [KindScopeKey] = CancelledKeyOf(entry.KindCode, entry.Scope, entry.Number),
    };

    /// <summary>The entry of an item's fields, or null for an item that is not one (an empty item a refused duplicate left behind).</summary>
    public static RegisterEntry? Entry(IDictionary<string, object?> fields)
    {
        var kind = Text(fields, KindCode);
        var scope = Text(fields, Scope);
        if (kind is null || scope is null
            || !decimal.TryParse(Text(fields, Number), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || value != decimal.Truncate(value) || value is < 1 or > int.MaxValue)
        {
            return null;
        }

        var number = (int)value;

        var request = new NumberRequest(kind, scope, Text(fields, DocumentKey) ?? string.Empty, DateOnly.FromDateTime((Instant(Text(fields, IssueDate)) ?? DateTimeOffset.MinValue).UtcDateTime), Text(fields, Summary) ?? string.Empty)
        {
            KindName = Text(fields, KindName),
            SymbolSuffix = Text(fields, SymbolSuffix),
            Signer = Text(fields, Signer),
            Recipients = Text(fields, Recipients),
        };
        var status = Enum.TryParse<RegisterStatus>(Text(fields, Status), ignoreCase: true, out var s) ? s : RegisterStatus.Reserved;
        return new RegisterEntry(kind, scope, number, status, request)
        {
            ReservedAt = Instant(Text(fields, ReservedAt)) ?? DateTimeOffset.MinValue,
            ClosedAt = Instant(Text(fields, ClosedAt)),
            CancelReason = Text(fields, CancelReason),
            Files = Text(fields, DocumentFile) is { } document
                ? new IssuedFiles(document, Text(fields, PdfFile), Text(fields, ContentHash) ?? string.Empty, Text(fields, Location))
                : null,
        };
    }

    /// <summary>A field's value as invariant text (dates as ISO 8601 UTC), null when absent or empty.</summary>
    public static string? Text(IDictionary<string, object?> fields, string name)
    {
        if (!fields.TryGetValue(name, out var value))
        {
            return null;
        }

        var text = value switch
        {
            null or UntypedNull => null,
            string s => s,
            UntypedString u => u.GetValue(),
            UntypedBoolean b => b.GetValue() ? "true" : "false",
            UntypedInteger i => i.GetValue().ToString(CultureInfo.InvariantCulture),
            UntypedLong l => l.GetValue().ToString(CultureInfo.InvariantCulture),
            UntypedDouble x => x.GetValue().ToString(CultureInfo.InvariantCulture),
            UntypedDecimal m => m.GetValue().ToString(CultureInfo.InvariantCulture),
            UntypedFloat f => f.GetValue().ToString(CultureInfo.InvariantCulture),
            DateTime dt => Instant(new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt.ToUniversalTime())),
            DateTimeOffset dto => Instant(dto),
            Guid g => g.ToString("D"),
            bool flag => flag ? "true" : "false",
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            JsonElement { ValueKind: JsonValueKind.Null } => null,
            JsonElement e => e.GetRawText(),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static void Optional(Dictionary<string, object> fields, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            fields[name] = value;
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Instant(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value) ? value : null;
}
