using static LucBinh.Docs.ManifestBuilder.Shapes;

namespace LucBinh.Docs.ManifestBuilder;

/// <summary>
/// The add-in's icons, drawn in code so they are reproducible: the add-in (a report page on the Party's red), the
/// "Tạo báo cáo" button (a page with a go mark) and the task pane button (a window with its side pane), plus the two
/// icons of the unified manifest's app package (colour 192 px, white outline 32 px on transparent).
/// </summary>
public static class AddinIcons
{
    private const int Red = 0xB3261E;
    private const int Ink = 0x3B3B3B;
    private const int White = 0xFFFFFF;

    public static byte[] Addin(int size) => new IconCanvas(size)
        .Fill(RoundedRect(0.02, 0.02, 0.98, 0.98, 0.18), Red)
        .Fill(Page(0.26, 0.16, 0.74, 0.84, 0.16), White)
        .Fill(Fold(0.74, 0.16, 0.16), 0xF2C4C0)
        .Fill(Rect(0.34, 0.44, 0.66, 0.49), Red)
        .Fill(Rect(0.34, 0.56, 0.66, 0.61), Red)
        .Fill(Rect(0.34, 0.68, 0.56, 0.73), Red)
        .ToPng();

    public static byte[] Generate(int size) => new IconCanvas(size)
        .Fill(Page(0.12, 0.04, 0.76, 0.96, 0.2), Ink)
        .Fill(Page(0.18, 0.1, 0.7, 0.9, 0.16), White)
        .Fill(Rect(0.27, 0.42, 0.6, 0.48), Ink)
        .Fill(Rect(0.27, 0.56, 0.5, 0.62), Ink)
        .Fill(Circle(0.7, 0.72, 0.27), White)
        .Fill(Circle(0.7, 0.72, 0.23), Red)
        .Fill(PlayTriangle(0.62, 0.6, 0.84, 0.84), White)
        .ToPng();

    public static byte[] TaskPane(int size) => new IconCanvas(size)
        .Fill(RoundedRect(0.06, 0.12, 0.94, 0.88, 0.06), Ink)
        .Fill(Rect(0.12, 0.24, 0.88, 0.82), White)
        .Fill(Rect(0.58, 0.24, 0.88, 0.82), Red)
        .Fill(Rect(0.2, 0.34, 0.5, 0.39), Ink)
        .Fill(Rect(0.2, 0.46, 0.5, 0.51), Ink)
        .Fill(Rect(0.2, 0.58, 0.42, 0.63), Ink)
        .ToPng();

    /// <summary>The unified manifest's colour icon (192 × 192).</summary>
    public static byte[] Color() => Addin(192);

    /// <summary>The unified manifest's outline icon (32 × 32, white on transparent).</summary>
    public static byte[] Outline() => new IconCanvas(32)
        .Fill(Page(0.22, 0.1, 0.78, 0.9, 0.18), White)
        .Cut(Rect(0.32, 0.42, 0.68, 0.5))
        .Cut(Rect(0.32, 0.6, 0.6, 0.68))
        .ToPng();

    /// <summary>Every icon the web host serves, by path relative to wwwroot.</summary>
    public static IReadOnlyDictionary<string, byte[]> WebAssets()
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var size in AddinLayout.AddinIconSizes)
        {
            files[AddinLayout.AddinIcon(size)] = Addin(size);
        }

        foreach (var size in AddinLayout.ButtonSizes)
        {
            files[AddinLayout.GenerateIcon(size)] = Generate(size);
            files[AddinLayout.TaskPaneIcon(size)] = TaskPane(size);
        }

        return files;
    }
}
