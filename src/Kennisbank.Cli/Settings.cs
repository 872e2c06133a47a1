namespace Kennisbank.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
}

/// <summary>The options every command shares.</summary>
/// <param name="BaseUrl">Overrides the address in input/site.yml; Netlify passes its own with --base-url "$URL".</param>
/// <param name="Verbose">Print infos too, and the details of an internal error.</param>
/// <param name="Format">How diagnostics are printed: "text", or "github" for GitHub annotations (the default in GitHub Actions).</param>
public sealed record Settings(string Input, string? Theme, string? BaseUrl, bool Strict, bool Verbose = false, string? Format = null)
{
    /// <summary>The CMS's npm package folder: admin/ beside the input folder (the repository's), else ./admin.</summary>
    public string AdminDir
    {
        get
        {
            var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Input).TrimEnd('/', '\\')) ?? ".", "admin");
            return File.Exists(Path.Combine(beside, "package.json")) ? beside : "admin";
        }
    }

    /// <summary>./theme when working in the repository (so edits to CSS and strings show at once), else the copy beside kb.</summary>
    public string ThemeDir => Theme ?? (Directory.Exists("theme/strings") ? "theme" : Path.Combine(AppContext.BaseDirectory, "theme"));

    public string DisplayRoot => Input.Replace('\\', '/').TrimEnd('/');
}
