using System.Globalization;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// What a formula to compute refers to and how risky it is, read from its text in one pass without recursion: cell
/// references and ranges (<c>A1</c>, <c>$A$1:B9</c>, <c>A:A</c>, <c>2:5</c>, <c>'Thôn bản'!A1</c>), defined names, the
/// functions it calls, how deep its parentheses nest, and the arguments that decide how much work ClosedXML does
/// (criteria of COUNTIF and its kin, the count of REPT). The evaluator decides from this, before ClosedXML sees the
/// formula, whether it may be computed and in which order.
/// </summary>
internal sealed class FormulaAnalysis
{
    /// <summary>
    /// Functions ClosedXML 0.95.4 computes in time and memory bounded by their arguments. Left out on purpose: FACT,
    /// FACTDOUBLE, COMBIN, MULTINOMIAL (loops or recursion on the value: COMBIN(1E9,5E8) overflows the stack),
    /// NETWORKDAYS and WORKDAY (a loop per day), SEARCH (wildcards become a regular expression), matrix functions.
    /// </summary>
    private static readonly HashSet<string> SafeFunctions = new(StringComparer.Ordinal)
    {
        "ABS", "ACOS", "ACOSH", "ASIN", "ASINH", "ATAN", "ATAN2", "ATANH", "CEILING", "COS", "COSH", "DEGREES", "EVEN", "EXP",
        "FLOOR", "INT", "LN", "LOG", "LOG10", "MOD", "MROUND", "ODD", "PI", "POWER", "PRODUCT", "QUOTIENT", "RADIANS", "RAND",
        "RANDBETWEEN", "ROUND", "ROUNDDOWN", "ROUNDUP", "SIGN", "SIN", "SINH", "SQRT", "SUM", "SUMPRODUCT", "SUMSQ", "TAN",
        "TANH", "TRUNC",
        "AVERAGE", "AVERAGEA", "COUNT", "COUNTA", "COUNTBLANK", "MAX", "MAXA", "MIN", "MINA", "MEDIAN", "LARGE", "SMALL",
        "STDEV", "STDEVA", "STDEVP", "STDEVPA", "VAR", "VARA", "VARP", "VARPA", "SUBTOTAL", "AVEDEV", "DEVSQ", "GEOMEAN",
        "HARMEAN", "PERCENTILE", "QUARTILE", "RANK", "MODE", "SUMX2MY2", "SUMX2PY2", "SUMXMY2", "CHOOSE", "ROW",
        "AND", "FALSE", "IF", "IFERROR", "NOT", "OR", "TRUE",
        "ISBLANK", "ISERR", "ISERROR", "ISEVEN", "ISLOGICAL", "ISNA", "ISNONTEXT", "ISNUMBER", "ISODD", "ISREF", "ISTEXT",
        "N", "NA",
        "VLOOKUP", "HLOOKUP", "INDEX", "MATCH", "COLUMN", "COLUMNS", "ROWS", "HYPERLINK",
        "CHAR", "CLEAN", "CODE", "CONCATENATE", "EXACT", "FIND", "LEFT", "LEN", "LOWER", "MID", "PROPER", "REPLACE", "RIGHT",
        "T", "TRIM", "UPPER", "VALUE", "TEXT",
        "DATE", "DATEDIF", "DATEVALUE", "DAY", "DAYS360", "EDATE", "EOMONTH", "HOUR", "MINUTE", "MONTH", "NOW", "SECOND",
        "TIME", "TIMEVALUE", "TODAY", "WEEKDAY", "WEEKNUM", "YEAR", "YEARFRAC",

        // With their arguments checked below.
        "REPT", "SUBSTITUTE", "FIXED", "DOLLAR",
        "COUNTIF", "COUNTIFS", "SUMIF", "SUMIFS", "AVERAGEIF", "AVERAGEIFS",
    };

    /// <summary>
    /// Functions whose criteria ClosedXML 0.95.4 turns into a formula with each value read (<c>value &amp; "&gt;0"</c>,
    /// parsed recursively) or into a regular expression (<c>*</c>, <c>?</c>): their criteria must be a constant or one
    /// cell, and the text they read short and shallow. The set gives the first criteria argument and the step.
    /// </summary>
    private static readonly Dictionary<string, (int First, int Step)> CriteriaArguments = new(StringComparer.Ordinal)
    {
        ["COUNTIF"] = (1, int.MaxValue),
        ["SUMIF"] = (1, int.MaxValue),
        ["AVERAGEIF"] = (1, int.MaxValue),
        ["COUNTIFS"] = (1, 2),
        ["SUMIFS"] = (2, 2),
        ["AVERAGEIFS"] = (2, 2),
    };

    /// <summary>Text a criteria function may read: at most this long, with parentheses nested at most <see cref="MaxCriteriaNesting"/> deep.</summary>
    public const int MaxCriteriaText = 255;

    public const int MaxCriteriaNesting = 8;

    /// <summary>Characters of defined names' formulas read for one formula (names of names included); past it the formula is not computed.</summary>
    public const int MaxNameText = 4096;

    /// <summary>Defined names one formula may use, names of names included (ClosedXML resolves a name of a name by recursion).</summary>
    public const int MaxNames = 32;

    /// <summary>Wildcards (<c>*</c>, <c>?</c>) in one criterion: each is a <c>.*</c> of a backtracking expression.</summary>
    public const int MaxCriteriaWildcards = 2;

    /// <summary>A reference of the formula: a sheet (index in the workbook) and a range, clamped later to cells that exist.</summary>
    public List<(int Sheet, CellRange Range)> References { get; } = [];

    /// <summary>The defined names the formula uses, directly or through other names.</summary>
    public List<string> Names { get; } = [];

    /// <summary>The deepest nesting of parentheses.</summary>
    public int Nesting { get; private set; }

    /// <summary>A function outside <see cref="SafeFunctions"/>, a structured or external reference: ClosedXML may not compute it safely.</summary>
    public string? Unsupported { get; private set; }

    /// <summary>A criteria function whose criteria is neither a constant nor one cell.</summary>
    public string? UncheckedCriteria { get; private set; }

    /// <summary>Whether the formula calls a criteria function (the text it reads is then checked).</summary>
    public bool HasCriteria { get; private set; }

    /// <summary>How many times longer than its inputs the text result may be (REPT's count, SUBSTITUTE squares).</summary>
    public double TextFactor { get; private set; } = 1;

    public bool Squares { get; private set; }

    /// <summary>Characters a result may add beyond its inputs (FIXED and DOLLAR with their decimals).</summary>
    public int TextExtra { get; private set; }

    private readonly Func<string, int> _sheetIndex;
    private readonly Func<string, string?> _nameFormula;
    private readonly int _sheet;

    private FormulaAnalysis(int sheet, Func<string, int> sheetIndex, Func<string, string?> nameFormula)
    {
        _sheet = sheet;
        _sheetIndex = sheetIndex;
        _nameFormula = nameFormula;
    }

    /// <summary>
    /// Reads a formula of the sheet <paramref name="sheet"/>. <paramref name="sheetIndex"/> gives a sheet's index by name
    /// (-1 if none); <paramref name="nameFormula"/> the formula of a workbook-level defined name (null if none), whose
    /// references are the formula's too (names of names are followed without recursion, each once).
    /// </summary>
    public static FormulaAnalysis Read(string formula, int sheet, Func<string, int> sheetIndex, Func<string, string?> nameFormula)
    {
        var analysis = new FormulaAnalysis(sheet, sheetIndex, nameFormula);
        var pendingNames = new Stack<string>();
        var seenNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        analysis.Scan(formula, isName: false, pendingNames, seenNames);
        var nameText = 0;
        while (pendingNames.Count > 0)
        {
            var name = pendingNames.Pop();
            if (nameFormula(name) is not { } text)
            {
                continue;
            }

            analysis.Names.Add(name);
            nameText += text.Length;
            if (nameText > MaxNameText || analysis.Names.Count > MaxNames)
            {
                // Names of names of names…: a bound on the text read for one formula, not a recursion.
                analysis.Unsupported ??= name;
                break;
            }

            analysis.Scan(text, isName: true, pendingNames, seenNames);
        }

        return analysis;
    }

    /// <summary>One open function call: its name, the argument being read, and what that argument holds so far.</summary>
    private sealed class Call(string? name)
    {
        public string? Name { get; } = name;

        public int Argument { get; set; }

        public int Tokens { get; set; }

        public bool SimpleToken { get; set; }

        public string? Literal { get; set; }

        public double? Number { get; set; }
    }

    private void Scan(string text, bool isName, Stack<string> pendingNames, HashSet<string> seenNames)
    {
        var calls = new Stack<Call>();
        var i = 0;
        if (isName && text.StartsWith('='))
        {
            i = 1;
        }

        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                {
                    i++;
                    var literal = new System.Text.StringBuilder();
                    while (i < text.Length)
                    {
                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                literal.Append('"');
                                i += 2;
                                continue;
                            }

                            break;
                        }

                        literal.Append(text[i++]);
                    }

                    i++;
                    Token(calls, simple: true, literal: literal.ToString(), number: null);
                    continue;
                }

                case '\'':
                {
                    // A quoted sheet name: 'Thôn bản'!A1 ('' is a quote).
                    var name = new System.Text.StringBuilder();
                    i++;
                    while (i < text.Length)
                    {
                        if (text[i] == '\'')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '\'')
                            {
                                name.Append('\'');
                                i += 2;
                                continue;
                            }

                            break;
                        }

                        name.Append(text[i++]);
                    }

                    i++;
                    if (i < text.Length && text[i] == '!')
                    {
                        i++;
                        i = ReadReference(text, i, SheetOf(name.ToString()), calls);
                    }
                    else
                    {
                        Unsupported ??= "'";
                    }

                    continue;
                }

                case '{':
                    // An array constant: numbers and strings only, no references.
                    while (i < text.Length && text[i] != '}')
                    {
                        i++;
                    }

                    i++;
                    Token(calls, simple: false, literal: null, number: null);
                    continue;
                case '[':
                    // Structured (Table1[Cột]) or external ([1]Sheet1!A1) references: not computed here.
                    Unsupported ??= "[";
                    i++;
                    continue;
                case '#':
                    // An error literal (#REF!, #N/A, #DIV/0!).
                    i++;
                    while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '/' or '!' or '?'))
                    {
                        i++;
                    }

                    Token(calls, simple: false, literal: null, number: null);
                    continue;
                case '(':
                    Count(calls);
                    calls.Push(new Call(null));
                    Nesting = Math.Max(Nesting, calls.Count);
                    i++;
                    continue;
                case ')':
                    if (calls.Count > 0)
                    {
                        var call = calls.Pop();
                        EndArgument(call);
                        Token(calls, simple: false, literal: null, number: null);
                    }

                    i++;
                    continue;
                case ',' or ';':
                    if (calls.Count > 0)
                    {
                        var call = calls.Peek();
                        EndArgument(call);
                        call.Argument++;
                        call.Tokens = 0;
                        call.SimpleToken = false;
                        call.Literal = null;
                        call.Number = null;
                    }

                    i++;
                    continue;
            }

            if (IsWordStart(c))
            {
                i = ReadWord(text, i, calls, pendingNames, seenNames);
                continue;
            }

            if (c is '+' or '-' or '*' or '/' or '^' or '&' or '=' or '<' or '>' or '%' or ':')
            {
                // An operator makes the argument an expression, not one constant or cell.
                if (calls.Count > 0 && !(c is '-' or '+' && calls.Peek().Tokens == 0))
                {
                    calls.Peek().Tokens++;
                    calls.Peek().SimpleToken = false;
                }
            }

            i++;
        }
    }

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' or '\\' or '.';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' or '\\' or '.';

    /// <summary>Reads a number, a function name, a sheet prefix, a reference or a name.</summary>
    private int ReadWord(string text, int i, Stack<Call> calls, Stack<string> pendingNames, HashSet<string> seenNames)
    {
        var start = i;
        while (i < text.Length && IsWordChar(text[i]))
        {
            // An exponent: 1E+5.
            if ((text[i] is 'E' or 'e') && i + 1 < text.Length && text[i + 1] is '+' or '-' && char.IsAsciiDigit(text[start]))
            {
                i += 2;
                continue;
            }

            i++;
        }

        var word = text[start..i];
        if (i < text.Length && text[i] == '(')
        {
            var name = word.ToUpperInvariant();
            foreach (var prefix in new[] { "_XLFN._XLWS.", "_XLFN.", "_XLWS." })
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    name = name[prefix.Length..];
                }
            }

            if (!SafeFunctions.Contains(name))
            {
                Unsupported ??= name;
            }

            HasCriteria |= CriteriaArguments.ContainsKey(name);
            if (name == "SUBSTITUTE")
            {
                Squares = true;
            }

            // The '(' that follows opens this call.
            Count(calls);
            calls.Push(new Call(name));
            Nesting = Math.Max(Nesting, calls.Count);
            return i + 1;
        }

        if (i < text.Length && text[i] == '!')
        {
            return ReadReference(text, i + 1, SheetOf(word), calls);
        }

        if (char.IsAsciiDigit(word[0]) && !(i < text.Length && text[i] == ':'))
        {
            var number = double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : (double?)null;
            Token(calls, simple: true, literal: null, number: number);
            return i;
        }

        if (word.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || word.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
        {
            Token(calls, simple: true, literal: null, number: null);
            return i;
        }

        var afterReference = ReadReference(text, start, _sheet, calls);
        if (afterReference > start)
        {
            return afterReference;
        }

        // A defined name: its references are the formula's.
        Token(calls, simple: false, literal: null, number: null);
        if (seenNames.Add(word) && _nameFormula(word) is not null)
        {
            pendingNames.Push(word);
        }

        return i;
    }

    /// <summary>Reads <c>A1</c>, <c>A1:B2</c>, <c>A:C</c> or <c>2:5</c> at <paramref name="i"/>; returns where it ends (i if it is none).</summary>
    private int ReadReference(string text, int i, int sheet, Stack<Call> calls)
    {
        var firstEnd = ReferenceEnd(text, i);
        if (firstEnd == i || !CellReference.TryParse(text.AsSpan(i, firstEnd - i), out var r1, out var c1)
            || (firstEnd < text.Length && (IsWordChar(text[firstEnd]) || text[firstEnd] is '(' or '!')))
        {
            // Not a reference (a name, Sheet!#REF!…): the caller reads it otherwise.
            return i;
        }

        var end = firstEnd;
        int r2 = r1, c2 = c1;
        if (end < text.Length && text[end] == ':')
        {
            var secondEnd = ReferenceEnd(text, end + 1);
            if (secondEnd > end + 1 && CellReference.TryParse(text.AsSpan(end + 1, secondEnd - end - 1), out var rr, out var cc))
            {
                (r2, c2) = (rr, cc);
                end = secondEnd;
            }
        }

        // Whole rows (2:5) or columns (A:C) need both ends of the same kind; a lone "ABC" is a name, not a column.
        if (r1 == 0 && r2 == 0 && c1 > 0 && c2 > 0 && end > firstEnd)
        {
            (r1, r2) = (1, CellReference.MaxRow);
        }
        else if (c1 == 0 && c2 == 0 && r1 > 0 && r2 > 0 && end > firstEnd)
        {
            (c1, c2) = (1, CellReference.MaxColumn);
        }
        else if (r1 == 0 || r2 == 0 || c1 == 0 || c2 == 0)
        {
            return i;
        }

        var single = end == firstEnd;
        if (sheet >= 0)
        {
            References.Add((sheet, new CellRange(Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2))));
        }

        Token(calls, simple: single, literal: null, number: null);
        return end;
    }

    private static int ReferenceEnd(string text, int i)
    {
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '$'))
        {
            i++;
        }

        return i;
    }

    private int SheetOf(string name)
    {
        var index = _sheetIndex(name);
        if (index < 0)
        {
            // A 3-D reference (Sheet1:Sheet3!A1) or a sheet that does not exist: ClosedXML cannot compute it.
            Unsupported ??= name;
        }

        return index;
    }

    /// <summary>One token in the current argument: one constant or one cell stays "simple", anything more does not.</summary>
    private static void Token(Stack<Call> calls, bool simple, string? literal, double? number)
    {
        if (calls.Count == 0)
        {
            return;
        }

        var call = calls.Peek();
        call.Tokens++;
        call.SimpleToken = call.Tokens == 1 && simple;
        call.Literal = call.Tokens == 1 ? literal : null;
        call.Number = call.Tokens == 1 ? number : null;
    }

    private static void Count(Stack<Call> calls)
    {
        if (calls.Count > 0)
        {
            calls.Peek().Tokens++;
            calls.Peek().SimpleToken = false;
        }
    }

    /// <summary>Checks the argument that ends of a function whose arguments decide its cost.</summary>
    private void EndArgument(Call call)
    {
        switch (call.Name)
        {
            case null:
                return;
            case "REPT" when call.Argument == 1:
                // The count must be a number written in the formula, so that the result's length is known.
                TextFactor *= call.SimpleToken && call.Number is { } count ? Math.Max(1, count) : double.PositiveInfinity;
                return;
            case "FIXED" or "DOLLAR" when call.Argument == 1:
                TextExtra += call.SimpleToken && call.Number is { } decimals && decimals <= 127 ? 160 : int.MaxValue / 4;
                return;
        }

        if (CriteriaArguments.TryGetValue(call.Name, out var criteria) && IsCriteria(call.Argument, criteria.First, criteria.Step))
        {
            var safe = call.SimpleToken
                && (call.Literal is null || (call.Literal.Length <= MaxCriteriaText && Wildcards(call.Literal) <= MaxCriteriaWildcards));
            if (!safe)
            {
                UncheckedCriteria ??= call.Name;
            }
        }
    }

    private static bool IsCriteria(int argument, int first, int step) =>
        step == int.MaxValue ? argument == first : argument >= first && (argument - first) % step == 0;

    /// <summary>The wildcards of a criterion.</summary>
    public static int Wildcards(string text) => text.Count(c => c is '*' or '?');

    /// <summary>How deep parentheses nest in a text.</summary>
    public static int ParenthesisDepth(string text)
    {
        int depth = 0, deepest = 0;
        foreach (var c in text)
        {
            if (c == '(')
            {
                deepest = Math.Max(deepest, ++depth);
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
        }

        return deepest;
    }
}
