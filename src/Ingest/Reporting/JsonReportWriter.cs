using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MoitBot.Ingest.Reporting;

/// <summary>The report for machines: totals, then every source with its chunks (id, locator, field, status, change).</summary>
public static class JsonReportWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(IngestReport report) => JsonSerializer.Serialize(new
    {
        report.DryRun,
        report.Cancelled,
        report.StartedAt,
        DurationSeconds = Math.Round(report.Duration.TotalSeconds, 3),
        report.ExitCode,
        Totals = new { report.Added, report.Updated, report.Unchanged, report.Retired, report.Failed, report.Missing },
        Chunks = new { Added = report.ChunksAdded, Updated = report.ChunksUpdated, Unchanged = report.ChunksUnchanged, Retired = report.ChunksRetired },
        Failures = report.Sources.Where(s => s.Outcome == SourceOutcome.Failed).Select(s => new { File = s.Path, s.Reason }),
        report.Sources,
        report.Ignored,
    }, Options);
}
