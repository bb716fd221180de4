using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace LucBinh.Docs.Templating.Filters;

/// <summary>
/// One group made by <c>group_by</c>: <c>g.name</c> (the shared value, typed as in the data), <c>g.items</c> (its rows in
/// their original order) and <c>g.size</c> (how many). Written on its own, <c>{{ g }}</c> gives the name.
/// </summary>
internal sealed class GroupValue(FluidValue groupName, ArrayValue groupItems) : FluidValue
{
    public FluidValue Name => groupName;

    public ArrayValue Items => groupItems;

    public override FluidValues Type => FluidValues.Dictionary;

    public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => groupName.ToStringValue();

    public override object ToObjectValue() => this;

    public override bool Contains(FluidValue value) => value.ToStringValue() is "name" or "items" or "size";

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => new(Get(name));

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => new(Get(index.ToStringValue()));

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context) =>
    [
        new ArrayValue([new StringValue("name"), groupName]),
        new ArrayValue([new StringValue("items"), groupItems]),
        new ArrayValue([new StringValue("size"), Size]),
    ];

    [Obsolete("Fluid calls the overload with a TextEncoder and culture.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        writer.Write(encoder.Encode(groupName.ToStringValue()));
    }

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        groupName.WriteToAsync(writer, encoder, cultureInfo);

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    private NumberValue Size => NumberValue.Create(groupItems.Values.Count);

    private FluidValue Get(string key) => key switch
    {
        "name" => groupName,
        "items" => groupItems,
        "size" => Size,
        _ => NilValue.Instance,
    };
}
