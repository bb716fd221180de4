using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using LucBinh.Docs.Data;
using LucBinh.Docs.Templating.Rendering;

namespace LucBinh.Docs.Templating.Values;

/// <summary>
/// A <see cref="DataRecord"/> seen from Liquid: <c>row.so_nguoi_tham_du</c> and <c>row["Số người tham dự"]</c> both work.
/// A name the record lacks renders empty and is reported to the render session (a warning, or an error in strict mode).
/// </summary>
internal sealed class RecordValue(DataRecord record, string path) : FluidValue
{
    private Dictionary<string, FluidValue>? _converted;

    public DataRecord Record => record;

    public override FluidValues Type => FluidValues.Dictionary;

    public override bool Equals(FluidValue other) => other is RecordValue r && ReferenceEquals(r.Record, record);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => string.Empty;

    public override object ToObjectValue() => record;

    public override bool Contains(FluidValue value) => record.ContainsKey(value.ToStringValue());

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => new(Get(name, context));

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) =>
        new(Get(index.ToStringValue(), context));

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context) =>
        record.Fields.Select(f => (FluidValue)new ArrayValue([new StringValue(f.Key), Get(f.Key, context)]));

    [Obsolete("Fluid calls the overload with a TextEncoder and culture.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
    }

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => ValueTask.CompletedTask;

    public override bool Equals(object? obj) => obj is RecordValue r && ReferenceEquals(r.Record, record);

    public override int GetHashCode() => record.GetHashCode();

    private FluidValue Get(string name, TemplateContext context)
    {
        if (_converted is not null && _converted.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (!record.TryGetValue(name, out var raw))
        {
            if (name == "size")
            {
                return NumberValue.Create(record.Count);
            }

            RenderSession.From(context)?.ReportMissing(
                path.Length == 0 ? name : path + "." + name,
                record.Fields.Select(f => f.Key).ToList());
            return NilValue.Instance;
        }

        if (raw is not (DataRecord or DataList))
        {
            // A plain value is cheap to convert and usually read once (one cell of one row): no cache, no path string.
            return FluidConversion.ToFluid(raw, string.Empty);
        }

        // Records and lists are converted once, so a loop over them sees the same values (and keeps their caches).
        var value = FluidConversion.ToFluid(raw, path.Length == 0 ? name : path + "." + name);
        _converted ??= new Dictionary<string, FluidValue>(StringComparer.Ordinal);
        _converted[name] = value;
        return value;
    }
}
