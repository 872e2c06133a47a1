using System.Collections.Concurrent;
using System.Text;
using QRCoder;

namespace Kennisbank.Site.Features.Assessments;

/// <summary>
/// A QR code as one SVG path, drawn at build time with QRCoder, so the facilitator's page needs no third-party service
/// and no script to show it. <see cref="Size"/> includes the quiet zone of four modules that scanners need.
/// </summary>
public sealed record QrCode(int Size, string Path)
{
    private static readonly ConcurrentDictionary<string, QrCode> Made = new(StringComparer.Ordinal);

    /// <summary>Error correction level M: a projected code survives a glare or a bad seat at the back of the room.</summary>
    public static QrCode For(string text) => Made.GetOrAdd(text, static t =>
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(t, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var path = new StringBuilder();
        for (var y = 0; y < rows.Count; y++)
        {
            // One rectangle per run of dark modules: a short path that any SVG renderer fills without a style.
            for (var x = 0; x < rows[y].Length; x++)
            {
                if (!rows[y][x]) continue;
                var start = x;
                while (x + 1 < rows[y].Length && rows[y][x + 1]) x++;
                path.Append(System.Globalization.CultureInfo.InvariantCulture, $"M{start} {y}h{x - start + 1}v1h-{x - start + 1}z");
            }
        }

        return new QrCode(rows.Count, path.ToString());
    });
}
