using System.CommandLine;

namespace MoitBot.Bench.Startup;

internal static class StartupCommand
{
    public static Command Create() => new("startup", "Host start to first healthy /healthz");
}
