using Fluid.Values;
using LucBinh.Docs.Data;

namespace LucBinh.Docs.Templating.Values;

/// <summary>Turns the data model into Liquid values. Dates stay dates (UTC midnight) until a filter formats them.</summary>
internal static class FluidConversion
{
    public static FluidValue ToFluid(object? value, string path) => value switch
    {
        null => NilValue.Instance,
        string s => new StringValue(WithoutEngineCharacters(s)),
        decimal d => NumberValue.Create(d),
        bool b => BooleanValue.Create(b),
        DateOnly date => FromDate(date),
        DataRecord record => new RecordValue(record, path),
        DataList list => ToArray(list, path),
        _ => FluidValue.Create(value, Fluid.TemplateOptions.Default),
    };

    /// <summary>
    /// Removes the private-use characters the engine uses for its own markers (tag markers, raw markup), so text from
    /// a tracker can never be taken for markup.
    /// </summary>
    public static string WithoutEngineCharacters(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uE000', '\uE011') < 0)
        {
            return text;
        }

        return string.Concat(text.Where(c => c is < '\uE000' or > '\uE011'));
    }

    public static DateTimeValue FromDate(DateOnly date) =>
        new(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    private static ArrayValue ToArray(DataList list, string path)
    {
        var items = new FluidValue[list.Count];
        var itemPath = path + "[]";
        for (var i = 0; i < list.Count; i++)
        {
            items[i] = ToFluid(list[i], itemPath);
        }

        return new ArrayValue(items);
    }
}
