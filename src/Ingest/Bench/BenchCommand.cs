using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MoitBot.Ingest.Cli;
using MoitBot.Ingest.Pipeline;
using MoitBot.Ingest.Reporting;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Ingest.Bench;

/// <summary>
/// The benchmark harness: `bench-generate &lt;folder&gt;` writes the synthetic corpus,
/// `bench &lt;folder&gt;` ingests it twice into a fresh database and prints files/s, chunks/s,
/// peak memory and the second (no-change) run as a share of the first; `samples-generate` writes the sample folder.
/// </summary>
public static class BenchCommand
{
    public static Command CreateGenerate()
    {
        var folder = new Argument<string>("folder") { Description = "Folder to write the corpus into" };
        var docx = new Option<int>("--docx") { Description = "Decrees (DOCX)", DefaultValueFactory = _ => 2000 };
        var pdf = new Option<int>("--pdf") { Description = "Guidance PDFs", DefaultValueFactory = _ => 500 };
        var pages = new Option<int>("--pages") { Description = "Pages per PDF", DefaultValueFactory = _ => 5 };
        var qa = new Option<int>("--qa") { Description = "Q&A rows (in workbooks of 2,000)", DefaultValueFactory = _ => 10000 };
        var command = new Command("bench-generate", "Write the synthetic benchmark corpus") { folder, docx, pdf, pages, qa };
        command.SetAction(parseResult =>
        {
            var watch = Stopwatch.StartNew();
            var (files, rows) = BenchCorpus.Generate(parseResult.GetValue(folder)!, parseResult.GetValue(docx), parseResult.GetValue(pdf), parseResult.GetValue(pages), parseResult.GetValue(qa));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {files} files ({rows} Q&A rows) in {watch.Elapsed.TotalSeconds:F1} s"));
            return 0;
        });
        return command;
    }

    public static Command CreateSamples()
    {
        var folder = new Argument<string>("folder") { Description = "Folder to write the sample files into" };
        var command = new Command("samples-generate", "Write the small Vietnamese sample folder (DOCX, PDF, XLSX, CSV)") { folder };
        command.SetAction(parseResult =>
        {
            SampleCorpus.Write(parseResult.GetValue(folder)!);
            return 0;
        });
        return command;
    }

    public static Command CreateRun()
    {
        var folder = new Argument<string>("folder") { Description = "Corpus folder written by bench-generate" };
        var command = new Command("bench", "Ingest a corpus twice into a fresh database and print throughput") { folder };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetValue(folder)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string folder, CancellationToken cancellationToken)
    {
        var database = Path.Combine(Path.GetTempPath(), $"moitbot-bench-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(IngestConfiguration.Build())
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:MoitBot"] = $"Data Source={database}" })
            .Build();
        var provider = IngestCommand.BuildServices(configuration);
        await provider.GetRequiredService<KnowledgeInitializer>().MigrateAsync(cancellationToken);
        var runner = provider.GetRequiredService<IngestRunner>();
        var request = new IngestRequest([folder]);
        var scan = runner.Scan(request);
        var first = await TimedAsync(runner, request, scan, cancellationToken);
        var second = await TimedAsync(runner, request, scan, cancellationToken);
        var chunks = first.Report.ChunksAdded + first.Report.ChunksUpdated;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            corpus: {scan.Files.Count} files, {chunks} chunks (temporary database, deleted after the run)
            first run : {first.Elapsed.TotalSeconds:F1} s, {scan.Files.Count / first.Elapsed.TotalSeconds:F1} files/s, {chunks / first.Elapsed.TotalSeconds:F0} chunks/s, failed {first.Report.Failed}
            second run: {second.Elapsed.TotalSeconds:F2} s, unchanged {second.Report.Unchanged}/{scan.Files.Count} = {100 * second.Elapsed.TotalSeconds / first.Elapsed.TotalSeconds:F1}% of the first
            peak working set: {peak:F0} MiB
            """));
        await provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        return first.Report.Failed == 0 && second.Report.Unchanged == scan.Files.Count ? 0 : 2;
    }

    private static async Task<(IngestReport Report, TimeSpan Elapsed)> TimedAsync(IngestRunner runner, IngestRequest request, Sources.ScanResult scan, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var report = await runner.RunAsync(request, scan, new PlainProgress(Console.Error, TimeProvider.System), cancellationToken);
        return (report, watch.Elapsed);
    }
}
