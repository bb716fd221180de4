namespace LucBinh.Docs.ManifestBuilder;

/// <summary>Shape predicates on the unit square for <see cref="IconCanvas"/>.</summary>
public static class Shapes
{
    public static Func<double, double, bool> Rect(double left, double top, double right, double bottom) =>
        (x, y) => x >= left && x <= right && y >= top && y <= bottom;

    public static Func<double, double, bool> RoundedRect(double left, double top, double right, double bottom, double radius) =>
        (x, y) =>
        {
            if (x < left || x > right || y < top || y > bottom)
            {
                return false;
            }

            var cx = Math.Clamp(x, left + radius, right - radius);
            var cy = Math.Clamp(y, top + radius, bottom - radius);
            return ((x - cx) * (x - cx)) + ((y - cy) * (y - cy)) <= radius * radius;
        };

    public static Func<double, double, bool> Circle(double cx, double cy, double radius) =>
        (x, y) => ((x - cx) * (x - cx)) + ((y - cy) * (y - cy)) <= radius * radius;

    /// <summary>A sheet of paper whose top-right corner is folded (cut diagonally by <paramref name="fold"/>).</summary>
    public static Func<double, double, bool> Page(double left, double top, double right, double bottom, double fold) =>
        (x, y) => x >= left && x <= right && y >= top && y <= bottom && (x - (right - fold)) <= (y - top);

    /// <summary>The triangle of the folded corner of <see cref="Page"/>.</summary>
    public static Func<double, double, bool> Fold(double right, double top, double fold) =>
        (x, y) => x >= right - fold && x <= right && y >= top && y <= top + fold && (x - (right - fold)) >= (y - top);

    /// <summary>A triangle pointing right (a "go" mark), inside the box.</summary>
    public static Func<double, double, bool> PlayTriangle(double left, double top, double right, double bottom) =>
        (x, y) =>
        {
            if (x < left || x > right)
            {
                return false;
            }

            var half = (bottom - top) / 2 * (1 - ((x - left) / (right - left)));
            var mid = (top + bottom) / 2;
            return y >= mid - half && y <= mid + half;
        };

    public static Func<double, double, bool> Minus(Func<double, double, bool> shape, Func<double, double, bool> hole) =>
        (x, y) => shape(x, y) && !hole(x, y);
}
