using System.Security;
using Fluid;
using Fluid.Values;
using LucBinh.Docs.Templating.Rendering;

namespace LucBinh.Docs.Templating.Filters;

/// <summary>Hyperlinks from data.</summary>
internal static class LinkFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("hyperlink", Hyperlink);
        filters.AddFilter("vmerge", VMerge);
    }

    /// <summary>
    /// <c>{{ g.name | vmerge }}</c> in a cell of repeated table rows: consecutive rows with the same value have that cell
    /// merged vertically, the value shown once. Must be the last filter of the tag.
    /// </summary>
    public static ValueTask<FluidValue> VMerge(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var text = input.IsNil() ? string.Empty : input.ToStringValue();
        return new WordMarkup(Layout.VerticalMerge.Marker(text) + WordTextEncoder.Instance.Encode(text), text);
    }

    /// <summary>
    /// <c>{{ row.duong_dan | hyperlink: "Xem văn bản" }}</c>: a clickable link (a Word HYPERLINK field) showing the text,
    /// or the address itself when no text is given. The link text takes the formatting of the tag's run (format the tag
    /// as a hyperlink in Word to make it blue and underlined). Must be the last filter of the tag.
    /// Only http, https and mailto addresses become links; anything else is written as plain text.
    /// </summary>
    public static ValueTask<FluidValue> Hyperlink(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil())
        {
            return NilValue.Instance;
        }

        var address = input.ToStringValue().Trim();
        var text = arguments.Count > 0 && !arguments.At(0).IsNil() ? arguments.At(0).ToStringValue() : address;
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "mailto"))
        {
            return new StringValue(text);
        }

        var target = SecurityElement.Escape(uri.AbsoluteUri.Replace("\"", "%22", StringComparison.Ordinal));
        var shown = WordTextEncoder.Instance.Encode(text);
        return new WordMarkup(
            "</w:t><w:fldChar w:fldCharType=\"begin\"/><w:instrText xml:space=\"preserve\"> HYPERLINK \"" + target + "\" </w:instrText>" +
            "<w:fldChar w:fldCharType=\"separate\"/><w:t xml:space=\"preserve\">" + shown + "</w:t><w:fldChar w:fldCharType=\"end\"/>" +
            "<w:t xml:space=\"preserve\">", text);
    }
}
