using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// Marks a refusal caused by the package's structure as the Open XML SDK sees it (part names differing in case or
/// written with backslashes, a missing content type, a relationship it cannot follow) rather than by its content (a
/// DTD, broken XML, a limit). Excel and LibreOffice open such packages: the reader gives them a second chance through
/// LibreOffice, which writes a clean package.
/// </summary>
internal static class PackageStructure
{
    private const string Key = "LucBinh.Tracker.PackageStructure";

    public static LucBinhException Mark(LucBinhException exception)
    {
        exception.Data[Key] = true;
        return exception;
    }

    public static bool IsMarked(LucBinhException exception) => exception.Data[Key] is true;
}
