namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// Approval files: the expected output lives next to the test as <c>name.verified.ext</c>. On a mismatch the actual
/// output is written as <c>name.received.ext</c> (git-ignored) to diff; with <c>KB_ACCEPT=1</c> the verified file is
/// rewritten instead, to be reviewed in the commit diff.
/// </summary>
public static class Approval
{
    public static void Verify(string actual, string name, string extension, [System.Runtime.CompilerServices.CallerFilePath] string testFile = "")
    {
        var folder = Path.GetDirectoryName(testFile)!;
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        if (Environment.GetEnvironmentVariable("KB_ACCEPT") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
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
