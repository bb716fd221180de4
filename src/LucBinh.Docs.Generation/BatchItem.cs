namespace LucBinh.Docs.Generation;

/// <summary>The name a batch gives the current item in the template: <c>{{ muc.thon }}</c>.</summary>
public static class BatchItem
{
    public const string Variable = "muc";
}
