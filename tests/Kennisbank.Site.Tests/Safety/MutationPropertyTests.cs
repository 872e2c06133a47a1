using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Site.Features;
using Kennisbank.Site.Incremental;
using Kennisbank.Site.Tests.Support;
using Kennisbank.Site.Writing;
using Kennisbank.Theme;

namespace Kennisbank.Site.Tests.Safety;

/// <summary>The diagnostics contract (docs/diagnostics.md) under random damage to the real content: a page, a data
/// file or the site configuration truncated, with a byte flipped, a line deleted or a line duplicated (duplicated YAML
/// keys). Whatever the damage: no exception escapes the build, every problem names a file under input/, and a failed
/// build leaves the previous output as it was. Each case is built the way `kb serve` builds (with its cache), so that
/// 2,000 cases take a minute rather than an hour.</summary>
public sealed class MutationPropertyTests : IDisposable
{
    const int Cases = 2_000;

    readonly TempFolder work = new();
    readonly string input;
    readonly string output;
    readonly (string Relative, byte[] Bytes)[] originals;
    readonly ThemeRenderer renderer = new();
    readonly BuildCache cache = new();
    WrittenFiles written;

    public MutationPropertyTests()
    {
        input = work.Create("input");
        output = Path.Combine(work.Path, "output");
        foreach (var file in Directory.EnumerateFiles(Repository.Input, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(input, Path.GetRelativePath(Repository.Input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        originals = [.. Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(input, f), File.ReadAllBytes(f)))];
        var first = Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Empty(SiteWriter.Write(output, first.Files));
        written = WrittenFiles.Of(first.Files);
    }

    BuildResult Build() => SiteBuilder.Build(
        new BuildOptions(input, Repository.Theme, "input", TestSite.BaseUrl) { Features = SiteFeatures.All() }, renderer, cache);

    public enum Damage { Truncate, FlipByte, DeleteLine, DuplicateLine }

    public sealed record Mutation(int File, Damage Damage, int Position, byte Xor);

    static Gen<Mutation> Mutations(int files) =>
        from file in Gen.Choose(0, files - 1)
        from damage in Gen.Elements(Enum.GetValues<Damage>())
        from position in Gen.Choose(0, int.MaxValue)
        from xor in Gen.Choose(1, 255)
        select new Mutation(file, damage, position, (byte)xor);

    static byte[] Apply(byte[] bytes, Mutation m)
    {
        if (bytes.Length == 0) return bytes;
        var at = m.Position % bytes.Length;
        switch (m.Damage)
        {
            case Damage.Truncate: return bytes[..at];
            case Damage.FlipByte:
                var flipped = (byte[])bytes.Clone();
                flipped[at] ^= m.Xor;
                return flipped;
        }
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var line = m.Position % lines.Count;
        if (m.Damage == Damage.DeleteLine) lines.RemoveAt(line);
        else lines.Insert(line, lines[line]);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    [Fact]
    public void No_damage_to_the_content_escapes_as_an_exception_names_no_file_or_touches_the_output()
    {
        var property = Prop.ForAll(Mutations(originals.Length).ToArbitrary(), mutation =>
        {
            var (relative, bytes) = originals[mutation.File];
            var path = Path.Combine(input, relative);
            File.WriteAllBytes(path, Apply(bytes, mutation));
            try
            {
                var before = Fingerprint(output);
                var result = Build();
                var problems = result.Diagnostics.Where(d => !d.Path.StartsWith("input/", StringComparison.Ordinal)).ToList();
                Assert.True(problems.Count == 0, $"{relative} {mutation}: {string.Join("; ", problems)}");
                if (result.Succeeded)
                {
                    (var failures, written) = SiteWriter.Update(output, result.Files, written);
                    Assert.True(failures.Count == 0, $"{relative} {mutation}: {string.Join("; ", failures)}");
                }
                else
                    Assert.Equal(before, Fingerprint(output));
                return true;
            }
            finally
            {
                File.WriteAllBytes(path, bytes);
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), property);
    }

    /// <summary>Every file of the output with its length and last write time: any write changes it.</summary>
    static string Fingerprint(string folder) => string.Join('\n', Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => $"{f}|{new FileInfo(f).Length}|{File.GetLastWriteTimeUtc(f).Ticks}"));

    public void Dispose()
    {
        renderer.Dispose();
        work.Dispose();
    }
}
