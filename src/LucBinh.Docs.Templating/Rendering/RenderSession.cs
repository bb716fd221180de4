using Fluid;

namespace LucBinh.Docs.Templating.Rendering;

/// <summary>What one render noticed: fields the template asked for that the data lacks.</summary>
internal sealed class RenderSession
{
    private const string Key = "LucBinh.Docs.RenderSession";

    /// <summary>Each field the data lacks, with the names the data had at that place (for "did you mean").</summary>
    public SortedDictionary<string, (IReadOnlyCollection<string> Known, Uri? Part)> MissingFields { get; } = new(StringComparer.Ordinal);

    /// <summary>The part being rendered, so a missing field is looked up among that part's tags.</summary>
    public Uri? CurrentPart { get; set; }

    public void Attach(TemplateContext context)
    {
        context.AmbientValues[Key] = this;
        if (context is BudgetedContext budgeted)
        {
            budgeted.Budget = Budget;
        }
    }

    public static RenderSession? From(TemplateContext context) =>
        context.AmbientValues.TryGetValue(Key, out var value) ? value as RenderSession : null;

    public void ReportMissing(string path, IReadOnlyCollection<string> known) => MissingFields.TryAdd(path, (known, CurrentPart));

    /// <summary>The folder image paths in the data are read from (the tracker's folder); null: paths are not read.</summary>
    public string? ResourceFolder { get; init; }

    /// <summary>The limits, output budget and cancellation of this render.</summary>
    public RenderBudget Budget { get; init; } = new(TemplateLimits.Default, CancellationToken.None);

    /// <summary>The charts this render wrote (set when the render starts), put into the package with the parts.</summary>
    public Charts.ChartSession? Charts { get; set; }

    /// <summary>Images placed by this render, by part name and relationship id.</summary>
    public List<(string Part, string RelationshipId, ImageData Image)> Images { get; } = [];

    /// <summary>Problems with images (not found, not an image); reported as warnings.</summary>
    public List<(string Code, object?[] Arguments)> Problems { get; } = [];

    /// <summary>Images already placed, by part and content hash: the same picture in a loop of rows is found in O(1).</summary>
    private readonly Dictionary<(string Part, ulong Hash), List<int>> _imagesByContent = [];

    public string AddImage(string part, ImageData image)
    {
        var key = (part, System.IO.Hashing.XxHash64.HashToUInt64(image.Bytes));
        if (_imagesByContent.TryGetValue(key, out var candidates))
        {
            foreach (var index in candidates)
            {
                if (Images[index].Image.Bytes.AsSpan().SequenceEqual(image.Bytes))
                {
                    return Images[index].RelationshipId;
                }
            }
        }
        else
        {
            _imagesByContent[key] = candidates = [];
        }

        var id = "lbdImg" + (Images.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        candidates.Add(Images.Count);
        Images.Add((part, id, image));
        return id;
    }
}
