namespace Kennisbank.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
}

public static class Defaults
{
    /// <summary>Netlify passes the real address with --base-url "$URL" (see netlify.toml).</summary>
    public const string BaseUrl = "https://kennisbank-stedenbanden.netlify.app";
}

/// <summary>The options every command shares.</summary>
public sealed record Settings(string Input, string? Theme, string BaseUrl, bool Strict)
{
    /// <summary>./theme when working in the repository (so edits to CSS and strings show at once), else the copy beside kb.</summary>
    public string ThemeDir => Theme ?? (Directory.Exists("theme/strings") ? "theme" : Path.Combine(AppContext.BaseDirectory, "theme"));

    public string DisplayRoot => Input.Replace('\\', '/').TrimEnd('/');
}
