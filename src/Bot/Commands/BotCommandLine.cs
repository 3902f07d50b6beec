using System.CommandLine;

namespace MoitBot.Bot.Commands;

/// <summary>Commands of the Bot executable; anything else starts the web host.</summary>
public static class BotCommandLine
{
    private static readonly string[] Commands = ["ask", "eval", "reindex", "officials", "user"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("MoitBot – trợ lý hỏi đáp ngành Công Thương");
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(ReindexCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(OfficialsCommand.Create());
        root.Subcommands.Add(UserCommand.Create());
        return await root.Parse(args).InvokeAsync();
    }
}
