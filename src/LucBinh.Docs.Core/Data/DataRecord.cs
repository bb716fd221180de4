using System.Diagnostics.CodeAnalysis;

namespace LucBinh.Docs.Data;

/// <summary>
/// An object of the data model: ordered fields, each reachable by its key (folded, <c>so_nguoi_tham_du</c>)
/// and by its original label (<c>Số người tham dự</c>). Values are <see cref="string"/>, <see cref="decimal"/>,
/// <see cref="bool"/>, <see cref="DateOnly"/>, <see cref="DataRecord"/>, <see cref="DataList"/> or null.
/// </summary>
public sealed class DataRecord
{
    private readonly List<DataField> _fields = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <summary>Where the record came from (a tracker row), for messages; null for data built in code or JSON.</summary>
    public DataSource? Source { get; init; }

    public IReadOnlyList<DataField> Fields => _fields;

    public int Count => _fields.Count;

    public object? this[string keyOrLabel]
    {
        get => TryGetValue(keyOrLabel, out var value) ? value : null;
        set => Set(keyOrLabel, value);
    }

    public bool ContainsKey(string keyOrLabel) => _index.ContainsKey(keyOrLabel);

    public bool TryGetValue(string keyOrLabel, [MaybeNullWhen(false)] out object? value)
    {
        if (_index.TryGetValue(keyOrLabel, out var i))
        {
            value = _fields[i].Value;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Adds or replaces a field. A label different from the key becomes a second name for it.</summary>
    public DataRecord Set(string key, object? value, string? label = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        DataValue.EnsureSupported(value);
        if (_index.TryGetValue(key, out var existing))
        {
            _fields[existing] = _fields[existing] with { Value = value };
            return this;
        }

        _fields.Add(new DataField(key, label ?? key, value));
        _index[key] = _fields.Count - 1;
        if (label is not null && label != key)
        {
            _index.TryAdd(label, _fields.Count - 1);
        }

        return this;
    }
}

/// <summary>One field of a <see cref="DataRecord"/>.</summary>
public sealed record DataField(string Key, string Label, object? Value);

/// <summary>Where a value came from: a sheet and a row (and column) of a tracker.</summary>
public sealed record DataSource(string Sheet, int Row, string? Cell = null);
