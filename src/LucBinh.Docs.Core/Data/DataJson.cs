using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LucBinh.Docs.Data;

/// <summary>
/// The data model as JSON: what <c>lucbinh-docs data</c> prints and what <c>--data FILE.json</c> reads.
/// Dates are ISO 8601 <c>yyyy-mm-dd</c>; text is normalised to NFC on the way in.
/// </summary>
public static class DataJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Vietnamese text stays readable in the output instead of \uXXXX escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(DataRecord record)
    {
        using var stream = new MemoryStream();
        Write(record, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(DataRecord record, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        WriteValue(writer, record);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case decimal d:
                writer.WriteNumberValue(d);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DataRecord record:
                writer.WriteStartObject();
                foreach (var field in record.Fields)
                {
                    writer.WritePropertyName(field.Key);
                    WriteValue(writer, field.Value);
                }

                writer.WriteEndObject();
                break;
            case DataList list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException("Unsupported value in the data model.");
        }
    }

    /// <summary>Reads a JSON object into the data model. Strings in ISO 8601 date form become dates.</summary>
    /// <exception cref="JsonException">The text is not JSON or its root is not an object.</exception>
    public static DataRecord Read(Stream input)
    {
        using var document = JsonDocument.Parse(input, new JsonDocumentOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = 64,
        });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The root of the data must be a JSON object.");
        }

        return (DataRecord)Convert(document.RootElement)!;
    }

    private static object? Convert(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var record = new DataRecord();
                foreach (var property in element.EnumerateObject())
                {
                    record.Set(property.Name.Normalize(NormalizationForm.FormC), Convert(property.Value));
                }

                return record;
            case JsonValueKind.Array:
                var list = new DataList();
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(Convert(item));
                }

                return list;
            case JsonValueKind.String:
                var text = element.GetString()!.Normalize(NormalizationForm.FormC);
                return DataValue.TryParseIsoDate(text, out var date) && text.Trim().Length == 10 ? date : text;
            case JsonValueKind.Number:
                return element.TryGetDecimal(out var number) ? number : (decimal)element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
