namespace Kennisbank.Site.Tests.Support;

/// <summary>The folders of the repository these tests read: the real theme and content, and this project's sources.</summary>
public static class Repository
{
    public static string Root => RepositoryRoot.Path;

    public static string Theme => Path.Combine(Root, "theme");
    public static string Input => Path.Combine(Root, "input");
    public static string TestSource => Path.Combine(Root, "tests", "Kennisbank.Site.Tests");
}
