using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoitBot.Ingest.Pipeline;
using MoitBot.Ingest.Reporting;
using MoitBot.Knowledge.Bank;
using Spectre.Console;

namespace MoitBot.Ingest.Cli;

/// <summary>
/// The ingest command: build the core on the bot's configuration, migrate, scan, run with a
/// progress bar (plain lines when redirected) on stderr, print the report on stdout.
/// Exit code 0 = nothing failed, 2 = some files failed, 1 = the run could not work, 130 = interrupted.
/// </summary>
public static class IngestCommand
{
    public const int Ok = 0;
    public const int CouldNotRun = 1;
    public const int SomeFailed = 2;
    public const int Interrupted = 130;

    public static async Task<int> RunAsync(IngestRequest request, bool json, CancellationToken cancellationToken)
    {
        var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (request.Paths.Count == 0)
        {
            errors.MarkupLine("[red]Không có tệp hay thư mục nào để nạp.[/] Usage: ingest <file or folder>... [--json] [--dry-run] [--prune] [--official] [--field <code>]");
            return CouldNotRun;
        }

        var configuration = IngestConfiguration.Build();
        await using var provider = BuildServices(configuration);
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
            await provider.GetRequiredService<KnowledgeInitializer>().MigrateAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is OptionsValidationException or SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            errors.MarkupLine($"[red]Không chạy được (could not start):[/] {Markup.Escape(ex.Message)}");
            return CouldNotRun;
        }

        if (request.Field is { } field && !provider.GetRequiredService<FieldResolver>().IsKnown(field))
        {
            var codes = string.Join(", ", provider.GetRequiredService<MinistryCatalog>().Fields.Select(f => f.Code));
            errors.MarkupLine($"[red]Lĩnh vực không hợp lệ (unknown --field):[/] {Markup.Escape(field)}. Known codes: {Markup.Escape(codes)}");
            return CouldNotRun;
        }

        var runner = provider.GetRequiredService<IngestRunner>();
        var scan = runner.Scan(request);
        if (scan.Files.Count == 0 && scan.Missing.Count == request.Paths.Count)
        {
            errors.MarkupLine($"[red]Không tìm thấy (not found):[/] {Markup.Escape(string.Join(", ", scan.Missing))}");
            return CouldNotRun;
        }

        IngestReport report;
        try
        {
            report = await RunWithProgressAsync(runner, request, scan, errors, provider.GetRequiredService<TimeProvider>(), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            errors.MarkupLine("[yellow]Đã dừng (Ctrl+C).[/] Everything saved is consistent; run the same command again to resume.");
            return Interrupted;
        }

        if (json)
        {
            Console.Out.WriteLine(JsonReportWriter.Write(report));
        }
        else
        {
            ConsoleReportWriter.Write(AnsiConsole.Console, report);
        }

        return report.Cancelled ? Interrupted : report.ExitCode;
    }

    public static ServiceProvider BuildServices(IConfiguration configuration) => new ServiceCollection()
        .AddSingleton(configuration)
        .AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter((_, level) => level >= LogLevel.Warning)
            .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace))
        .AddIngest(configuration)
        .BuildServiceProvider(validateScopes: true);

    private static async Task<IngestReport> RunWithProgressAsync(IngestRunner runner, IngestRequest request, Sources.ScanResult scan, IAnsiConsole errors, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Console.IsErrorRedirected || !errors.Profile.Capabilities.Interactive)
        {
            return await runner.RunAsync(request, scan, new PlainProgress(Console.Error, time), cancellationToken);
        }

        IngestReport? report = null;
        await errors.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Nạp dữ liệu", maxValue: Math.Max(1, scan.Files.Count));
                report = await runner.RunAsync(request, scan, new SpectreProgress(task), cancellationToken);
                if (!report.Cancelled)
                {
                    task.Value = task.MaxValue;
                }
            });
        return report!;
    }
}
