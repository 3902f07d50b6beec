using System.CommandLine;

namespace MoitBot.Bench.Scale;

internal static class ScaleCommand
{
    public static Command Create() => new("scale", "Index speed at 100,000 generated entries");
}
