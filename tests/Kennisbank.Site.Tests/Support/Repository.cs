namespace Kennisbank.Site.Tests.Support;

/// <summary>Finds the repository (for the real theme and content) from wherever the tests run.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string Theme => Path.Combine(Root, "theme");
    public static string Input => Path.Combine(Root, "input");
    public static string TestSource => Path.Combine(Root, "tests", "Kennisbank.Site.Tests");

    static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Knowledgebase.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Knowledgebase.sln not found above " + AppContext.BaseDirectory);
    }
}
