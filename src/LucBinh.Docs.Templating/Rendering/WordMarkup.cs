using System.Globalization;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace LucBinh.Docs.Templating.Rendering;

/// <summary>
/// Finished WordprocessingML a filter of ours (<c>hyperlink</c>, <c>vmerge</c>) hands to the output: a value of its own
/// type that writes its markup unescaped. Being trusted is a property of the type, never of characters in a string,
/// so no text from data — whatever it holds and whatever filter (<c>raw</c>, <c>url_decode</c>…) it went through — can
/// become markup. The markup is written inside the <c>w:t</c> of the tag's run, so it closes that <c>w:t</c> first
/// and reopens one at its end. To any other filter the value is its visible text (and is escaped again).
/// </summary>
internal sealed class WordMarkup : FluidValue
{
    public WordMarkup(string markupInsideRun, string text)
    {
        Markup = markupInsideRun;
        Text = text;
    }

    public string Markup { get; }

    /// <summary>The text the markup shows, what a following filter or a comparison sees.</summary>
    public string Text { get; }

    public override FluidValues Type => FluidValues.String;

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Markup);
        return default;
    }

    public override bool Equals(FluidValue other) => other is not null && other.ToStringValue() == Text;

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => Text;

    public override object ToObjectValue() => Text;

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}
