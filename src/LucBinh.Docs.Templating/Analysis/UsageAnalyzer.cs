using Fluid;
using Fluid.Ast;
using Fluid.Values;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Filters;
using LucBinh.Docs.Text;

namespace LucBinh.Docs.Templating.Analysis;

/// <summary>
/// Finds what a compiled template uses (<see cref="TemplateUsage"/>). Each tag is parsed alone with the template's own
/// Liquid parser (so each use has its tag's place) and walked in document order with the scopes Liquid gives names: a
/// <c>for</c> variable is a row of its list until <c>endfor</c>, an <c>assign</c> is an alias of what it was given, a
/// <c>capture</c> or counter is text. The work is bounded: at most <see cref="MaxTags"/> tags and
/// <see cref="MaxPaths"/> paths (past either the usage says it is incomplete), each tag already bounded in complexity.
/// </summary>
internal sealed class UsageAnalyzer
{
    /// <summary>Tags analysed at most; a template with more gives an incomplete usage (the full check then applies).</summary>
    public const int MaxTags = 50_000;

    /// <summary>Different paths recorded at most.</summary>
    public const int MaxPaths = 10_000;

    /// <summary>Parsed tags kept for the next analysis (a host loads the same templates again and again).</summary>
    private const int MaxCachedTags = 8_192;

    /// <summary>Each different tag text parsed once per process: Fluid's syntax trees are immutable, so they are shared.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Statement?> Parsed = new(StringComparer.Ordinal);

    private readonly List<UsedPath> _paths = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<Dictionary<string, DataRef?>> _frames = [new(StringComparer.Ordinal)];
    private readonly Stack<bool> _blocks = new();
    private DiagnosticLocation _location = new DocumentLocation(DocumentPart.Body, 0);
    private bool _complete = true;

    /// <summary>The usage of the tags of every part, each part in document order (each part has its own assigns, as at render).</summary>
    public static TemplateUsage Analyze(IEnumerable<IReadOnlyList<(string Source, DiagnosticLocation Location)>> parts)
    {
        var analyzer = new UsageAnalyzer();
        var tags = 0;
        foreach (var part in parts)
        {
            analyzer.StartPart();
            foreach (var (source, location) in part)
            {
                if (++tags > MaxTags)
                {
                    analyzer._complete = false;
                    return analyzer.Result();
                }

                analyzer.Tag(source, location);
            }
        }

        return analyzer.Result();
    }

    private TemplateUsage Result() => new(_paths, _complete);

    private void StartPart()
    {
        _frames.RemoveRange(1, _frames.Count - 1);
        _frames[0].Clear();
        _blocks.Clear();
    }

    private void Tag(string source, DiagnosticLocation location)
    {
        _location = location;
        var name = TagName(source);
        switch (name)
        {
            case "endfor":
                if (_blocks.Count > 0 && _blocks.Pop())
                {
                    _frames.RemoveAt(_frames.Count - 1);
                }

                return;
            case "endif" or "endunless" or "endcase" or "endcapture":
                if (_blocks.Count > 0 && _blocks.Pop())
                {
                    _frames.RemoveAt(_frames.Count - 1);
                }

                return;
            case "else" or "break" or "continue" or "raw" or "endraw" or "comment" or "endcomment" or "pagebreak" or "restart_numbering":
                return;
            case "include":
                // The block's content is already in the part (Includes/IncludeExpander): its tags are read as the template's.
                return;
        }

        var probe = name switch
        {
            "" or "assign" or "cycle" or "echo" or "increment" or "decrement" => source,
            "for" => source + "{% endfor %}",
            "if" => source + "{% endif %}",
            "unless" => source + "{% endunless %}",
            "case" => source + "{% endcase %}",
            "capture" => source + "{% endcapture %}",
            "elsif" => "{% if true %}" + source + "{% endif %}",
            "when" => "{% case 0 %}" + source + "{% endcase %}",
            _ => null,
        };
        var statement = probe is null ? null : Parse(probe);
        if (statement is null)
        {
            // Not a tag we know how to read: its uses are unknown.
            _complete = false;
            if (name is "for" or "if" or "unless" or "case" or "capture")
            {
                _blocks.Push(false);
            }

            return;
        }

        switch (statement)
        {
            case ForStatement loop:
                var rows = loop.Source is null ? null : Eval(loop.Source);
                Eval(loop.Range);
                Eval(loop.Limit);
                Eval(loop.Offset);
                _frames.Add(new Dictionary<string, DataRef?>(StringComparer.Ordinal) { [loop.Identifier] = rows?.Element(), ["forloop"] = null });
                _blocks.Push(true);
                break;
            case IfStatement branch when name == "elsif":
                foreach (var elseIf in branch.ElseIfs)
                {
                    Eval(elseIf.Condition);
                }

                break;
            case IfStatement branch:
                Eval(branch.Condition);
                _blocks.Push(false);
                break;
            case UnlessStatement unless:
                Eval(unless.Condition);
                _blocks.Push(false);
                break;
            case CaseStatement choice when name == "when":
                foreach (var option in choice.Whens.SelectMany(w => w.Options))
                {
                    Eval(option);
                }

                break;
            case CaseStatement choice:
                Eval(choice.Expression);
                _blocks.Push(false);
                break;
            case CaptureStatement capture:
                _frames[^1][capture.Identifier] = null;
                _blocks.Push(false);
                break;
            case AssignStatement assign:
                _frames[^1][assign.Identifier] = Eval(assign.Value);
                break;
            case OutputStatement output:
                Eval(output.Expression);
                break;
            case CycleStatement cycle:
                Eval(cycle.Group);
                foreach (var value in cycle.Values)
                {
                    Eval(value);
                }

                break;
            case IncrementStatement increment:
                _frames[0][increment.Identifier] = null;
                break;
            case DecrementStatement decrement:
                _frames[0][decrement.Identifier] = null;
                break;
            default:
                new MemberFinder(this).Visit(statement);
                break;
        }
    }

    /// <summary>The first statement of the probe, parsed once per different text (templates repeat their tags).</summary>
    private static Statement? Parse(string probe)
    {
        if (Parsed.TryGetValue(probe, out var cached))
        {
            return cached;
        }

        var statement = LiquidEnvironment.Parser.TryParse(probe, out var template, out _) && template is IStatementList { Statements.Count: > 0 } list
            ? list.Statements[0]
            : null;
        if (Parsed.Count < MaxCachedTags && probe.Length <= 4_096)
        {
            Parsed.TryAdd(probe, statement);
        }

        return statement;
    }

    /// <summary>The keyword of a tag (<c>for</c>, <c>endif</c>), empty for an output tag.</summary>
    private static string TagName(string source)
    {
        if (!source.StartsWith("{%", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var text = source.AsSpan(2).TrimStart('-').TrimStart();
        var end = 0;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }

        return text[..end].ToString();
    }

    /// <summary>Records the uses of an expression and says what data it gives (null: not data, or not known).</summary>
    private DataRef? Eval(Expression? expression)
    {
        switch (expression)
        {
            case null or LiteralExpression:
                return null;
            case MemberExpression member:
                return Member(member);
            case FilterExpression filter:
                return Filter(filter);
            case BinaryExpression binary:
                Eval(binary.Left);
                Eval(binary.Right);
                return null;
            case RangeExpression range:
                Eval(range.From);
                Eval(range.To);
                return null;
            default:
                new MemberFinder(this).Visit(expression);
                return null;
        }
    }

    private DataRef? Member(MemberExpression member)
    {
        var segments = member.Segments;
        if (segments.Count == 0 || segments[0] is not IdentifierSegment first)
        {
            _complete = false;
            return null;
        }

        DataRef? current = Lookup(first.Identifier);
        for (var i = 1; i < segments.Count && current is not null; i++)
        {
            switch (segments[i])
            {
                case IdentifierSegment { Identifier: "size" } when current.Kind != RefKind.Group:
                    Use(current);
                    return null; // a count, not data
                case IdentifierSegment { Identifier: "first" or "last" }:
                    current = current.Element();
                    break;
                case IdentifierSegment identifier:
                    current = current.Member(identifier.Identifier);
                    break;
                case IndexerSegment { Expression: LiteralExpression { Value: StringValue text } }:
                    current = current.Member(NameFolding.ToKey(text.ToStringValue()));
                    break;
                case IndexerSegment { Expression: LiteralExpression { Value: NumberValue } }:
                    current = current.Element();
                    break;
                case IndexerSegment indexer:
                    // rows[i] is a row; record[name] with a name known only when rendering is any field of it.
                    Eval(indexer.Expression);
                    Use(current);
                    _complete = false;
                    return null;
                default:
                    _complete = false;
                    return null;
            }
        }

        if (current is not null)
        {
            Use(current);
        }

        for (var i = 1; i < segments.Count; i++)
        {
            if (segments[i] is IndexerSegment { Expression: not LiteralExpression } indexer)
            {
                Eval(indexer.Expression);
            }
        }

        return current;
    }

    private DataRef? Filter(FilterExpression filter)
    {
        var input = Eval(filter.Input);
        var positional = filter.Parameters.Where(p => string.IsNullOrEmpty(p.Name)).ToList();
        foreach (var parameter in filter.Parameters)
        {
            Eval(parameter.Expression);
        }

        if (input is null)
        {
            return null;
        }

        var name = filter.Name;
        if (ColumnFilters.TakesColumn(name) && positional.Count > 0 && Text(positional[0].Expression) is { Length: > 0 } column)
        {
            UseColumn(input, column);
        }

        if (name == "where_exp" && positional.Count > 1 && Text(positional[0].Expression) is { Length: > 0 } variable
            && Text(positional[1].Expression) is { Length: > 0 } condition)
        {
            // where_exp: "r", "r.thon == 'Nà Pài'": the condition reads each row as r.
            _frames.Add(new Dictionary<string, DataRef?>(StringComparer.Ordinal) { [variable] = input.Element() });
            if (Parse("{% if " + condition + " %}{% endif %}") is IfStatement test)
            {
                Eval(test.Condition);
            }
            else
            {
                _complete = false;
            }

            _frames.RemoveAt(_frames.Count - 1);
        }

        if (ColumnFilters.IsChart(name))
        {
            foreach (var parameter in filter.Parameters.Where(p => ColumnFilters.IsChartColumnArgument(p.Name ?? string.Empty)))
            {
                foreach (var listed in (Text(parameter.Expression) ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (input.Kind != RefKind.Groups || !ColumnFilters.GroupMembers.Contains(listed))
                    {
                        UseColumn(input, listed);
                    }
                }
            }

            return null;
        }

        if (name == "group_by" && positional.Count > 0 && Text(positional[0].Expression) is { Length: > 0 } by)
        {
            return input.Kind is RefKind.Value ? new DataRef(input.Path, RefKind.Groups, NameFolding.ToKey(by)) : null;
        }

        if (name == "map" && positional.Count > 0 && Text(positional[0].Expression) is { Length: > 0 } mapped)
        {
            return input.RowsMember(NameFolding.ToKey(mapped)) is { } values ? values with { Kind = RefKind.Values } : null;
        }

        if (ColumnFilters.KeepsRowsOf(name))
        {
            return input;
        }

        return ColumnFilters.GivesRowOf(name) ? input.Element() : null;
    }

    private static string? Text(Expression expression) =>
        expression is LiteralExpression { Value: StringValue text } ? text.ToStringValue() : null;

    private DataRef? Lookup(string name)
    {
        for (var i = _frames.Count - 1; i >= 0; i--)
        {
            if (_frames[i].TryGetValue(name, out var found))
            {
                return found;
            }
        }

        return new DataRef(name, RefKind.Value);
    }

    private void UseColumn(DataRef rows, string column)
    {
        if (rows.RowsMember(NameFolding.ToKey(column)) is { } used)
        {
            Use(used, column: true);
        }
    }

    private void Use(DataRef used, bool column = false)
    {
        if (used.Kind == RefKind.Group)
        {
            return; // a group itself is made by group_by; its rows were recorded when they were read
        }

        if (_seen.Contains(used.Path))
        {
            return;
        }

        if (_seen.Count >= MaxPaths)
        {
            _complete = false;
            return;
        }

        _seen.Add(used.Path);
        _paths.Add(new UsedPath(used.Path, _location, column));
    }

    private enum RefKind
    {
        /// <summary>A value, a record or a list at the path.</summary>
        Value,

        /// <summary>A list of one column's values (<c>map</c>): its items are the column itself.</summary>
        Values,

        /// <summary>The groups of <c>group_by</c> over the rows at the path.</summary>
        Groups,

        /// <summary>One group: <c>name</c> is the column's value, <c>items</c> the rows.</summary>
        Group,
    }

    /// <summary>What an expression gives: the data at a path, or groups of its rows.</summary>
    private sealed record DataRef(string Path, RefKind Kind, string? Column = null)
    {
        public DataRef Element() => Kind switch
        {
            RefKind.Values => this with { Kind = RefKind.Value },
            RefKind.Groups => this with { Kind = RefKind.Group },
            RefKind.Group => this,
            _ => new DataRef(Path + "[]", RefKind.Value),
        };

        public DataRef? Member(string name) => Kind switch
        {
            RefKind.Group => name switch
            {
                "items" => new DataRef(Path, RefKind.Value),
                "name" when Column is not null => new DataRef(Path + "[]." + Column, RefKind.Value),
                _ => null,
            },
            RefKind.Groups or RefKind.Values => null,
            _ => new DataRef(Path + "." + name, RefKind.Value),
        };

        /// <summary>A column of the rows this value holds (of the rows of each group for groups).</summary>
        public DataRef? RowsMember(string column) => Kind switch
        {
            RefKind.Value => new DataRef(Path + "[]." + column, RefKind.Value),
            RefKind.Groups or RefKind.Group => new DataRef(Path + "[]." + column, RefKind.Value),
            _ => null,
        };
    }

    /// <summary>For expressions and statements the walk does not know: every member expression in them is a use.</summary>
    private sealed class MemberFinder(UsageAnalyzer analyzer) : AstVisitor
    {
        protected override Expression VisitMemberExpression(MemberExpression memberExpression)
        {
            analyzer.Member(memberExpression);
            return memberExpression;
        }

        protected override Expression VisitFilterExpression(FilterExpression filterExpression)
        {
            analyzer.Filter(filterExpression);
            return filterExpression;
        }
    }
}
