namespace Kennisbank.Site.Writing;

/// <summary>One file of the built site: either content made by the build, or a file copied as it is.</summary>
public sealed record OutputFile(string Path, byte[]? Content, string? CopyFrom)
{
    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text), null);
    public static OutputFile Copy(string path, string source) => new(path, null, source);
    public long Length => Content?.LongLength ?? new FileInfo(CopyFrom!).Length;
}
