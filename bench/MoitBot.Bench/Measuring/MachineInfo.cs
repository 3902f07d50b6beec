using System.Runtime.InteropServices;

namespace MoitBot.Bench.Measuring;

/// <summary>What the figures were measured on.</summary>
/// <remarks>
/// The load average matters: the machine is shared, and latency measured at a load of 20 on two
/// cores is not latency on an idle server.
/// </remarks>
internal sealed record MachineInfo(int Cores, double MemoryGiB, string Os, string Runtime, string DateUtc, string LoadAverage)
{
    public static MachineInfo Current(TimeProvider time) => new(
        Environment.ProcessorCount,
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        time.GetUtcNow().ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture),
        ReadLoadAverage());

    public override string ToString() => $"{Cores} cores, {MemoryGiB} GiB, {Os}, {Runtime}, {DateUtc}, load average {LoadAverage}";

    private static string ReadLoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? string.Join(' ', File.ReadAllText(path).Split(' ').Take(3)) : "unknown";
    }
}
