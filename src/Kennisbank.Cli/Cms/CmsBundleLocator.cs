using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Kennisbank.Site.Features.Cms;

namespace Kennisbank.Cli.Cms;

/// <summary>Finds the CMS's scripts for /admin/, or fetches them: the version pinned in admin/package.json, from the
/// npm registry with npm itself (no CDN), checked against the integrity hash in admin/package-lock.json, unpacked into
/// admin/node_modules/ (git-ignored, kept between builds, cached by Netlify). Only the package's own files are
/// needed, not its 700 dependencies: `npm pack` fetches one tarball in about 2 s where `npm ci` takes a minute.
/// Without Node.js and npm the site is built without /admin/, and the caller prints <see cref="Result.Note"/>.</summary>
public static class CmsBundleLocator
{
    public const string Package = "decap-cms";

    public sealed record Result(CmsBundle? Bundle, string? Note);

    public static Result Locate(string adminDir)
    {
        var manifest = Path.Combine(adminDir, "package.json");
        if (!File.Exists(manifest)) return new Result(null, null);
        try
        {
            var version = PinnedVersion(manifest);
            var installed = Path.Combine(adminDir, "node_modules", Package);
            if (InstalledVersion(installed) != version)
            {
                if (Fetch(adminDir, version, installed) is { } problem)
                    return new Result(null, $"admin: the CMS is left out of this build ({problem}); the rest of the site is built");
            }
            var dist = Path.Combine(installed, "dist");
            return new Result(new CmsBundle(Package, version, dist, Files(dist)), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidDataException or KeyNotFoundException)
        {
            return new Result(null, $"admin: the CMS is left out of this build ({e.Message.Split('\n')[0]}); the rest of the site is built");
        }
    }

    /// <summary>The entry script, its chunks and WebAssembly modules; no source maps.</summary>
    public static IReadOnlyList<string> Files(string dist) =>
        [.. Directory.EnumerateFiles(dist).Select(Path.GetFileName).OfType<string>()
            .Where(f => f == CmsBundle.EntryScript || f.EndsWith("." + CmsBundle.EntryScript, StringComparison.Ordinal)
                        || f.EndsWith(".wasm", StringComparison.Ordinal) || f == CmsBundle.EntryScript + ".LICENSE.txt")
            .Order(StringComparer.Ordinal)];

    static string PinnedVersion(string manifest)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.GetProperty("dependencies").GetProperty(Package).GetString()!;
    }

    static string? InstalledVersion(string installed)
    {
        var manifest = Path.Combine(installed, "package.json");
        if (!File.Exists(manifest) || !File.Exists(Path.Combine(installed, "dist", CmsBundle.EntryScript))) return null;
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.TryGetProperty("version", out var v) ? v.GetString() : null;
    }

    /// <summary>npm pack, verify, unpack; returns what went wrong, or null.</summary>
    static string? Fetch(string adminDir, string version, string installed)
    {
        var temp = Directory.CreateTempSubdirectory("kb-cms-");
        try
        {
            var (exit, output) = Npm(temp.FullName, "pack", $"{Package}@{version}", "--silent");
            if (exit is null) return "Node.js and npm are not installed; they are needed only for /admin/";
            if (exit != 0) return $"npm pack {Package}@{version} failed: {output.Trim().Split('\n')[^1]}";
            var tarball = Directory.GetFiles(temp.FullName, "*.tgz").Single();
            var expected = LockedIntegrity(Path.Combine(adminDir, "package-lock.json"));
            var actual = "sha512-" + Convert.ToBase64String(SHA512.HashData(File.ReadAllBytes(tarball)));
            if (expected is not null && expected != actual)
                return $"the downloaded {Package} {version} does not match the integrity in admin/package-lock.json";
            if (Directory.Exists(installed)) Directory.Delete(installed, true);
            Unpack(tarball, installed);
            return null;
        }
        finally
        {
            temp.Delete(true);
        }
    }

    static string? LockedIntegrity(string lockFile)
    {
        if (!File.Exists(lockFile)) return null;
        using var json = JsonDocument.Parse(File.ReadAllText(lockFile));
        return json.RootElement.GetProperty("packages").GetProperty($"node_modules/{Package}").GetProperty("integrity").GetString();
    }

    /// <summary>The tarball's package.json and dist/ (all the site serves), without its source maps.</summary>
    static void Unpack(string tarball, string target)
    {
        using var file = File.OpenRead(tarball);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            var name = entry.Name.StartsWith("package/", StringComparison.Ordinal) ? entry.Name["package/".Length..] : entry.Name;
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || name.Contains("..", StringComparison.Ordinal)) continue;
            if (name != "package.json" && !(name.StartsWith("dist/", StringComparison.Ordinal) && !name.EndsWith(".map", StringComparison.Ordinal))) continue;
            var path = Path.Combine(target, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            entry.ExtractToFile(path, overwrite: true);
        }
    }

    /// <summary>Runs npm; a null exit code means npm is not there.</summary>
    static (int? Exit, string Output) Npm(string dir, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("npm") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, "");
        }
    }
}
