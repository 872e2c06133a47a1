using System.Diagnostics;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Loading;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Loading;

/// <summary>Rule 1 of the safety contract: only regular files under input/ are read or published, and no link is
/// followed. Each test makes a real link (or pipe) in a temporary copy of the fixture site.</summary>
public sealed class LinkedFileTests : IDisposable
{
    readonly TestSite site = new();
    readonly string outside = Path.Combine(Path.GetTempPath(), "kb-outside-" + Guid.NewGuid().ToString("N"));
    const string Secret = "secret-outside-input";

    public LinkedFileTests()
    {
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"), TestSite.Page("", Secret));
        File.WriteAllText(Path.Combine(outside, "secret.png"), Secret);
    }

    public void Dispose()
    {
        site.Dispose();
        Directory.Delete(outside, recursive: true);
    }

    string In(string relative) => Path.Combine(site.Input, relative);

    static Diagnostic OnlyLinkDiagnostic(IEnumerable<Diagnostic> diagnostics, string path)
    {
        var diagnostic = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.NotARegularFile);
        Assert.Equal((path, 1, 1, Severity.Error), (diagnostic.Path, diagnostic.Line, diagnostic.Column, diagnostic.Severity));
        return diagnostic;
    }

    static bool Publishes(BuildResult result, string text) =>
        result.Files.Any(f => f.CopyFrom is { } from ? File.ReadAllText(from).Contains(text, StringComparison.Ordinal) : System.Text.Encoding.UTF8.GetString(f.Content!).Contains(text, StringComparison.Ordinal));

    [Fact]
    public void A_link_to_a_page_outside_input_is_an_error_and_its_text_is_not_read()
    {
        File.CreateSymbolicLink(In("gids/geheim.nl.md"), Path.Combine(outside, "secret.md"));

        var (source, diagnostics) = Loader.Load(site.Input, "input");

        OnlyLinkDiagnostic(diagnostics, "input/gids/geheim.nl.md");
        Assert.DoesNotContain(source.Documents, d => d.RelativePath == "gids/geheim.nl.md");
    }

    [Fact]
    public void A_link_to_an_image_outside_input_is_not_copied_into_the_site()
    {
        File.CreateSymbolicLink(In("gids/logo.png"), Path.Combine(outside, "secret.png"));

        var result = site.Build();

        OnlyLinkDiagnostic(result.Diagnostics, "input/gids/logo.png");
        Assert.False(Publishes(result, Secret));
        Assert.DoesNotContain(result.Files, f => f.Path.EndsWith("logo.png", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_a_folder_outside_input_is_an_error_and_is_not_walked()
    {
        Directory.CreateSymbolicLink(In("gids/extern"), outside);

        var (source, diagnostics) = Loader.Load(site.Input, "input");

        OnlyLinkDiagnostic(diagnostics, "input/gids/extern");
        Assert.DoesNotContain(source.Assets, a => a.RelativePath.StartsWith("gids/extern/", StringComparison.Ordinal));
        Assert.DoesNotContain(source.Documents, d => d.RelativePath.StartsWith("gids/extern/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_a_file_inside_input_is_an_error_too()
    {
        File.CreateSymbolicLink(In("gids/kopie.png"), In("gids/diagram.png"));

        var (source, diagnostics) = Loader.Load(site.Input, "input");

        OnlyLinkDiagnostic(diagnostics, "input/gids/kopie.png");
        Assert.Equal("gids/diagram.png", Assert.Single(source.Assets).RelativePath);
    }

    [Fact]
    public void A_link_to_a_parent_folder_is_reported_once_and_not_walked_round()
    {
        Directory.CreateSymbolicLink(In("gids/lus"), "..");

        var (source, diagnostics) = Loader.Load(site.Input, "input");

        OnlyLinkDiagnostic(diagnostics, "input/gids/lus");
        Assert.All(source.Documents, d => Assert.DoesNotContain("lus", d.RelativePath, StringComparison.Ordinal));
    }

    [Fact]
    public void A_dangling_link_is_an_error_not_a_crash()
    {
        File.CreateSymbolicLink(In("gids/weg.nl.md"), Path.Combine(outside, "bestaat-niet.md"));

        var (_, diagnostics) = Loader.Load(site.Input, "input");

        OnlyLinkDiagnostic(diagnostics, "input/gids/weg.nl.md");
    }

    [Fact]
    public async Task A_named_pipe_is_an_error_and_does_not_hang_the_build()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix thing");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [In("gids/pijp.nl.md")]) { UseShellExecute = false })!)
            mkfifo.WaitForExit();
        Assert.True(File.Exists(In("gids/pijp.nl.md")));

        // Opening a pipe for reading waits for a writer: without the check this task would never finish.
        var load = Task.Run(() => Loader.Load(site.Input, "input"), TestContext.Current.CancellationToken);
        var finished = await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
        Assert.True(finished == load, "the loader opened the named pipe");

        var diagnostic = OnlyLinkDiagnostic((await load).Diagnostics, "input/gids/pijp.nl.md");
        Assert.Contains("not a regular file", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_inside_folders_starting_with_a_dot_stay_ignored()
    {
        Directory.CreateDirectory(In(".git"));
        Directory.CreateSymbolicLink(In(".git/elders"), outside);

        var (_, diagnostics) = Loader.Load(site.Input, "input");

        Assert.Empty(diagnostics);
    }
}
