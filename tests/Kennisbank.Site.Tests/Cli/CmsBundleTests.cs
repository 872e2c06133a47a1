using System.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Cli;

/// <summary>Node.js and npm are needed only for /admin/: without them kb build says so in one line and builds the rest.</summary>
public class CmsBundleTests
{
    [Fact]
    public void Without_npm_the_site_is_built_without_admin_and_one_line_says_why()
    {
        using var temp = new TempFolder();
        using var site = new TestSite();
        var input = Path.Combine(temp.Path, "input");
        Directory.Move(site.Input, input);
        var admin = temp.Create("admin");
        File.Copy(Path.Combine(Repository.Root, "admin", "package.json"), Path.Combine(admin, "package.json"));
        // A PATH with dotnet and git only: no node, no npm.
        var bin = temp.Create("bin");
        foreach (var tool in new[] { "dotnet", "git" })
            File.CreateSymbolicLink(Path.Combine(bin, tool), Which(tool));
        var output = Path.Combine(temp.Path, "output");

        var (exit, stdout, stderr) = Kb.In(temp.Path, new Dictionary<string, string?> { ["PATH"] = bin },
            "build", "--input", "input", "--output", output, "--theme", Repository.Theme);
        Directory.Move(input, site.Input);

        Assert.Equal(0, exit);
        Assert.Equal(["admin: the CMS is left out of this build (Node.js and npm are not installed; they are needed only for /admin/); the rest of the site is built"],
            stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"Built \d+ pages", stdout);
        Assert.True(File.Exists(Path.Combine(output, "nl", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "admin")));
    }

    static string Which(string tool)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
        Assert.NotNull(path);
        // dotnet may itself be a link (to /usr/share/dotnet/dotnet): the real file, so the runtime finds its folder.
        return new FileInfo(path).ResolveLinkTarget(true)?.FullName ?? path;
    }
}
