using System.Diagnostics;

// The physical floor: how fast this machine writes a site's output with a trivial program. It takes a finished
// output folder (FLOOR_FROM, e.g. bench/work/out/ours-2000), reads every file into memory, then writes the same
// files and bytes into --output the way kb does (folders first, then files in parallel, one write each), and says
// how long each part took. It accepts kb's `build --input X --output Y` arguments (ignoring the input) so that
// bench/ab.sh can time it side by side with kb: `bench/ab.sh CORPUS kb 'env FLOOR_FROM=... floor'`.
var from = Environment.GetEnvironmentVariable("FLOOR_FROM");
var at = Array.IndexOf(args, "--output");
if (from is null || at < 0 || at + 1 >= args.Length)
{
    // A usage line, not an exception's stack trace (and Meziantou's MA0015 had stopped this program from building).
    Console.Error.WriteLine("usage: FLOOR_FROM=<a built output folder> floor build --output DIR");
    return 2;
}
var output = args[at + 1];
var clock = Stopwatch.StartNew();

var files = Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories)
    .Select(f => (Path: Path.GetRelativePath(from, f), Bytes: File.ReadAllBytes(f))).ToArray();
var read = clock.Elapsed;

foreach (var dir in files.Select(f => Path.GetDirectoryName(Path.Combine(output, f.Path))!).Distinct())
    Directory.CreateDirectory(dir);
Parallel.ForEach(files, f =>
{
    using var stream = new FileStream(Path.Combine(output, f.Path), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
    stream.Write(f.Bytes);
});
var written = clock.Elapsed - read;
Console.WriteLine($"floor: {files.Length} files, {files.Sum(f => (long)f.Bytes.Length)} bytes; read {read.TotalMilliseconds:0} ms, wrote {written.TotalMilliseconds:0} ms");
return 0;
