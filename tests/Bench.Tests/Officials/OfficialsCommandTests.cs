using MoitBot.Bench.Officials;

namespace MoitBot.Bench.Tests.Officials;

public sealed class OfficialsCommandTests
{
    [Theory]
    [InlineData("""{"id":"a","question":"q","form":"noi-tat","split":"tune","expectedEntryId":"demo-ruou-001"}""")]
    [InlineData("""{"id":"a","question":"gp ban le ruou","form":"viet-tat","split":"tune","expectedEntryId":"demo-ruou-404"}""")]
    [InlineData("not json")]
    public async Task Invoke_BadCaseFile_ExitCodeTwo(string line)
    {
        using var folder = new CaseFolder();
        folder.Write("bad.jsonl", line);
        var command = new System.CommandLine.RootCommand { OfficialsCommand.Create() };

        var exitCode = await command.Parse(["officials", "--cases", folder.Root]).InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(OfficialsCommand.BadInput, exitCode);
    }
}
