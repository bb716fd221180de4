using LucBinh.Docs.Publishing;

namespace LucBinh.Docs.Web.Storage;

/// <summary>Log lines of storing: kinds, statuses and sizes only, never names, paths or people.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Report stored: store {Store}, status {Status}, {Bytes} bytes")]
    public static partial void Filed(ILogger logger, string store, PublishStatus status, int bytes);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "A request's work folder could not be deleted ({Error})")]
    public static partial void NotDeleted(ILogger logger, string error);
}
