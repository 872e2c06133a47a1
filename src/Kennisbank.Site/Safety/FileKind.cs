using System.Runtime.InteropServices;
using System.Text;

namespace Kennisbank.Site.Safety;

/// <summary>What a directory entry is, without following it if it is a symbolic link (POSIX <c>lstat</c>).</summary>
/// <remarks>.NET 10 has no public API for the type of a file: <see cref="FileAttributes"/> says <c>Normal</c> for a
/// named pipe, a socket and a device alike, and <see cref="File.Exists"/> is true for all of them. Opening a named pipe
/// for reading waits for a writer, so the build would hang on one. The runtime's own native shim, System.Native, which
/// <see cref="FileSystemInfo"/> itself calls on every Unix, exports <c>SystemNative_LStat</c>; its <c>FileStatus</c>
/// starts with two 32-bit fields, <c>Flags</c> and <c>Mode</c>, and <c>Mode</c> carries the POSIX file type bits
/// (<c>S_IFMT</c>, the same values on every platform the shim supports).</remarks>
public static class FileKind
{
    const int TypeMask = 0xF000, Regular = 0x8000, Directory = 0x4000, SymbolicLink = 0xA000;

    public enum Kind { Regular, Directory, SymbolicLink, Other, Unknown }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    static extern int LStat(byte[] nulTerminatedUtf8Path, byte[] fileStatus);

    static bool unavailable = OperatingSystem.IsWindows();

    /// <summary>The entry's own type. <see cref="Kind.Unknown"/> where the platform cannot tell (Windows, where a
    /// directory holds no pipes or devices, and links are reparse points, which the caller sees in the attributes).</summary>
    public static Kind Of(string path)
    {
        if (unavailable) return Kind.Unknown;
        // The shim's FileStatus is under 200 bytes; the buffer is larger so that a future field cannot overrun it.
        var status = new byte[512];
        try
        {
            if (LStat(Encoding.UTF8.GetBytes(path + '\0'), status) != 0) return Kind.Unknown;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            unavailable = true;
            return Kind.Unknown;
        }
        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            Regular => Kind.Regular,
            Directory => Kind.Directory,
            SymbolicLink => Kind.SymbolicLink,
            _ => Kind.Other,
        };
    }
}
