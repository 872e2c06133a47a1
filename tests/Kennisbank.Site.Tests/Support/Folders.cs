namespace Kennisbank.Site.Tests.Support;

/// <summary>Folder helpers for tests that look at what was really written to disk.</summary>
public static class Folders
{
    /// <summary>Every file and folder below <paramref name="root"/>, as sorted relative paths ("nl/", "nl/index.html").</summary>
    public static string[] Entries(string root) =>
        [.. Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(e => Path.GetRelativePath(root, e).Replace('\\', '/') + (Directory.Exists(e) ? "/" : ""))
            .Order(StringComparer.Ordinal)];

    /// <summary>Same names, same bytes, file by file.</summary>
    public static void AssertIdentical(string expected, string actual)
    {
        var names = Entries(expected);
        Assert.NotEmpty(names);
        Assert.Equal(names, Entries(actual));
        foreach (var name in names.Where(n => !n.EndsWith('/')))
            Assert.True(File.ReadAllBytes(Path.Combine(expected, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, name))),
                $"{name} differs between {expected} and {actual}");
    }

    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
