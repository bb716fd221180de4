using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Fluid;
using Fluid.Values;
using LucBinh.Docs.Templating.Values;

namespace LucBinh.Docs.Templating.Filters;

/// <summary>
/// Filters that shape lists of rows, alongside Liquid's own <c>where</c>, <c>reject</c>, <c>sort</c>, <c>map</c>,
/// <c>uniq</c>, <c>size</c>, <c>first</c>, <c>last</c>, <c>compact</c> and our <c>sum</c>. Values are compared the way
/// <c>where</c> compares them: same kind and same value (52 is not "52").
/// </summary>
internal static class ShapingFilters
{
    private const int MaxCachedConditions = 256;

    private static readonly ConcurrentDictionary<string, IFluidTemplate> Conditions = new(StringComparer.Ordinal);

    /// <summary>Adds where_not, where_exp, group_by, distinct, count, avg, min and max, and lets uniq take a field on tracker rows.</summary>
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("where_not", WhereNot);
        filters.AddFilter("where_exp", WhereExp);
        filters.AddFilter("group_by", GroupBy);
        filters.AddFilter("distinct", Distinct);
        filters.AddFilter("count", Count);
        filters.AddFilter("avg", Avg);
        filters.AddFilter("min", Min);
        filters.AddFilter("max", Max);

        // Liquid's uniq ignores its field argument on tracker rows (it reads fields of its own dictionary types only):
        // keep it for plain lists, ours for "uniq: field".
        if (filters.TryGetValue("uniq", out var liquidUniq))
        {
            filters.AddFilter("uniq", (input, arguments, context) =>
                arguments.Count == 0 || arguments.At(0).IsNil() ? liquidUniq(input, arguments, context) : UniqBy(input, arguments, context));
        }
    }

    /// <summary>
    /// <c>{{ rows | uniq: "thon" }}</c>: the first row of each different value of a field, in order (rows with an empty
    /// field count as one value). Without an argument Liquid's own <c>uniq</c> runs.
    /// </summary>
    public static async ValueTask<FluidValue> UniqBy(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.Type != FluidValues.Array)
        {
            return input.IsNil() ? NilValue.Instance : input;
        }

        var field = arguments.At(0).ToStringValue();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<FluidValue>();
        foreach (var item in input.Enumerate(context))
        {
            if (seen.Add(KeyOf(await item.GetValueAsync(field, context))))
            {
                result.Add(item);
            }
        }

        return new ArrayValue(result);
    }

    /// <summary>
    /// <c>{% assign khac = rows | where_not: "hinh_thuc", "Họp" %}</c>: the rows whose field is not that value (the
    /// complement of <c>where</c>, rows without the field included); <c>where_not: "da_xong"</c> keeps the rows whose
    /// field is empty or false.
    /// </summary>
    public static async ValueTask<FluidValue> WhereNot(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.Type != FluidValues.Array)
        {
            return input.IsNil() ? NilValue.Instance : input;
        }

        var field = arguments.At(0).ToStringValue();
        var result = new List<FluidValue>();
        foreach (var item in input.Enumerate(context))
        {
            if (!await Matches(item, field, arguments, context))
            {
                result.Add(item);
            }
        }

        return new ArrayValue(result);
    }

    /// <summary>
    /// <c>{% assign dong = rows | where_exp: "r", "r.so_nguoi &gt;= 50 and r.thon != 'A'" %}</c>: the rows for which a
    /// Liquid condition holds, with the row named by the first argument (any condition <c>{% if %}</c> accepts).
    /// </summary>
    public static async ValueTask<FluidValue> WhereExp(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.Type != FluidValues.Array)
        {
            return input.IsNil() ? NilValue.Instance : input;
        }

        if (arguments.Count < 2)
        {
            throw new ArgumentException("where_exp: cần hai đối số, tên biến và điều kiện: where_exp: \"r\", \"r.so > 10\"");
        }

        var variable = arguments.At(0).ToStringValue();
        var condition = Condition(arguments.At(1).ToStringValue());
        var result = new List<FluidValue>();
        context.EnterChildScope();
        try
        {
            foreach (var item in input.Enumerate(context))
            {
                context.SetValue(variable, item);
                using var writer = new StringWriter(CultureInfo.InvariantCulture);
                await condition.RenderAsync(writer, NullEncoder.Default, context);
                if (writer.ToString() == "1")
                {
                    result.Add(item);
                }
            }
        }
        finally
        {
            context.ReleaseScope();
        }

        return new ArrayValue(result);
    }

    /// <summary>
    /// <c>{% assign nhom = rows | group_by: "thon" %}{% for g in nhom %}{{ g.name }}: {{ g.size }} ({{ g.items | sum: "so" }}){% endfor %}</c>:
    /// groups in the order their first row appears, each with <c>name</c>, <c>items</c> and <c>size</c>. Rows whose
    /// field is empty form one group with an empty name.
    /// </summary>
    public static async ValueTask<FluidValue> GroupBy(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.Type != FluidValues.Array)
        {
            return input.IsNil() ? NilValue.Instance : input;
        }

        var field = arguments.At(0).ToStringValue();
        var groups = new Dictionary<string, (FluidValue Name, List<FluidValue> Items)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var item in input.Enumerate(context))
        {
            var value = await item.GetValueAsync(field, context);
            var key = KeyOf(value);
            if (!groups.TryGetValue(key, out var group))
            {
                group = (key.Length == 0 ? NilValue.Instance : value, []);
                groups.Add(key, group);
                order.Add(key);
            }

            group.Items.Add(item);
        }

        return new ArrayValue([.. order.Select(k => new GroupValue(groups[k].Name, new ArrayValue(groups[k].Items)))]);
    }

    /// <summary>
    /// <c>{{ rows | distinct: "thon" | size }}</c>, <c>{{ rows | distinct: "thon" | join_vi }}</c>: the different values
    /// of a field in first-appearance order, empty values left out; <c>{{ list | distinct }}</c> for a list of values.
    /// </summary>
    public static async ValueTask<FluidValue> Distinct(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.Type != FluidValues.Array)
        {
            return input.IsNil() ? NilValue.Instance : input;
        }

        var field = arguments.Count > 0 && !arguments.At(0).IsNil() ? arguments.At(0).ToStringValue() : null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<FluidValue>();
        foreach (var item in input.Enumerate(context))
        {
            var value = field is null ? item : await item.GetValueAsync(field, context);
            var key = KeyOf(value);
            if (key.Length > 0 && seen.Add(key))
            {
                result.Add(value);
            }
        }

        return new ArrayValue(result);
    }

    /// <summary>
    /// <c>{{ rows | count }}</c>: how many items (like <c>size</c>); <c>{{ rows | count: "hinh_thuc", "Họp" }}</c>: how
    /// many rows have that value (<c>where</c> then <c>size</c>); <c>{{ rows | count: "da_xong" }}</c>: how many rows have
    /// the field set (not empty or false). Nil counts 0.
    /// </summary>
    public static async ValueTask<FluidValue> Count(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil())
        {
            return NumberValue.Zero;
        }

        if (input.Type != FluidValues.Array)
        {
            return arguments.Count == 0 ? await input.GetValueAsync("size", context) : NumberValue.Zero;
        }

        if (arguments.Count == 0)
        {
            return NumberValue.Create(input.Enumerate(context).Count());
        }

        var field = arguments.At(0).ToStringValue();
        var count = 0;
        foreach (var item in input.Enumerate(context))
        {
            if (await Matches(item, field, arguments, context))
            {
                count++;
            }
        }

        return NumberValue.Create(count);
    }

    /// <summary>
    /// <c>{{ rows | avg: "so_nguoi" | vi_number: 1 }}</c>: the mean of a field over the rows that have a number in it
    /// (empty cells are left out, not counted as 0); <c>{{ numbers | avg }}</c> for a list of numbers. Nil when there is
    /// no number.
    /// </summary>
    public static async ValueTask<FluidValue> Avg(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var total = 0m;
        var count = 0;
        foreach (var value in await ValuesOf(input, arguments, context))
        {
            if (VietnameseNumbers.TryGetNumber(value, out var number))
            {
                total += number;
                count++;
            }
        }

        return count == 0 ? NilValue.Instance : NumberValue.Create(total / count);
    }

    /// <summary>
    /// <c>{{ rows | min: "ngay" | vi_date }}</c>, <c>{{ rows | min: "so_nguoi" }}</c>, <c>{{ numbers | min }}</c>: the
    /// smallest number, or the earliest date when the values are dates (dates in text count), as a number or a date.
    /// Empty values are skipped; nil when nothing is left.
    /// </summary>
    public static async ValueTask<FluidValue> Min(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        Extreme(await ValuesOf(input, arguments, context), smallest: true);

    /// <summary>
    /// <c>{{ rows | max: "ngay" | vi_date }}</c>, <c>{{ rows | max: "so_nguoi" }}</c>, <c>{{ numbers | max }}</c>: the
    /// largest number, or the latest date when the values are dates; nil when there is none.
    /// </summary>
    public static async ValueTask<FluidValue> Max(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        Extreme(await ValuesOf(input, arguments, context), smallest: false);

    /// <summary>
    /// The grouping key of a value: its kind and canonical text (numbers without trailing zeros, dates as yyyy-MM-dd,
    /// text in NFC). Empty for nil and empty text.
    /// </summary>
    internal static string KeyOf(FluidValue value)
    {
        switch (value)
        {
            case NumberValue:
                return "n:" + value.ToNumberValue().ToString("0.############################", CultureInfo.InvariantCulture);
            case DateTimeValue when FilterValues.TryGetDate(value, out var date):
                return "d:" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case BooleanValue:
                return value.ToBooleanValue() ? "b:true" : "b:false";
            default:
                if (value.IsNil())
                {
                    return string.Empty;
                }

                var text = value.ToStringValue();
                return text.Length == 0 ? string.Empty : "s:" + text.Normalize(NormalizationForm.FormC);
        }
    }

    /// <summary>As <c>where</c> decides: equal to the second argument when there is one, else truthy.</summary>
    private static async ValueTask<bool> Matches(FluidValue item, string field, FilterArguments arguments, TemplateContext context)
    {
        var value = await item.GetValueAsync(field, context);
        return arguments.Count > 1 ? arguments.At(1).Equals(value) : value.ToBooleanValue();
    }

    private static async ValueTask<List<FluidValue>> ValuesOf(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var values = new List<FluidValue>();
        if (input.Type != FluidValues.Array)
        {
            if (!input.IsNil())
            {
                values.Add(input);
            }

            return values;
        }

        var field = arguments.Count > 0 && !arguments.At(0).IsNil() ? arguments.At(0).ToStringValue() : null;
        foreach (var item in input.Enumerate(context))
        {
            values.Add(field is null ? item : await item.GetValueAsync(field, context));
        }

        return values;
    }

    private static FluidValue Extreme(List<FluidValue> values, bool smallest)
    {
        decimal? number = null;
        DateOnly? date = null;
        foreach (var value in values)
        {
            if (value is not DateTimeValue && VietnameseNumbers.TryGetNumber(value, out var n))
            {
                number = number is null || (smallest ? n < number : n > number) ? n : number;
            }
            else if (FilterValues.TryGetDate(value, out var d))
            {
                date = date is null || (smallest ? d < date : d > date) ? d : date;
            }
        }

        // Numbers win over dates: a number among dates is a mistake in the data, and dates are never numbers.
        return number is { } found ? NumberValue.Create(found)
            : date is { } day ? FluidConversion.FromDate(day)
            : NilValue.Instance;
    }

    private static IFluidTemplate Condition(string expression)
    {
        if (Conditions.TryGetValue(expression, out var cached))
        {
            return cached;
        }

        // The condition may come from data: it must be one expression (no tag delimiters that would smuggle in
        // statements), and small enough for Fluid's recursive parser; ranges in it are bounded like the template's.
        if (expression.Length > 2_000 || expression.Contains("%}", StringComparison.Ordinal) || expression.Contains("{%", StringComparison.Ordinal)
            || expression.Contains("}}", StringComparison.Ordinal) || expression.Contains("{{", StringComparison.Ordinal)
            || Syntax.TagComplexity.Of(expression) > TemplateLimits.Server.MaxTagComplexity)
        {
            throw new ArgumentException("where_exp: điều kiện không hợp lệ \"" + FilterValues.Excerpt(expression) + "\"");
        }

        if (!LiquidEnvironment.Parser.TryParse("{% if " + expression + " %}1{% endif %}", out var parsed, out var error))
        {
            throw new ArgumentException("where_exp: điều kiện không hợp lệ \"" + FilterValues.Excerpt(expression) + "\": " + FilterValues.Excerpt(error ?? string.Empty, 200));
        }

        var template = Rendering.TemplateGuards.Apply(parsed, TemplateLimits.Default.MaxRangeLength, out _);

        if (Conditions.Count >= MaxCachedConditions)
        {
            Conditions.Clear();
        }

        Conditions[expression] = template;
        return template;
    }
}
