using Fluid;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Diagnostics;
using LucBinh.Docs.Templating.Filters;
using LucBinh.Docs.Templating.Values;

namespace LucBinh.Docs.Templating;

/// <summary>
/// A short Liquid text rendered over the data model as plain text, with the same filters as Word templates: file
/// names (<c>Báo cáo {{ muc.thon }}</c>), folder paths and metadata values.
/// </summary>
public sealed class LiquidText
{
    private readonly IFluidTemplate _template;

    private LiquidText(string source, IFluidTemplate template)
    {
        Source = source;
        _template = template;
    }

    public string Source { get; }

    /// <exception cref="LucBinhException">The text is not valid Liquid (TPL010).</exception>
    public static LiquidText Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Syntax.TagComplexity.Of(source) > TemplateLimits.Default.MaxTagComplexity)
        {
            throw new LucBinhException(TemplateDiagnostics.Error("TPL037", null, FilterValues.Excerpt(source), TemplateLimits.Default.MaxTagComplexity));
        }

        if (!LiquidEnvironment.Parser.TryParse(source, out var template, out var error))
        {
            throw new LucBinhException(TemplateDiagnostics.Error("TPL010", null, source, error));
        }

        return new LiquidText(source, Rendering.TemplateGuards.Apply(template, TemplateLimits.Default.MaxRangeLength, out _));
    }

    public string Render(DataRecord data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var context = LiquidEnvironment.CreateContext(data);
        new Rendering.RenderSession().Attach(context); // the default limits bound what its filters build
        return _template.Render(context, NullEncoder.Default);
    }
}
