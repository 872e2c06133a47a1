using System.Diagnostics.CodeAnalysis;

namespace Kennisbank.Site.Features.Search;

/// <summary>Values each made once, on first use, from any thread, where a thread that would wait for one that another
/// thread is making first makes one that nobody has started. The languages' search indexes are made so: after all the
/// pages, when the build has nothing else left to do. Made one after the other, as each language's first file asked
/// (the second writing thread waiting for the first), they were a one-core tail at the end of a large build
/// (docs/performance.md, issue 16).</summary>
// Lazy<T> asks the trimmer to keep T's constructor (for a Lazy made without a factory); the annotation passes that on.
sealed class SideBySide<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(Lazy<T>[] values)
{
    readonly int[] started = new int[values.Length];

    public T Get(int number)
    {
        if (Interlocked.Exchange(ref started[number], 1) == 1 && !values[number].IsValueCreated)
            for (var other = 0; other < values.Length; other++)
                if (Interlocked.Exchange(ref started[other], 1) == 0) Help(values[other]);
        return values[number].Value;
    }

    /// <summary>Another value made here; a fault in it is that value's, and reaches whoever asks for it (a Lazy keeps
    /// the exception and throws it again).</summary>
    static void Help(Lazy<T> value)
    {
        try
        {
            _ = value.Value;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Not this caller's fault: see above.
        }
    }
}
