namespace Kennisbank.Browser.Tests.Infrastructure;

/// <summary>Where the external tools are, and what to do when one is missing: skip locally, fail in CI.</summary>
public static class Tooling
{
    public const string SetupHint = "run `bash tests/browser-setup.sh` (installs Debian's chromium with apt-get and vnu-jar with npm)";

    /// <summary>CI=true (GitHub Actions, Netlify and most others set it): a missing tool fails the run instead of skipping.</summary>
    public static bool IsCi =>
        Environment.GetEnvironmentVariable("CI") is { } ci && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("KB_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string ToolsDir =>
        Environment.GetEnvironmentVariable("KB_TOOLS") is { Length: > 0 } dir ? dir : Path.Combine(RepositoryRoot.Path, ".tools");

    public static string VnuJar =>
        Environment.GetEnvironmentVariable("KB_VNU") is { Length: > 0 } jar ? jar
            : Path.Combine(ToolsDir, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>The content folder the site is built from; KB_BROWSER_INPUT points the suite at another (e.g. a broken copy).</summary>
    public static string InputDir =>
        Path.GetFullPath(Environment.GetEnvironmentVariable("KB_BROWSER_INPUT") is { Length: > 0 } input ? input : Path.Combine(RepositoryRoot.Path, "input"));

    public static string ArtifactsDir
    {
        get
        {
            var dir = Path.Combine(RepositoryRoot.Path, "tests", "Kennisbank.Browser.Tests", "artifacts");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    /// <summary>Skips the test with the reason and the install command, or fails it when CI=true.</summary>
    public static void Unavailable(string reason)
    {
        var message = $"{reason}. To install: {SetupHint}.";
        if (IsCi) Assert.Fail($"{message} (CI=true, so a missing tool is a failure, not a skip)");
        Assert.Skip(message);
    }
}
