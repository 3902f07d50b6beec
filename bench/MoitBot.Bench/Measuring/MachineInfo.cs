using System.Runtime.InteropServices;

namespace MoitBot.Bench.Measuring;

/// <summary>What the figures were measured on.</summary>
internal sealed record MachineInfo(int Cores, double MemoryGiB, string Os, string Runtime, string DateUtc)
{
    public static MachineInfo Current(TimeProvider time) => new(
        Environment.ProcessorCount,
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        time.GetUtcNow().ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture));

    public override string ToString() => $"{Cores} cores, {MemoryGiB} GiB, {Os}, {Runtime}, {DateUtc}";
}
