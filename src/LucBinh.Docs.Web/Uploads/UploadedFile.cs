namespace LucBinh.Docs.Web.Uploads;

/// <summary>A file of the form, held in memory only: <see cref="Name"/> is used in messages and never as a path.</summary>
public sealed record UploadedFile(string Name, byte[] Content);
