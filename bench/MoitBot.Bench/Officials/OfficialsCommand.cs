using System.CommandLine;
using System.Globalization;
using MoitBot.Bench.Measuring;

namespace MoitBot.Bench.Officials;

/// <summary>
/// `officials [--out docs/benchmarks] [--threshold x | --fit]`: the officials' words set through a
/// fresh bank and the real answer service. Exit code 0 = ran, 2 = a bad evaluation file.
/// </summary>
internal static class OfficialsCommand
{
    public const int BadInput = 2;
    public const string ReportName = "officials.md";
    public const string CurveName = "officials-precision-coverage.png";

    public static Command Create()
    {
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder for officials.md and the precision-coverage PNG" };
        var threshold = new Option<double?>("--threshold") { Description = "Report at this confidence threshold instead of the configured Answering:ConfidenceThreshold" };
        var fit = new Option<bool>("--fit") { Description = "Pick the threshold on the tune split (wrong answers <= 2% of confident ones, most coverage) and report the test split at it" };
        var cases = new Option<DirectoryInfo?>("--cases") { Description = "Folder of *.jsonl questions (default tests/officials)" };
        var command = new Command("officials", "Officials' words: right, wrong-confident and abstained answers, precision against coverage") { output, threshold, fit, cases };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(output), result.GetValue(threshold), result.GetValue(fit), result.GetValue(cases), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo? output, double? threshold, bool fit, DirectoryInfo? casesFolder, CancellationToken cancellationToken)
    {
        if (threshold is < 0 or > 1)
        {
            await Console.Error.WriteLineAsync("--threshold must be between 0 and 1.");
            return BadInput;
        }

        var layout = RepositoryLayout.Find();
        try
        {
            var cases = OfficialsCaseLoader.LoadFolder(casesFolder?.FullName ?? layout.Cases, layout.Root);
            await using var bank = await OfficialsBank.CreateAsync(layout, answeringThreshold: 0, cancellationToken);
            foreach (var problem in bank.IngestProblems)
            {
                await Console.Error.WriteLineAsync($"ingest: {problem}");
            }

            var results = await OfficialsRunner.RunAsync(bank, cases, cancellationToken);
            var configured = OfficialsBank.ConfiguredThreshold(layout);
            var (chosen, origin) = Choose(results, threshold, fit, configured);
            if (chosen is null)
            {
                await Console.Error.WriteLineAsync("No threshold keeps wrong answers at or below 2% of the confident answers on the tune split.");
                chosen = 1.0;
                origin = "fit failed: no threshold meets the constraint on tune; shown at 1.00";
            }

            await WriteAsync(output, layout, results, chosen.Value, origin, bank.Approved.Count, cancellationToken);
            return 0;
        }
        catch (CaseFileException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return BadInput;
        }
    }

    private static (double? Threshold, string Origin) Choose(IReadOnlyList<CaseResult> results, double? threshold, bool fit, double configured)
    {
        if (fit)
        {
            var fitted = PrecisionCurve.Fit(results.Where(r => r.Case.Split == CaseForms.Tune).ToList());
            if (fitted is not null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fitted threshold: {fitted:0.00}"));
            }

            return (fitted, string.Create(CultureInfo.InvariantCulture,
                $"fitted on the tune split: lowest threshold with wrong answers <= {PrecisionCurve.DefaultMaxWrongShare * 100:0}% of confident answers; the test split is the honest figure; configured {configured:0.00}"));
        }

        return threshold is { } given
            ? (given, string.Create(CultureInfo.InvariantCulture, $"--threshold; configured {configured:0.00}"))
            : (configured, "configured Answering:ConfidenceThreshold");
    }

    private static async Task WriteAsync(DirectoryInfo? output, RepositoryLayout layout, IReadOnlyList<CaseResult> results, double threshold, string origin, int approved, CancellationToken cancellationToken)
    {
        var folders = string.Join(" + ", layout.SampleFolders.Select(f => Path.GetRelativePath(layout.Root, f).Replace('\\', '/')));
        var report = new OfficialsReport(
            MachineInfo.Current(TimeProvider.System),
            "dotnet run -c Release --project bench/MoitBot.Bench -- " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1)),
            $"{approved} approved entries: the demo bank + {folders} through the ingest pipeline (a fresh temporary SQLite file)",
            results,
            threshold,
            origin,
            output is null ? null : CurveName);
        var markdown = report.ToMarkdown();
        Console.WriteLine(markdown);
        if (output is not null)
        {
            output.Create();
            CurvePlot.Save(Path.Combine(output.FullName, CurveName), results, threshold);
            await File.WriteAllTextAsync(Path.Combine(output.FullName, ReportName), markdown, cancellationToken);
            await Console.Error.WriteLineAsync($"wrote {Path.Combine(output.FullName, ReportName)} and {CurveName}");
        }
    }
}
