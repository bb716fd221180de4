using System.Net;
using Fluid;
using Fluid.Values;
using LucBinh.Docs.Templating.Diagnostics;
using LucBinh.Docs.Templating.Rendering;

namespace LucBinh.Docs.Templating.Filters;

/// <summary>
/// Bounds what filters build (issue 11): every filter, Liquid's and ours, is wrapped once when the options are made.
/// Before a filter that can multiply its input (<c>replace</c>, <c>join</c>, <c>json</c>…, or any filter given a list
/// that it would turn into text) the size of the result is estimated from its inputs; after every filter a text longer
/// than <see cref="TemplateLimits.MaxStringLength"/> or a list longer than <see cref="TemplateLimits.MaxListLength"/>
/// is refused (TPL024, TPL029), and every text built counts towards the render's budget. Inputs are bounded the same
/// way, so what a filter allocates before the check is at most a small multiple of the limit.
/// Also replaces the filters whose Liquid meaning is HTML (<c>raw</c>, <c>escape</c>, <c>escape_once</c>) with their
/// meaning in a Word document: the text as it reads.
/// </summary>
internal static class FilterGuard
{
    /// <summary>Filters that take a list and do not turn it into one text (their result is checked afterwards).</summary>
    private static readonly HashSet<string> ListFilters = new(StringComparer.Ordinal)
    {
        "first", "last", "map", "reverse", "size", "sort", "sort_natural", "uniq", "where", "sum", "find", "find_index",
        "has", "reject", "compact", "concat", "slice", "default", "where_not", "where_exp", "group_by", "distinct", "count",
        "avg", "min", "max", "vi_sort", "vi_sort_name", "in_period", "chart", "at", "json",
        "join", "join_vi",
    };

    public static void Apply(FilterCollection filters)
    {
        filters.AddFilter("raw", static (input, _, _) => input is StringValue { Encode: false } ? new StringValue(input.ToStringValue()) : input);
        filters.AddFilter("escape", static (input, _, _) => new StringValue(input.ToStringValue()));
        filters.AddFilter("escape_once", static (input, _, _) => new StringValue(WebUtility.HtmlDecode(input.ToStringValue())));
        foreach (var (name, filter) in filters.ToList())
        {
            filters.AddFilter(name, Guard(name, filter));
        }
    }

    private static FilterDelegate Guard(string name, FilterDelegate filter) => (input, arguments, context) =>
    {
        if (BudgetedContext.Of(context) is not { } budget)
        {
            return filter(input, arguments, context);
        }

        budget.CancellationToken.ThrowIfCancellationRequested();
        CheckBefore(name, input, arguments, budget);
        var task = filter(input, arguments, context);
        if (task.IsCompletedSuccessfully)
        {
            CheckAfter(name, task.Result, budget);
            return task;
        }

        return Awaited(name, task, budget);
    };

    private static async ValueTask<FluidValue> Awaited(string name, ValueTask<FluidValue> task, RenderBudget budget)
    {
        var result = await task;
        CheckAfter(name, result, budget);
        return result;
    }

    /// <summary>The text of a list written out (an output <c>{{ list }}</c>) must fit the string limit too.</summary>
    public static void CheckTextLength(FluidValue value, TemplateContext context, string hint)
    {
        var budget = BudgetedContext.Of(context);
        var max = budget?.Limits.MaxStringLength ?? TemplateLimits.Default.MaxStringLength;
        if (TextLength(value, max) > max)
        {
            throw budget?.StringTooLong(hint) ?? new TemplateLimitException("TPL024", hint, hint, max);
        }
    }

    private static void CheckBefore(string name, FluidValue input, FilterArguments arguments, RenderBudget budget)
    {
        var max = (long)budget.Limits.MaxStringLength;
        var estimate = name switch
        {
            "append" or "prepend" => TextLength(input, max) + TextLength(arguments.At(0), max),
            "replace" => ReplacedLength(input.ToStringValue(), arguments.At(0).ToStringValue(), arguments.At(1).ToStringValue(), max),
            "replace_first" or "replace_last" => TextLength(input, max) + TextLength(arguments.At(1), max),
            "join" or "join_vi" or "json" => TextLength(input, max) + (2 + TextLength(arguments.At(0), max)) * ItemCount(input),
            _ when ListFilters.Contains(name) => 0,
            _ => input is ArrayValue ? TextLength(input, max) : 0,
        };
        if (estimate > max)
        {
            throw budget.StringTooLong(name);
        }

        var items = name switch
        {
            "concat" => ItemCount(input) + ItemCount(arguments.At(0)),
            "split" => SplitCount(input.ToStringValue(), arguments.At(0).ToStringValue(), budget.Limits.MaxListLength),
            _ => 0,
        };
        if (items > budget.Limits.MaxListLength)
        {
            throw budget.ListTooLong(name);
        }
    }

    private static void CheckAfter(string name, FluidValue result, RenderBudget budget)
    {
        switch (result)
        {
            case StringValue text:
                budget.ChargeText(text.ToStringValue().Length, name);
                break;
            case ArrayValue list when list.Values.Count > budget.Limits.MaxListLength:
                throw budget.ListTooLong(name);
        }
    }

    private static long ItemCount(FluidValue value) => value is ArrayValue list ? list.Values.Count : 1;

    /// <summary>How many pieces <c>split</c> would make (one per character for an empty separator), counted no further than past <paramref name="max"/>.</summary>
    private static long SplitCount(string text, string separator, long max)
    {
        if (separator.Length == 0)
        {
            return text.Length;
        }

        var count = 1L;
        for (var i = text.IndexOf(separator, StringComparison.Ordinal); i >= 0 && count <= max; i = text.IndexOf(separator, i + separator.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The length of a value's text, counted no further than just past <paramref name="max"/>.</summary>
    private static long TextLength(FluidValue value, long max)
    {
        switch (value)
        {
            case StringValue or WordMarkup or CapturedOutput:
                return value.ToStringValue().Length;
            case ArrayValue list:
                var total = 0L;
                foreach (var item in list.Values)
                {
                    total += TextLength(item, max - total);
                    if (total > max)
                    {
                        break;
                    }
                }

                return total;
            default:
                return 32; // a number, a date, a record's name: short
        }
    }

    /// <summary>The length of <c>text.Replace(pattern, replacement)</c>, counted without building it.</summary>
    private static long ReplacedLength(string text, string pattern, string replacement, long max)
    {
        if (pattern.Length == 0 || replacement.Length <= pattern.Length)
        {
            return text.Length;
        }

        var length = (long)text.Length;
        for (var i = text.IndexOf(pattern, StringComparison.Ordinal); i >= 0 && length <= max; i = text.IndexOf(pattern, i + pattern.Length, StringComparison.Ordinal))
        {
            length += replacement.Length - pattern.Length;
        }

        return length;
    }
}
