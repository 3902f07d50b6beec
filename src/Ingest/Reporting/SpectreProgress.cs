using MoitBot.Ingest.Pipeline;
using Spectre.Console;

namespace MoitBot.Ingest.Reporting;

/// <summary>Feeds a Spectre.Console progress bar (counts in the description; ETA from the remaining-time column).</summary>
public sealed class SpectreProgress(ProgressTask task) : IProgress<IngestProgress>
{
    public void Report(IngestProgress value)
    {
        task.MaxValue = Math.Max(1, value.Total);
        task.Value = value.Done;
        task.Description = Markup.Escape($"{value.Done}/{value.Total} tệp · thay đổi {value.Changed} · không đổi {value.Unchanged} · lỗi {value.Failed} · {value.Chunks} đoạn");
    }
}
