using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MoitBot.Bench.Measuring;
using MoitBot.Bench.Retrieval;
using MoitBot.Knowledge.Embeddings;
using MoitBot.Knowledge.Retrieval;

namespace MoitBot.Bench.Scale;

/// <summary>`scale [--entries 100000]`: build and query the embedded index at bank scale.</summary>
internal static class ScaleCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create()
    {
        var entries = new Option<int>("--entries") { Description = "Entries in the generated bank", DefaultValueFactory = _ => 100_000 };
        var bank = new Option<string?>("--bank") { Description = $"Path of the demo bank (default: {DemoBankFile.RelativePath} above the working directory)" };
        var repeats = new Option<int>("--repeats") { Description = "Timed passes per query; the fastest is kept", DefaultValueFactory = _ => 3 };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder for scale.json" };
        var command = new Command("scale", "Build and query speed of the embedded index on a generated bank") { entries, bank, repeats, output };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(entries), result.GetValue(bank), Math.Max(1, result.GetValue(repeats)), result.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int count, string? bankPath, int repeats, DirectoryInfo? output, CancellationToken cancellationToken)
    {
        var seeds = DemoBankFile.Load(DemoBankFile.Locate(bankPath));
        var entries = seeds.Concat(SyntheticBank.Generate(seeds, Math.Max(0, count - seeds.Count), seed: 2026)).ToList();
        var queries = QueryForms.All
            .SelectMany(form => seeds.Select((e, i) => QueryForms.Apply(form, e.Question ?? e.Title, 7 + i)))
            .ToList();
        Console.Error.WriteLine($"{entries.Count} entries ({seeds.Count} demo + generated), {queries.Count} queries");

        var embedder = new HashingEmbeddingGenerator();
        var before = MemoryProbe.RetainedManagedBytes();
        using var index = new EmbeddedKnowledgeIndex(Options.Create(new RetrievalOptions()));
        var stopwatch = Stopwatch.StartNew();
        await EmbeddedSystem.IndexAsync(index, embedder, entries, cancellationToken);
        stopwatch.Stop();
        var retained = MemoryProbe.RetainedManagedBytes() - before;
        entries = [];

        var retriever = new Retriever(index, embedder);
        var rows = new List<ScaleRow>();
        foreach (var mode in new[] { SearchMode.Hybrid, SearchMode.Lexical, SearchMode.Dense })
        {
            var (timings, cpuPerQuery) = await TimeAsync(retriever, mode, queries, repeats, cancellationToken);
            var latency = LatencySummary.From(timings);
            rows.Add(new ScaleRow(mode.ToString(), latency.MedianMs, latency.P95Ms, timings.Max(), cpuPerQuery));
        }

        var found = 0;
        foreach (var entry in seeds)
        {
            var hits = await retriever.SearchAsync(entry.Question ?? entry.Title, SearchFilter.ApprovedOnly, 10, SearchMode.Hybrid, cancellationToken);
            found += hits.Any(h => h.EntryId == entry.Id) ? 1 : 0;
        }

        var result = new ScaleResult(
            MachineInfo.Current(TimeProvider.System),
            (int)await index.CountAsync(cancellationToken),
            stopwatch.Elapsed.TotalSeconds,
            MemoryProbe.ToMiB(retained),
            MemoryProbe.ToMiB(MemoryProbe.PeakWorkingSetBytes()),
            (double)found / seeds.Count,
            rows);
        Console.WriteLine(result.ToMarkdown());
        if (output is not null)
        {
            output.Create();
            await File.WriteAllTextAsync(Path.Combine(output.FullName, "scale.json"), JsonSerializer.Serialize(result, Json), cancellationToken);
        }

        return 0;
    }

    private static async Task<(double[] Timings, double CpuMsPerQuery)> TimeAsync(Retriever retriever, SearchMode mode, List<string> queries, int repeats, CancellationToken cancellationToken)
    {
        foreach (var query in queries)
        {
            await retriever.SearchAsync(query, SearchFilter.ApprovedOnly, 10, mode, cancellationToken);
        }

        using var process = Process.GetCurrentProcess();
        var cpu = TimeSpan.Zero;
        var timings = Enumerable.Repeat(double.MaxValue, queries.Count).ToArray();
        for (var repeat = 0; repeat < repeats; repeat++)
        {
            MemoryProbe.RetainedManagedBytes();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            for (var i = 0; i < queries.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await retriever.SearchAsync(queries[i], SearchFilter.ApprovedOnly, 10, mode, cancellationToken);
                timings[i] = Math.Min(timings[i], Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            process.Refresh();
            cpu += process.TotalProcessorTime - cpuBefore;
        }

        return (timings, cpu.TotalMilliseconds / (queries.Count * repeats));
    }

    /// <param name="CpuMsPerQuery">Process CPU time over the timed passes, per query: unlike wall-clock time it barely depends on what else the machine is doing.</param>
    private sealed record ScaleRow(string Mode, double MedianMs, double P95Ms, double MaxMs, double CpuMsPerQuery);

    private sealed record ScaleResult(MachineInfo Machine, int Entries, double BuildSeconds, double RetainedHeapMiB, double PeakWorkingSetMiB, double DemoQuestionsInTop10, IReadOnlyList<ScaleRow> Rows)
    {
        public string ToMarkdown()
        {
            var md = new StringBuilder();
            md.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Machine}");
            md.AppendLine(CultureInfo.InvariantCulture, $"Entries: {Entries:N0}; build (analyse + embed + index) {BuildSeconds:F1} s; retained heap {RetainedHeapMiB:F0} MiB; peak working set {PeakWorkingSetMiB:F0} MiB");
            md.AppendLine(CultureInfo.InvariantCulture, $"Demo questions whose own entry is in the hybrid top 10: {DemoQuestionsInTop10:P0}");
            md.AppendLine();
            md.AppendLine("| mode | median ms | p95 ms | max ms | mean CPU ms per query |");
            md.AppendLine("|---|---|---|---|---|");
            foreach (var row in Rows)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {row.Mode} | {row.MedianMs:F2} | {row.P95Ms:F2} | {row.MaxMs:F2} | {row.CpuMsPerQuery:F2} |");
            }

            return md.ToString();
        }
    }
}
