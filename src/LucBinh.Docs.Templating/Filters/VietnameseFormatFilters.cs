using System.Globalization;
using Fluid;
using Fluid.Values;

namespace LucBinh.Docs.Templating.Filters;

/// <summary>
/// Filters that write numbers and lists the Vietnamese way. Nil in gives nil out (an empty cell stays empty); a value that
/// is not a number comes out as it came in, so a stray text cell shows itself instead of a wrong number.
/// </summary>
internal static class VietnameseFormatFilters
{
    /// <summary>Adds vi_number, vi_percent, vi_change, vi_words, roman, vi_sort, vi_sort_name and join_vi.</summary>
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("vi_number", ViNumber);
        filters.AddFilter("vi_percent", ViPercent);
        filters.AddFilter("vi_change", ViChange);
        filters.AddFilter("vi_words", ViWords);
        filters.AddFilter("roman", Roman);
        filters.AddFilter("vi_sort", ViSort);
        filters.AddFilter("vi_sort_name", ViSortName);
        filters.AddFilter("join_vi", JoinVi);
    }

    /// <summary>
    /// <c>{{ 1234567.5 | vi_number }}</c> → "1.234.567,5"; <c>{{ 1234567.5 | vi_number: 2 }}</c> → "1.234.567,50";
    /// <c>{{ -1500 | vi_number }}</c> → "-1.500". Numbers in text ("1234.5") are read too.
    /// </summary>
    public static ValueTask<FluidValue> ViNumber(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!VietnameseNumbers.TryGetNumber(input, out var number))
        {
            return Unchanged(input);
        }

        return new StringValue(VietnameseNumbers.FormatNumber(number, Decimals(arguments, 0)));
    }

    /// <summary>
    /// <c>{{ 0.125 | vi_percent }}</c> → "12,5%": the input is a ratio (part ÷ whole), written with at most one decimal;
    /// <c>{{ 0.125 | vi_percent: 2 }}</c> → "12,50%" fixes the decimals. For a number that already is a percentage,
    /// divide first: <c>{{ 12.5 | divided_by: 100.0 | vi_percent }}</c>.
    /// </summary>
    public static ValueTask<FluidValue> ViPercent(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!VietnameseNumbers.TryGetNumber(input, out var ratio))
        {
            return Unchanged(input);
        }

        return new StringValue(VietnameseNumbers.FormatPercent(ratio, Decimals(arguments, 0)));
    }

    /// <summary>
    /// <c>{{ nam_nay | vi_change: nam_truoc }}</c> → "tăng 5,2%", "giảm 1,3%" or "bằng" (at most one decimal;
    /// <c>vi_change: nam_truoc, 2</c> fixes two). From a relative change: <c>{{ 0.052 | vi_change }}</c> → "tăng 5,2%"
    /// (<c>vi_change: "ratio", 2</c> for fixed decimals). Nil when the previous value is missing, or is 0 while the
    /// current is not (no percentage exists; add <c>| default: "…"</c> to word that case).
    /// </summary>
    public static ValueTask<FluidValue> ViChange(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!VietnameseNumbers.TryGetNumber(input, out var current))
        {
            return Unchanged(input);
        }

        var decimals = Decimals(arguments, 1);
        var previousArgument = arguments.At(0);
        if (arguments.Count == 0 || (previousArgument.Type == FluidValues.String && previousArgument.ToStringValue() == "ratio"))
        {
            return new StringValue(VietnameseNumbers.ChangeFromRatio(current, decimals));
        }

        if (!VietnameseNumbers.TryGetNumber(previousArgument, out var previous))
        {
            return NilValue.Instance;
        }

        var text = VietnameseNumbers.Change(current, previous, decimals);
        return text is null ? NilValue.Instance : new StringValue(text);
    }

    /// <summary>
    /// <c>{{ 1234 | vi_words }}</c> → "một nghìn hai trăm ba mươi tư"; <c>{{ 21 | vi_words: "capitalize" }}</c> →
    /// "Hai mươi mốt". Northern formal usage (nghìn, linh, mốt, tư, lăm); negatives start with "âm".
    /// </summary>
    public static ValueTask<FluidValue> ViWords(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!VietnameseNumbers.TryGetNumber(input, out var number))
        {
            return Unchanged(input);
        }

        var words = VietnameseNumbers.Words(number);
        if (arguments.At(0).ToStringValue() == "capitalize")
        {
            words = char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
        }

        return new StringValue(words);
    }

    /// <summary>
    /// <c>{{ 4 | roman }}</c> → "IV"; <c>{{ 4 | roman: "lower" }}</c> → "iv". Whole numbers 1–3999; anything else comes out
    /// as it came in.
    /// </summary>
    public static ValueTask<FluidValue> Roman(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!VietnameseNumbers.TryGetNumber(input, out var number) || number != decimal.Truncate(number) || number is < 1 or > 3999)
        {
            return Unchanged(input);
        }

        var roman = VietnameseNumbers.Roman((int)number)!;
        return new StringValue(arguments.At(0).ToStringValue() == "lower" ? roman.ToLowerInvariant() : roman);
    }

    /// <summary>
    /// <c>{{ names | vi_sort }}</c>, <c>{% assign ds = rows | vi_sort: "ten_thon" %}</c>: sorted in Vietnamese order
    /// (letters, then tones, đ after d, "Thôn 2" before "Thôn 10"). Numbers and dates sort by value; empty values go last.
    /// The sort is stable; <c>| reverse</c> gives the opposite order.
    /// </summary>
    public static ValueTask<FluidValue> ViSort(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        Sort(input, arguments, context, VietnameseCollator.Default);

    /// <summary>
    /// <c>{% assign ds = rows | vi_sort_name: "ho_ten" %}</c>, <c>{{ names | vi_sort_name | join_vi }}</c>: personal names
    /// sorted by the given name (the last word), then by the rest: "Trần Văn An", "Lê Thị Bình", "Nguyễn Văn Bình".
    /// </summary>
    public static ValueTask<FluidValue> ViSortName(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        Sort(input, arguments, context, VietnameseCollator.GivenName);

    /// <summary>
    /// <c>{{ names | join_vi }}</c> → "A, B và C" ("A và B", "A"); <c>{{ names | join_vi: "hoặc" }}</c> → "A, B hoặc C";
    /// a second argument replaces the ", " separator. Empty items are left out; rows are written by a field with
    /// <c>| map: "ten" | join_vi</c>.
    /// </summary>
    public static ValueTask<FluidValue> JoinVi(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.Type != FluidValues.Array)
        {
            return Unchanged(input);
        }

        var conjunction = arguments.Count > 0 && !arguments.At(0).IsNil() ? arguments.At(0).ToStringValue() : "và";
        var separator = arguments.Count > 1 && !arguments.At(1).IsNil() ? arguments.At(1).ToStringValue() : ", ";
        var items = input.Enumerate(context).Select(i => i.IsNil() ? null : i.ToStringValue());
        return new StringValue(VietnameseText.JoinList(items, conjunction, separator));
    }

    private static async ValueTask<FluidValue> Sort(FluidValue input, FilterArguments arguments, TemplateContext context, VietnameseCollator collator)
    {
        if (input.Type != FluidValues.Array)
        {
            return input;
        }

        var field = arguments.Count > 0 && !arguments.At(0).IsNil() ? arguments.At(0).ToStringValue() : null;
        var keyed = new List<(FluidValue Item, SortValue Key)>();
        foreach (var item in input.Enumerate(context))
        {
            var value = field is null ? item : await item.GetValueAsync(field, context);
            keyed.Add((item, SortValue.Of(value, collator)));
        }

        return new ArrayValue([.. keyed.OrderBy(k => k.Key).Select(k => k.Item)]);
    }

    /// <summary>Fixed decimals from the argument at <paramref name="index"/>, or null when it is absent or not a number.</summary>
    internal static int? Decimals(FilterArguments arguments, int index) =>
        arguments.Count > index && VietnameseNumbers.TryGetNumber(arguments.At(index), out var places)
            ? (int)Math.Clamp(places, 0, 10)
            : null;

    private static ValueTask<FluidValue> Unchanged(FluidValue input) => input.IsNil() ? NilValue.Instance : input;

    /// <summary>How <c>vi_sort</c> orders one value: numbers, then dates, then text, then empty values.</summary>
    private readonly struct SortValue : IComparable<SortValue>
    {
        private readonly int _kind;
        private readonly decimal _number;
        private readonly DateOnly _date;
        private readonly VietnameseCollator.SortKey? _text;

        private SortValue(int kind, decimal number, DateOnly date, VietnameseCollator.SortKey? text)
        {
            _kind = kind;
            _number = number;
            _date = date;
            _text = text;
        }

        public static SortValue Of(FluidValue value, VietnameseCollator collator) => value switch
        {
            NumberValue => new(0, value.ToNumberValue(), default, null),
            DateTimeValue when FilterValues.TryGetDate(value, out var date) => new(1, 0, date, null),
            _ when value.IsNil() || value.ToStringValue().Length == 0 => new(3, 0, default, null),
            _ => new(2, 0, default, collator.GetKey(value.ToStringValue())),
        };

        public int CompareTo(SortValue other) => _kind != other._kind
            ? _kind.CompareTo(other._kind)
            : _kind switch
            {
                0 => _number.CompareTo(other._number),
                1 => _date.CompareTo(other._date),
                2 => _text!.CompareTo(other._text),
                _ => 0,
            };
    }
}
