using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MoitBot.Bot.Tests.Channels.Teams.Cards;

/// <summary>Runs tests/teams-emulator/validate-card.js: the adaptivecards renderer parses (schema 1.5), validates and renders each card.</summary>
public static class CardRenderer
{
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ProblemsAsync(IReadOnlyList<JsonObject> cards, CancellationToken cancellationToken)
    {
        var script = Path.Combine(TeamsEmulatorTools.EmulatorDirectory, "validate-card.js");
        var missing = TeamsEmulatorTools.Missing(Path.Combine(TeamsEmulatorTools.EmulatorDirectory, "node_modules", "adaptivecards", "package.json"));
        if (missing is not null)
        {
            TeamsEmulatorTools.Unavailable(missing);
        }

        var start = new ProcessStartInfo(TeamsEmulatorTools.Node!, $"\"{script}\"")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TeamsEmulatorTools.EmulatorDirectory,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(new JsonArray(cards.Select(c => (JsonNode)c.DeepClone()).ToArray()).ToJsonString());
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        Assert.True(process.ExitCode == 0, $"validate-card.js failed: {await errors}");
        return JsonSerializer.Deserialize<List<List<string>>>(await output)!;
    }
}
