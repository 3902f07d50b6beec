using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MoitBot.Knowledge.Editorial;
using MoitBot.Tests.Support;

namespace MoitBot.Bot.Tests.Commands;

/// <summary>Runs the real executable, as a user would, on its own database file.</summary>
public sealed class AskCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "moitbot-ask-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Ask_Json_PrintsContractWithCitationFromDemoBank()
    {
        var (exitCode, stdout, stderr) = await RunAsync("ask", "giay phep ban le ruou can ho so gi", "--json");

        Assert.True(exitCode == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(["answer", "citations", "confidence", "escalate", "department"], root.EnumerateObject().Select(p => p.Name));
        var citation = root.GetProperty("citations")[0];
        Assert.Equal(["title", "documentNumber", "article", "url", "entryId"], citation.EnumerateObject().Select(p => p.Name));
        var entryId = citation.GetProperty("entryId").GetString()!;
        var demo = MoitBot.Bot.Demo.DemoBankSeeder.Load();
        Assert.Contains(demo, e => e.Id == entryId);
        Assert.False(root.GetProperty("escalate").GetBoolean());
    }

    [Fact]
    public async Task Ask_PlainText_PrintsSourcesInVietnamese()
    {
        var (exitCode, stdout, _) = await RunAsync("ask", "thu tuc cap giay phep ban le ruou");
        Assert.Equal(0, exitCode);
        Assert.Contains("Căn cứ:", stdout, StringComparison.Ordinal);
        Assert.Contains("Độ tin cậy", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_EmptyQuestion_ClearMessageAndExitCode2()
    {
        var (exitCode, stdout, _) = await RunAsync("ask", "   ", "--json");
        Assert.Equal(2, exitCode);
        Assert.Contains("Bạn chưa nhập câu hỏi", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_CitedDocumentRepealed_PlainAndJsonMarkItNoLongerInForce()
    {
        const string question = "giay phep ban le ruou can ho so gi";
        var (seedExit, seeded, seedErrors) = await RunAsync("ask", question, "--json");
        Assert.True(seedExit == 0, seedErrors);
        using (var before = JsonDocument.Parse(seeded))
        {
            Assert.DoesNotContain(LegalValidity.NotInForceSuffix, seeded, StringComparison.Ordinal);
            Assert.Contains(before.RootElement.GetProperty("citations").EnumerateArray(), c => c.GetProperty("documentNumber").GetString() == "105/2017/NĐ-CP");
        }

        await RepealAsync("105/2017/NĐ-CP");

        var (exitCode, stdout, stderr) = await RunAsync("ask", question, "--json");
        var (plainExit, plain, _) = await RunAsync("ask", question);

        Assert.True(exitCode == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var repealed = json.RootElement.GetProperty("citations").EnumerateArray().Where(c => c.GetProperty("documentNumber").GetString() == "105/2017/NĐ-CP").ToList();
        Assert.NotEmpty(repealed);
        Assert.All(repealed, c => Assert.EndsWith(LegalValidity.NotInForceSuffix, c.GetProperty("title").GetString(), StringComparison.Ordinal));
        Assert.Equal(0, plainExit);
        var sources = plain[plain.IndexOf("Căn cứ:", StringComparison.Ordinal)..];
        Assert.Contains(LegalValidity.NotInForceSuffix.Trim(), sources, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort cleanup of a temp folder.
        }
    }

    /// <summary>Marks a document repealed in the command's database, as an editor would on the web.</summary>
    private async Task RepealAsync(string number)
    {
        await using (var services = KnowledgeOnly.On(DatabasePath))
        {
            var registry = services.GetRequiredService<LegalDocumentRegistry>();
            await registry.ImportFromBankAsync("test", TestContext.Current.CancellationToken);
            await registry.SetStatusAsync(number, LegalDocumentStatus.Repealed, null, null, "bientap.test", TestContext.Current.CancellationToken);
        }

        SqliteConnection.ClearAllPools();
    }

    private string DatabasePath => Path.Combine(_directory, "ask.db");

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        Directory.CreateDirectory(_directory);
        return DotnetProcess.RunAppAsync("MoitBot.Bot.dll", _directory, DatabasePath, args);
    }
}
