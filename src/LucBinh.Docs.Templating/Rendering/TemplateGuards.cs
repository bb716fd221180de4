using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Ast;
using Fluid.Values;
using LucBinh.Docs.Templating.Diagnostics;

namespace LucBinh.Docs.Templating.Rendering;

/// <summary>
/// Rewrites a part's compiled Liquid once, at Load, so that rendering it is bounded and data stays text (issue 11):
/// <list type="bullet">
/// <item>every output (<c>{{ }}</c>, <c>echo</c>, <c>cycle</c>) goes through <see cref="TextOnlyExpression"/>: only
/// <see cref="WordMarkup"/> and <see cref="CapturedOutput"/> values write markup, everything else is escaped (Fluid
/// itself writes a list's items, <c>raw</c> and <c>escape</c> results unescaped);</item>
/// <item>a range <c>(a..b)</c> becomes <see cref="BoundedRangeExpression"/>, which refuses more than
/// <see cref="TemplateLimits.MaxRangeLength"/> items before building any; a range of literals too long is reported
/// here already (<see cref="OversizeRanges"/>);</item>
/// <item>a <c>capture</c> block renders into a writer that stops at <see cref="TemplateLimits.MaxStringLength"/>.</item>
/// </list>
/// </summary>
internal sealed class TemplateGuards(int maxRangeLength) : AstRewriter
{
    /// <summary>Literal ranges longer than the limit, as written (<c>1..100000000</c>), with their length.</summary>
    public List<(string From, string To, long Length)> OversizeRanges { get; } = [];

    public static IFluidTemplate Apply(IFluidTemplate template, int maxRangeLength, out List<(string From, string To, long Length)> oversize)
    {
        var guards = new TemplateGuards(maxRangeLength);
        var rewritten = guards.VisitTemplate(template);
        oversize = guards.OversizeRanges;
        return rewritten;
    }

    protected override Statement VisitOutputStatement(OutputStatement outputStatement)
    {
        var visited = (OutputStatement)base.VisitOutputStatement(outputStatement);
        return new OutputStatement(new TextOnlyExpression(visited.Expression));
    }

    protected override Statement VisitCycleStatement(CycleStatement cycleStatement)
    {
        var visited = (CycleStatement)base.VisitCycleStatement(cycleStatement);
        return new CycleStatement(visited.Group, [.. visited.Values.Select(v => (Expression)new TextOnlyExpression(v))]);
    }

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
    {
        var visited = (CaptureStatement)base.VisitCaptureStatement(captureStatement);
        return new BoundedCaptureStatement(visited.Identifier, visited.Statements);
    }

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression)
    {
        var from = Visit(rangeExpression.From);
        var to = Visit(rangeExpression.To);
        if (from is LiteralExpression { Value: var first } && to is LiteralExpression { Value: var last })
        {
            var length = BoundedRangeExpression.Length(first.ToNumberValue(), last.ToNumberValue());
            if (length > maxRangeLength)
            {
                OversizeRanges.Add((first.ToStringValue(), last.ToStringValue(), length));
            }
        }

        return new BoundedRangeExpression(from, to);
    }
}

/// <summary>
/// <c>(a..b)</c>: the bounds are checked (TPL023) before the list of numbers is built, so a range from data
/// (<c>(1..n)</c>) cannot allocate more than <see cref="TemplateLimits.MaxRangeLength"/> items.
/// </summary>
internal sealed class BoundedRangeExpression(Expression from, Expression to) : Expression
{
    public Expression From { get; } = from;

    public Expression To { get; } = to;

    /// <summary>How many items <c>(from..to)</c> has, in whole numbers as Liquid truncates them; 0 when empty.</summary>
    public static long Length(decimal from, decimal to)
    {
        var start = decimal.Truncate(Math.Clamp(from, long.MinValue / 4, long.MaxValue / 4));
        var end = decimal.Truncate(Math.Clamp(to, long.MinValue / 4, long.MaxValue / 4));
        return end < start ? 0 : (long)(end - start) + 1;
    }

    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var from = (await From.EvaluateAsync(context)).ToNumberValue();
        var to = (await To.EvaluateAsync(context)).ToNumberValue();
        var length = Length(from, to);
        var budget = BudgetedContext.Of(context);
        budget?.CancellationToken.ThrowIfCancellationRequested();
        var max = budget?.Limits.MaxRangeLength ?? TemplateLimits.Default.MaxRangeLength;
        if (length > max)
        {
            throw new TemplateLimitException("TPL023", "..", Shown(from) + ".." + Shown(to), length, max);
        }

        var start = (int)decimal.Truncate(from);
        var items = new FluidValue[length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = NumberValue.Create(start + i);
        }

        return new ArrayValue(items);
    }

    private static string Shown(decimal value) => decimal.Truncate(value).ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// What an output writes: Word markup our filters made and captured output as they are; a number, a date, true/false
/// as Fluid writes them (escaped); anything else — a string whatever its flags, a list, a record — as its text,
/// escaped by <see cref="WordTextEncoder"/>. This is the one place where the engine decides what is markup.
/// </summary>
internal sealed class TextOnlyExpression(Expression inner) : Expression
{
    public Expression Inner { get; } = inner;

    public override ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var task = Inner.EvaluateAsync(context);
        return task.IsCompletedSuccessfully ? new ValueTask<FluidValue>(AsText(task.Result, context)) : Awaited(task, context);
    }

    private static async ValueTask<FluidValue> Awaited(ValueTask<FluidValue> task, TemplateContext context) => AsText(await task, context);

    private static FluidValue AsText(FluidValue value, TemplateContext context)
    {
        switch (value)
        {
            case StringValue { Encode: true }:
            case WordMarkup:
            case CapturedOutput:
            case NumberValue:
            case BooleanValue:
            case NilValue:
            case DateTimeValue:
            case Values.RecordValue:
                return value;
            case ArrayValue array:
                Filters.FilterGuard.CheckTextLength(array, context, "{{");
                return new StringValue(array.ToStringValue());
            default:
                return new StringValue(value.ToStringValue());
        }
    }

    protected override Expression Accept(AstVisitor visitor) => this;
}

/// <summary>
/// <c>{% capture name %}…{% endcapture %}</c>: the block renders into a writer that stops at
/// <see cref="TemplateLimits.MaxStringLength"/> (TPL024), and the result is a <see cref="CapturedOutput"/>.
/// </summary>
internal sealed class BoundedCaptureStatement(string identifier, IReadOnlyList<Statement> statements) : Statement
{
    public string Identifier { get; } = identifier;

    public IReadOnlyList<Statement> Statements { get; } = statements;

    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var budget = BudgetedContext.Of(context);
        var max = budget?.Limits.MaxStringLength ?? TemplateLimits.Default.MaxStringLength;
        var length = 0L;
        using var captured = new LimitedStringWriter(count =>
        {
            length += count;
            if (length > max)
            {
                throw budget?.StringTooLong("capture") ?? new TemplateLimitException("TPL024", "capture", "capture", max);
            }
        });
        var completion = Completion.Normal;
        foreach (var statement in Statements)
        {
            completion = await statement.WriteToAsync(captured, encoder, context);
            if (completion != Completion.Normal)
            {
                break;
            }
        }

        var markup = captured.ToString();
        budget?.ChargeText(markup.Length, "capture");
        context.SetValue(Identifier, new CapturedOutput(markup));
        return completion;
    }

    protected override Statement Accept(AstVisitor visitor) => this;
}

/// <summary>
/// What a <c>capture</c> block rendered: the engine's own output (data in it already escaped, markup from our filters
/// kept), written back as it is. To a filter it is the text it shows — tags dropped, line breaks and tabs kept,
/// entities decoded — so whatever a filter makes of it is escaped again.
/// </summary>
internal sealed partial class CapturedOutput(string markup) : FluidValue
{
    private string? _text;

    public string Markup { get; } = markup;

    public override FluidValues Type => FluidValues.String;

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Markup);
        return default;
    }

    public override bool Equals(FluidValue other) => other is not null && other.ToStringValue() == ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => decimal.TryParse(ToStringValue(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : 0;

    public override string ToStringValue() => _text ??= TextOf(Markup);

    public override object ToObjectValue() => ToStringValue();

    public override bool IsNil() => false;

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);

    private static string TextOf(string markup)
    {
        if (markup.AsSpan().IndexOfAny('<', '&') < 0)
        {
            return markup;
        }

        var text = markup.Replace("<w:br/>", "\n", StringComparison.Ordinal).Replace("<w:tab/>", "\t", StringComparison.Ordinal);
        return WebUtility.HtmlDecode(Tag().Replace(FieldCode().Replace(text, string.Empty), string.Empty));
    }

    /// <summary>A field's instruction (a hyperlink's address) is not text the reader sees.</summary>
    [GeneratedRegex("<w:instrText[^>]*>[^<]*</w:instrText>")]
    private static partial Regex FieldCode();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
