namespace LucBinh.Docs.ManifestBuilder;

/// <summary>
/// A tiny rasteriser for the add-in's flat icons: shapes are predicates on the unit square (0..1, y down), painted in
/// order with 4×4 supersampling for smooth edges. Only +, −, ×, ÷ and comparisons: the same pixels on every machine.
/// </summary>
public sealed class IconCanvas
{
    private const int Samples = 4;
    private readonly int _size;
    private readonly double[] _red;
    private readonly double[] _green;
    private readonly double[] _blue;
    private readonly double[] _alpha;

    public IconCanvas(int size)
    {
        _size = size;
        _red = new double[size * size];
        _green = new double[size * size];
        _blue = new double[size * size];
        _alpha = new double[size * size];
    }

    /// <summary>Paints <paramref name="shape"/> in colour <c>0xRRGGBB</c> over what is there (source-over).</summary>
    public IconCanvas Fill(Func<double, double, bool> shape, int rgb)
    {
        ArgumentNullException.ThrowIfNull(shape);
        double r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        for (var py = 0; py < _size; py++)
        {
            for (var px = 0; px < _size; px++)
            {
                var hits = 0;
                for (var sy = 0; sy < Samples; sy++)
                {
                    for (var sx = 0; sx < Samples; sx++)
                    {
                        var x = (px + ((sx + 0.5) / Samples)) / _size;
                        var y = (py + ((sy + 0.5) / Samples)) / _size;
                        if (shape(x, y))
                        {
                            hits++;
                        }
                    }
                }

                if (hits == 0)
                {
                    continue;
                }

                var coverage = hits / (double)(Samples * Samples);
                var i = (py * _size) + px;
                var outAlpha = coverage + (_alpha[i] * (1 - coverage));
                _red[i] = ((r * coverage) + (_red[i] * _alpha[i] * (1 - coverage))) / outAlpha;
                _green[i] = ((g * coverage) + (_green[i] * _alpha[i] * (1 - coverage))) / outAlpha;
                _blue[i] = ((b * coverage) + (_blue[i] * _alpha[i] * (1 - coverage))) / outAlpha;
                _alpha[i] = outAlpha;
            }
        }

        return this;
    }

    /// <summary>Removes <paramref name="shape"/> (makes it transparent), for outline icons.</summary>
    public IconCanvas Cut(Func<double, double, bool> shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        for (var py = 0; py < _size; py++)
        {
            for (var px = 0; px < _size; px++)
            {
                var hits = 0;
                for (var sy = 0; sy < Samples; sy++)
                {
                    for (var sx = 0; sx < Samples; sx++)
                    {
                        if (shape((px + ((sx + 0.5) / Samples)) / _size, (py + ((sy + 0.5) / Samples)) / _size))
                        {
                            hits++;
                        }
                    }
                }

                _alpha[(py * _size) + px] *= 1 - (hits / (double)(Samples * Samples));
            }
        }

        return this;
    }

    public byte[] ToPng()
    {
        var rgba = new byte[_size * _size * 4];
        for (var i = 0; i < _size * _size; i++)
        {
            var a = _alpha[i];
            rgba[i * 4] = a == 0 ? (byte)0 : ToByte(_red[i]);
            rgba[(i * 4) + 1] = a == 0 ? (byte)0 : ToByte(_green[i]);
            rgba[(i * 4) + 2] = a == 0 ? (byte)0 : ToByte(_blue[i]);
            rgba[(i * 4) + 3] = ToByte(a * 255);
        }

        return Png.Encode(_size, _size, rgba);
    }

    private static byte ToByte(double value) => (byte)Math.Clamp((int)(value + 0.5), 0, 255);
}
