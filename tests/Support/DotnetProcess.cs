using System.Diagnostics;
using System.Text;

namespace MoitBot.Tests.Support;

/// <summary>
/// Runs `dotnet` in a child process, as a user would from a shell, and returns what it printed.
/// Linked into the test projects that run the real executables.
/// </summary>
internal static class DotnetProcess
{
    /// <summary>Runs a built executable of the repository (its dll beside the test binaries) on the given SQLite file.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAppAsync(
        string dll, string workingDirectory, string databasePath, IEnumerable<string> args, IEnumerable<KeyValuePair<string, string>>? environment = null) =>
        RunAsync(
            workingDirectory,
            [Path.Combine(AppContext.BaseDirectory, dll), .. args],
            [new("ConnectionStrings__MoitBot", $"Data Source={databasePath}"), .. environment ?? []]);

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string workingDirectory, IEnumerable<string> args, IEnumerable<KeyValuePair<string, string>>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? [])
        {
            start.Environment[key] = value;
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }
}
