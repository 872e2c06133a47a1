using Kennisbank.Cli.Serving;

namespace Kennisbank.Site.Tests.Cli.Serving;

/// <summary>The built site's `_redirects`, read again after each build.</summary>
public sealed class RedirectsFileTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("kb-redirects-").FullName;
    string FilePath => Path.Combine(folder, "_redirects");

    public void Dispose() => Directory.Delete(folder, true);

    [Fact]
    public void Follows_the_file_as_builds_write_change_and_remove_it()
    {
        var file = new RedirectsFile(FilePath, TextWriter.Null);

        file.Load();
        Assert.Empty(file.Rules);

        File.WriteAllText(FilePath, "/  /nl/  302!  Language=nl\n");
        file.Load();
        Assert.Equal(["/nl/"], file.Rules.Select(r => r.To));

        File.WriteAllText(FilePath, "/  /en/  302!  Language=en\n/  /nl/  302!  Language=nl\n");
        file.Load();
        Assert.Equal(["/en/", "/nl/"], file.Rules.Select(r => r.To));

        File.Delete(FilePath);
        file.Load();
        Assert.Empty(file.Rules);
    }

    [Fact]
    public void Each_warning_is_printed_once_however_often_the_file_is_read()
    {
        var warnings = new StringWriter();
        var file = new RedirectsFile(FilePath, warnings);
        File.WriteAllText(FilePath, "/  /nl/  302!  Language=nl\n/  /be/  302  Country=be\n");

        file.Load();
        file.Load();
        File.AppendAllText(FilePath, "/broken\n");
        file.Load();

        Assert.Equal(
            ["_redirects:2: warning: rule ignored: the preview cannot check a Country condition, so this rule never applies locally",
             "_redirects:3: warning: rule ignored: no destination"],
            warnings.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Single(file.Rules);
    }
}
