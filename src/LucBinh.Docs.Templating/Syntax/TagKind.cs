namespace LucBinh.Docs.Templating.Syntax;

/// <summary>What a tag written in Word text is, for pairing and placement.</summary>
public enum TagKind
{
    /// <summary><c>{{ expression }}</c>: writes a value.</summary>
    Output,

    /// <summary>Opens a block: <c>if</c>, <c>unless</c>, <c>for</c>, <c>case</c>, <c>capture</c>.</summary>
    Open,

    /// <summary>Divides a block: <c>elsif</c>, <c>else</c>, <c>when</c>.</summary>
    Middle,

    /// <summary>Closes a block: <c>endif</c>, <c>endfor</c>…</summary>
    Close,

    /// <summary>A statement that writes nothing on its own line: <c>assign</c>, <c>increment</c>…</summary>
    Statement,

    /// <summary><c>{% raw %}…{% endraw %}</c> and <c>{% comment %}…{% endcomment %}</c>, copied as they are.</summary>
    Verbatim,
}
