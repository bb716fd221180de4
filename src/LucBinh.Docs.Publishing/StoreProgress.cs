namespace LucBinh.Docs.Publishing;

/// <summary>How far an upload has gone, for a progress line in the CLI.</summary>
public readonly record struct StoreProgress(string FileName, long BytesSent, long TotalBytes)
{
    public double Percent => TotalBytes == 0 ? 100 : 100.0 * BytesSent / TotalBytes;
}
