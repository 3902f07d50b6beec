using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void KnowledgeAssembly_ReferencesNoHostOrChannelPackage()
    {
        string[] forbidden = ["Microsoft.AspNetCore", "Telegram.Bot", "Microsoft.Bot", "Microsoft.Teams", "Microsoft.Identity", "Serilog.Sinks"];
        var references = typeof(KnowledgeBank).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();
        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void KnowledgeProject_DeclaresNoHostOrChannelPackage()
    {
        var project = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Knowledge", "MoitBot.Knowledge.csproj"));
        Assert.DoesNotContain("AspNetCore", project, StringComparison.Ordinal);
        Assert.DoesNotContain("Telegram", project, StringComparison.Ordinal);
        Assert.DoesNotContain("Sdk.Web", project, StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MoitBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("MoitBot.sln not found above the test output.");
    }
}
