using System.Globalization;
using MoitBot.Ingest.Pipeline;

namespace MoitBot.Ingest.Reporting;

/// <summary>Progress as plain lines (output redirected, CI, logs): at most one line every two seconds, plus the last.</summary>
public sealed class PlainProgress(TextWriter writer, TimeProvider timeProvider) : IProgress<IngestProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly long _started = timeProvider.GetTimestamp();
    private TimeSpan? _lastWritten;

    public void Report(IngestProgress value)
    {
        var elapsed = timeProvider.GetElapsedTime(_started);
        if (value.Done < value.Total && _lastWritten is { } last && elapsed - last < Interval)
        {
            return;
        }

        _lastWritten = elapsed;
        var eta = value.Done == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(elapsed.Ticks / value.Done * (value.Total - value.Done));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest {value.Done}/{value.Total} ({100.0 * value.Done / Math.Max(1, value.Total):F1}%) changed {value.Changed} unchanged {value.Unchanged} failed {value.Failed} chunks {value.Chunks} elapsed {elapsed:hh\\:mm\\:ss} eta {eta:hh\\:mm\\:ss}"));
    }
}
