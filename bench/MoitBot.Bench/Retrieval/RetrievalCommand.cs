using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MoitBot.Bench.Measuring;
using MoitBot.Bench.Reporting;
using MoitBot.Knowledge.Retrieval;

namespace MoitBot.Bench.Retrieval;

/// <summary>`retrieval --data &lt;alqac2024 folder&gt; [--out docs/benchmarks]`.</summary>
internal static class RetrievalCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Folder holding the ALQAC 2024 files (law.json, train_*.json)", Required = true };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder for retrieval.json and retrieval.md" };
        var buildRuns = new Option<int>("--build-runs") { Description = "Index builds per system; the best time is reported", DefaultValueFactory = _ => 3 };
        var repeats = new Option<int>("--repeats") { Description = "Timed passes per query; the fastest is kept", DefaultValueFactory = _ => 3 };
        var ours = new Option<bool>("--ours-only") { Description = "Skip the Lucene peers (quicker tuning runs)" };
        var set = new Option<string[]>("--set") { Description = "Override a RetrievalOptions value, e.g. --set K1=1.0 --set Fusion=Rrf", AllowMultipleArgumentsPerToken = true };
        var command = new Command("retrieval", "Quality and speed against Lucene BM25 on ALQAC 2024") { data, output, buildRuns, repeats, ours, set };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetRequiredValue(data), result.GetValue(output), result.GetValue(buildRuns), result.GetValue(repeats), result.GetValue(ours), result.GetValue(set) ?? [], cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo dataFolder, DirectoryInfo? output, int buildRuns, int repeats, bool oursOnly, string[] overrides, CancellationToken cancellationToken)
    {
        var data = AlqacData.Load(dataFolder.FullName);
        Console.Error.WriteLine($"{data.Articles.Count} articles, {data.Questions.Count} questions ({data.Questions.Count(q => q.Verified)} verified)");
        var options = new RetrievalOptions();
        var applied = OptionOverrides.Apply(options, overrides);

        var systems = RetrievalBenchmark.DefaultSystems(options);
        if (oursOnly)
        {
            systems = systems.Skip(3).ToList();
        }

        var benchmark = new RetrievalBenchmark(data, Math.Max(1, buildRuns), Math.Max(1, repeats), Console.Error);
        var (builds, results) = await benchmark.RunAsync(systems, cancellationToken);
        var report = new RetrievalReport(
            MachineInfo.Current(TimeProvider.System),
            "dotnet run -c Release --project bench/MoitBot.Bench -- " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1)),
            applied,
            builds,
            results,
            MemoryProbe.ToMiB(MemoryProbe.PeakWorkingSetBytes()),
            RetrievalReport.CheckTargets(results));

        var markdown = report.ToMarkdown();
        Console.WriteLine(markdown);
        if (output is not null)
        {
            output.Create();
            await File.WriteAllTextAsync(Path.Combine(output.FullName, "retrieval.json"), JsonSerializer.Serialize(report, Json), cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(output.FullName, "retrieval.md"), markdown, cancellationToken);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {Path.Combine(output.FullName, "retrieval.json")}"));
        }

        return 0;
    }
}
