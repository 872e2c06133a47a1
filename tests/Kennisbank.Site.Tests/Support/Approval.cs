namespace Kennisbank.Site.Tests.Support;

/// <summary>A small approval helper: compares output with a committed <c>name.verified.ext</c> beside the test;
/// on a difference writes <c>name.received.ext</c> and fails. KB_ACCEPT=1 accepts the received output.</summary>
public static class Approval
{
    public static void Verify(string actual, string folder, string name, string extension)
    {
        var directory = Path.Combine(Repository.TestSource, folder);
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        Directory.CreateDirectory(directory);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("KB_ACCEPT") == "1")
        {
            File.WriteAllText(verified, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved output yet: review {received} and rename it to {Path.GetFileName(verified)} (or run with KB_ACCEPT=1)."
            : $"Output differs from {Path.GetFileName(verified)}: compare it with {Path.GetFileName(received)}; if the change is intended, run with KB_ACCEPT=1.");
    }
}
