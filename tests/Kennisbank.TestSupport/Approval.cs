using System.Runtime.CompilerServices;
using Xunit;

namespace Kennisbank.TestSupport;

/// <summary>
/// Approval files: the expected output is committed as <c>name.verified.ext</c>. On a difference the actual output is
/// written as <c>name.received.ext</c> (git-ignored) to diff, and the test fails; with <c>KB_ACCEPT=1</c> the verified
/// file is rewritten instead, to be reviewed in the commit diff. Line endings are compared as "\n", so a checkout with
/// CRLF (git's autocrlf on Windows) still matches.
/// </summary>
public static class Approval
{
    /// <summary>Approves against a file beside the calling test's source file.</summary>
    public static void Verify(string actual, string name, string extension, [CallerFilePath] string testFile = "") =>
        VerifyIn(Path.GetDirectoryName(testFile)!, actual, name, extension);

    /// <summary>Approves against a file in <paramref name="folder"/> (a full path), e.g. one folder shared by several tests.</summary>
    public static void VerifyIn(string folder, string actual, string name, string extension)
    {
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        Directory.CreateDirectory(folder);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("KB_ACCEPT") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved output yet: review {received} and rename it to {Path.GetFileName(verified)} (or run with KB_ACCEPT=1)."
            : $"Output differs from {Path.GetFileName(verified)}; see {received}. If the change is intended, run with KB_ACCEPT=1 and review the diff.");
    }
}
