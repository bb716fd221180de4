using Fluid;
using Fluid.Values;
using LucBinh.Docs.Data;
using LucBinh.Docs.Templating.Values;

namespace LucBinh.Docs.Templating.Filters;

/// <summary>The Liquid parser and options every template shares: Liquid's standard filters plus ours.</summary>
internal static class LiquidEnvironment
{
    public static FluidParser Parser { get; } = new(new FluidParserOptions { AllowFunctions = false });

    public static TemplateOptions Options { get; } = CreateOptions(TemplateLimits.Default.MaxRecursion);

    /// <summary>Fluid reads MaxRecursion from the options, not the context: one set of options per value asked for.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, TemplateOptions> ByRecursion = new() { [TemplateLimits.Default.MaxRecursion] = Options };

    public static IEnumerable<string> FilterNames => Options.Filters.Select(f => f.Key);

    private static TemplateOptions CreateOptions(int maxRecursion)
    {
        var options = new TemplateOptions
        {
            TimeZone = TimeZoneInfo.Utc,
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            // A runaway loop in a template must not hang a host: Fluid stops after this many steps (set per render).
            MaxSteps = TemplateLimits.Default.MaxSteps,
            MaxRecursion = maxRecursion,
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
        FilterGuard.Apply(options.Filters);
        return options;
    }

    /// <summary>A render context whose top-level names are the data model's keys.</summary>
    public static TemplateContext CreateContext(DataRecord data, TemplateLimits? limits = null)
    {
        limits ??= TemplateLimits.Default;
        var context = new Rendering.BudgetedContext(ByRecursion.GetOrAdd(limits.MaxRecursion, CreateOptions)) { MaxSteps = limits.MaxSteps };
        foreach (var field in data.Fields)
        {
            context.SetValue(field.Key, FluidConversion.ToFluid(field.Value, field.Key));
        }

        return context;
    }
}
