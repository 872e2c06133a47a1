namespace Kennisbank.TestSupport;

/// <summary>The repository's root folder (where Knowledgebase.sln is), for the real input/, theme/, docs and scripts.</summary>
/// <remarks>Found by walking up from the running assembly, then from the working directory: BenchmarkDotNet runs each
/// benchmark in a child process built under its own bin/, which the second start point still finds.</remarks>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>A path under the root, e.g. <c>RepositoryRoot.Combine("docs", "assessments.md")</c>.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Knowledgebase.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"Knowledgebase.sln not found above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}");
    }
}
