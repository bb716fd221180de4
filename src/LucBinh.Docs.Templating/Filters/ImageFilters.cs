using Fluid;
using Fluid.Values;
using LucBinh.Docs.Templating.Rendering;

namespace LucBinh.Docs.Templating.Filters;

/// <summary>
/// Images from data. The author puts a picture in the template as a placeholder and writes <c>{{ logo }}</c> in its
/// alternative text (Word: right-click the picture → Edit Alt Text, or its title); the value replaces the picture,
/// fitted into the placeholder's box with its proportions kept. A value is a path relative to the tracker's folder
/// (never outside it) or a data URI (<c>data:image/png;base64,…</c>). Without a usable value the placeholder stays.
/// </summary>
internal static class ImageFilters
{
    /// <summary>The internal filter the compiler appends to an image placeholder's expression.</summary>
    public const string FilterName = "lbd_image";

    public static void Register(FilterCollection filters) => filters.AddFilter(FilterName, PlaceImage);

    /// <summary><c>{{ value | lbd_image: "/word/document.xml", "rId5" }}</c> → the relationship id of the placed image.</summary>
    public static ValueTask<FluidValue> PlaceImage(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var part = arguments.At(0).ToStringValue();
        var original = new StringValue(arguments.At(1).ToStringValue());
        var session = RenderSession.From(context);
        if (session is null || input.IsNil() || input.ToStringValue().Trim().Length == 0)
        {
            return original;
        }

        var reference = input.ToStringValue().Trim();
        var bytes = Load(reference, session);
        if (bytes is null)
        {
            return original;
        }

        // Every image read counts towards the output budget, placed or not: a loop of rows reading the same large
        // file again and again is bounded like a loop writing text.
        session.Budget.ChargeOutput(bytes.Length);

        var image = ImageData.TryRead(bytes);
        if (image is null || image.Width <= 0 || image.Height <= 0)
        {
            session.Problems.Add(("TPL016", [Shorten(reference)]));
            return original;
        }

        var limits = session.Budget.Limits;
        if (image.Pixels > limits.MaxImagePixels)
        {
            session.Problems.Add(("TPL036", [Shorten(reference), image.Width + " × " + image.Height + " px", limits.MaxImagePixels + " px"]));
            return original;
        }

        return new StringValue(session.AddImage(part, image));
    }

    private static byte[]? Load(string reference, RenderSession session)
    {
        var maxBytes = session.Budget.Limits.MaxImageBytes;
        if (reference.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = reference.IndexOf(',', StringComparison.Ordinal);
            if ((reference.Length - comma) / 4L * 3 > maxBytes)
            {
                session.Problems.Add(("TPL036", [Shorten(reference), RenderBudget.Megabytes((reference.Length - comma) / 4L * 3), RenderBudget.Megabytes(maxBytes)]));
                return null;
            }

            try
            {
                var bytes = comma > 0 && reference[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase)
                    ? Convert.FromBase64String(reference[(comma + 1)..])
                    : null;
                if (bytes is null)
                {
                    session.Problems.Add(("TPL016", [Shorten(reference)]));
                }

                return bytes;
            }
            catch (FormatException)
            {
                session.Problems.Add(("TPL016", [Shorten(reference)]));
                return null;
            }
        }

        if (session.ResourceFolder is null)
        {
            session.Problems.Add(("TPL015", [Shorten(reference)]));
            return null;
        }

        var folder = Path.GetFullPath(session.ResourceFolder);
        var path = Path.GetFullPath(Path.Combine(folder, reference));
        if (!path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || !File.Exists(path))
        {
            session.Problems.Add(("TPL015", [Shorten(reference)]));
            return null;
        }

        if (new FileInfo(path).Length > maxBytes)
        {
            session.Problems.Add(("TPL036", [Shorten(reference), RenderBudget.Megabytes(new FileInfo(path).Length), RenderBudget.Megabytes(maxBytes)]));
            return null;
        }

        return File.ReadAllBytes(path);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
