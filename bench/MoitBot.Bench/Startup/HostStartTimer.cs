using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MoitBot.Bench.Startup;

/// <summary>
/// Starts `dotnet MoitBot.Bot.dll` on a fresh temporary database and a free loopback port, and
/// measures the time until /healthz first answers 200. The process and its folder are removed after.
/// </summary>
internal sealed class HostStartTimer(string dll, TimeSpan timeout)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);

    public async Task<TimeSpan> MeasureAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("moitbot-startup-");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.Environment["ConnectionStrings__MoitBot"] = $"Data Source={Path.Combine(folder.FullName, "moitbot.db")}";
        info.Environment["Urls"] = $"http://127.0.0.1:{port}";
        info.Environment["Logging__LogLevel__Default"] = "Warning";

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var url = new Uri($"http://127.0.0.1:{port}/healthz");
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (stopwatch.Elapsed < timeout)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The Bot exited with code {process.ExitCode} before it was healthy.");
                }

                if (await IsHealthyAsync(client, url, cancellationToken))
                {
                    return stopwatch.Elapsed;
                }

                await Task.Delay(Poll, cancellationToken);
            }

            throw new TimeoutException($"/healthz did not answer 200 within {timeout.TotalSeconds:F0} s.");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(cancellationToken);
            }

            folder.Delete(recursive: true);
        }
    }

    private static async Task<bool> IsHealthyAsync(HttpClient client, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(url, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
