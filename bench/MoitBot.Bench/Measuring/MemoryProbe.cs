using System.Diagnostics;

namespace MoitBot.Bench.Measuring;

/// <summary>
/// Memory figures. Retained heap = managed bytes still reachable after a full blocking GC, so the
/// difference before and after building an index is what that index keeps alive. Peak working
/// set is the OS figure for the whole process (runtime, JIT, every index built so far).
/// </summary>
internal static class MemoryProbe
{
    public static long RetainedManagedBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    public static long PeakWorkingSetBytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    public static double ToMiB(long bytes) => bytes / (1024.0 * 1024.0);
}
