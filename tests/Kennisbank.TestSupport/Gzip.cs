using System.IO.Compression;
using System.Text;

namespace Kennisbank.TestSupport;

/// <summary>What a file weighs as a server sends it: gzipped at the smallest size, as the budgets are stated.</summary>
public static class Gzip
{
    public static int Size(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return (int)buffer.Length;
    }

    /// <summary>A script or page as text, in UTF-8 as it is written out.</summary>
    public static int Size(string text) => Size(Encoding.UTF8.GetBytes(text));
}
