using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Writing;

public class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = new TestSite();
        var first = site.Build();
        // Touch every file: a new modification time must not change anything.
        foreach (var file in Directory.EnumerateFiles(site.Input, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(-Random.Shared.Next(1, 900)));
        var second = site.Build();

        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        foreach (var (a, b) in first.Files.Zip(second.Files))
            Assert.True(a.Content is null ? b.CopyFrom == a.CopyFrom : a.Content.AsSpan().SequenceEqual(b.Content), $"{a.Path} differs between builds");
    }

    [Fact]
    public void The_real_content_builds_identically_twice()
    {
        using var renderer = new Kennisbank.Theme.ThemeRenderer();
        var options = new BuildOptions(Repository.Input, Repository.Theme, "input", TestSite.BaseUrl);
        var first = SiteBuilder.Build(options, renderer);
        var second = SiteBuilder.Build(options, renderer);

        Assert.Equal(first.Files.Length, second.Files.Length);
        Assert.All(first.Files.Zip(second.Files), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }
}
