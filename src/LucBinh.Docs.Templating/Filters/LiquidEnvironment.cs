using Fluid;
using Fluid.Values;
using LucBinh.Docs.Data;
using LucBinh.Docs.Templating.Values;

namespace LucBinh.Docs.Templating.Filters;

/// <summary>The Liquid parser and options every template shares: Liquid's standard filters plus ours.</summary>
internal static class LiquidEnvironment
{
    public static FluidParser Parser { get; } = new(new FluidParserOptions { AllowFunctions = false });

    public static TemplateOptions Options { get; } = CreateOptions();

    public static IEnumerable<string> FilterNames => Options.Filters.Select(f => f.Key);

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions
        {
            TimeZone = TimeZoneInfo.Utc,
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            // A runaway loop in a template must not hang a host: Fluid stops after this many steps.
            MaxSteps = 50_000_000,
        };
        options.ValueConverters.Add(value => value switch
        {
            DataRecord record => new RecordValue(record, string.Empty),
            DateOnly date => FluidConversion.FromDate(date),
            DataList list => FluidConversion.ToFluid(list, string.Empty),
            _ => null,
        });
        VietnameseFilters.Register(options.Filters);
        DataFilters.Register(options.Filters);
        LinkFilters.Register(options.Filters);
        ImageFilters.Register(options.Filters);
        Charts.ChartFilter.Register(options.Filters);
        VietnameseFormatFilters.Register(options.Filters);
        ShapingFilters.Register(options.Filters);
        PeriodFilters.Register(options.Filters);
        return options;
    }

    /// <summary>A render context whose top-level names are the data model's keys.</summary>
    public static TemplateContext CreateContext(DataRecord data)
    {
        var context = new TemplateContext(Options);
        foreach (var field in data.Fields)
        {
            context.SetValue(field.Key, FluidConversion.ToFluid(field.Value, field.Key));
        }

        return context;
    }
}
