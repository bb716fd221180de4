using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.IO;

/// <summary>Opens a user's input file read-only and shared (Excel may have it open), with messages a user can act on.</summary>
public static class InputFile
{
    /// <summary>Reads the whole file into memory, so that the user's file is never held open or touched again.</summary>
    public static byte[] ReadAll(string path, long maxBytes = 200L * 1024 * 1024)
    {
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw LucBinhException.Common("IO008", new FileLocation(fullPath), null, fullPath);
        }

        if (!File.Exists(fullPath))
        {
            throw LucBinhException.Common("IO001", new FileLocation(fullPath), null, fullPath);
        }

        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > maxBytes)
            {
                throw LucBinhException.Common("IO009", new FileLocation(fullPath), null, fullPath, maxBytes / (1024 * 1024));
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw LucBinhException.Common("IO002", new FileLocation(fullPath), e, fullPath, e.Message);
        }
    }
}
