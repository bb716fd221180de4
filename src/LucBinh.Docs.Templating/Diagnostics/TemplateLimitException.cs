namespace LucBinh.Docs.Templating.Diagnostics;

/// <summary>
/// A limit of <see cref="TemplateLimits"/> was passed deep inside a render or a package read. It carries the message's
/// code and arguments (never a long text) and what to look for among the part's tags (<see cref="Hint"/>: a filter's
/// name, <c>..</c> for a range, <c>capture</c>), so the caller can turn it into a diagnostic at the tag's paragraph.
/// </summary>
internal sealed class TemplateLimitException : Exception
{
    public TemplateLimitException(string code, string? hint, params object?[] arguments)
        : base(code)
    {
        Code = code;
        Hint = hint;
        Arguments = arguments;
    }

    public TemplateLimitException()
        : this("TPL025", (string?)null)
    {
    }

    public TemplateLimitException(string message)
        : this(message, (string?)null)
    {
    }

    public TemplateLimitException(string message, Exception inner)
        : base(message, inner)
    {
        Code = message;
        Arguments = [];
    }

    public string Code { get; }

    public string? Hint { get; }

    public object?[] Arguments { get; }
}
