using System.CommandLine;
using System.Globalization;
using MoitBot.Bench.Measuring;

namespace MoitBot.Bench.Startup;

/// <summary>`startup [--runs 5]`: time from starting the Bot host to its first healthy /healthz.</summary>
internal static class StartupCommand
{
    public const string RelativeDll = "src/Bot/bin/Release/net10.0/MoitBot.Bot.dll";

    public static Command Create()
    {
        var dll = new Option<string?>("--dll") { Description = $"The built Bot (default: {RelativeDll} above the working directory)" };
        var runs = new Option<int>("--runs") { Description = "Host starts; the median is reported", DefaultValueFactory = _ => 5 };
        var command = new Command("startup", "Host start with the demo bank to the first 200 from /healthz") { dll, runs };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(dll), Math.Max(1, result.GetValue(runs)), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? dllPath, int runs, CancellationToken cancellationToken)
    {
        var dll = Locate(dllPath);
        var timer = new HostStartTimer(dll, TimeSpan.FromSeconds(60));
        var seconds = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var elapsed = await timer.MeasureAsync(cancellationToken);
            seconds.Add(elapsed.TotalSeconds);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: {elapsed.TotalSeconds:F2} s"));
        }

        var summary = LatencySummary.From(seconds);
        Console.WriteLine($"Machine: {MachineInfo.Current(TimeProvider.System)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Host start (fresh database, demo bank seeded and indexed) to first 200 from /healthz: median {summary.MedianMs:F2} s over {runs} runs (min {seconds.Min():F2} s, max {seconds.Max():F2} s)"));
        return 0;
    }

    private static string Locate(string? path)
    {
        if (!string.IsNullOrEmpty(path))
        {
            return File.Exists(path) ? Path.GetFullPath(path) : throw new FileNotFoundException($"Bot not found: {path}", path);
        }

        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, RelativeDll);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Could not find {RelativeDll}; build it with `dotnet build -c Release src/Bot` or pass --dll.");
    }
}
