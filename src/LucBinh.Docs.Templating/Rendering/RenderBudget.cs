using LucBinh.Docs.Templating.Diagnostics;

namespace LucBinh.Docs.Templating.Rendering;

/// <summary>
/// What one render may still spend (issue 11): bytes of output, characters built by filters and captures, and the
/// caller's cancellation. Every charge is O(1); the token is looked at on each charge, so a render past a request's
/// time limit stops within one filter call, one loop's range or one 8 KB write.
/// </summary>
internal sealed class RenderBudget(TemplateLimits limits, CancellationToken cancellationToken)
{
    private long _outputBytes;
    private long _textWork;

    public TemplateLimits Limits { get; } = limits;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Everything filters and captures may build in one render, in characters: a loop of appends costs what it copies.</summary>
    public long MaxTextWork => Math.Max(Limits.MaxOutputBytes, 16L * Limits.MaxStringLength);

    /// <summary>Counts output written to the document (TPL025 past <see cref="TemplateLimits.MaxOutputBytes"/>).</summary>
    public void ChargeOutput(long bytes)
    {
        CancellationToken.ThrowIfCancellationRequested();
        _outputBytes += bytes;
        if (_outputBytes > Limits.MaxOutputBytes)
        {
            throw new TemplateLimitException("TPL025", null, Megabytes(Limits.MaxOutputBytes));
        }
    }

    /// <summary>Counts the characters a filter or a capture built (TPL024 when one text or all together are too long).</summary>
    public void ChargeText(long characters, string hint)
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (characters > Limits.MaxStringLength)
        {
            throw StringTooLong(hint);
        }

        _textWork += characters;
        if (_textWork > MaxTextWork)
        {
            throw StringTooLong(hint);
        }
    }

    public TemplateLimitException StringTooLong(string hint) =>
        new("TPL024", hint, hint, Limits.MaxStringLength);

    public TemplateLimitException ListTooLong(string hint) =>
        new("TPL029", hint, hint, Limits.MaxListLength);

    public static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";
}

/// <summary>
/// The render context the engine creates: it carries the render's budget as a field, so the checks made at every
/// filter call and range find it with a type test instead of a dictionary lookup (the normal path must not slow down).
/// </summary>
internal sealed class BudgetedContext(Fluid.TemplateOptions options) : Fluid.TemplateContext(options)
{
    public RenderBudget? Budget { get; set; }

    /// <summary>The budget of the render this context belongs to; null outside one (e.g. a file name's Liquid).</summary>
    public static RenderBudget? Of(Fluid.TemplateContext context) =>
        context is BudgetedContext { Budget: { } budget } ? budget : RenderSession.From(context)?.Budget;
}
