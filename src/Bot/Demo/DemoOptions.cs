namespace MoitBot.Bot.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Load the demonstration bank into an empty database on first start.</summary>
    public bool Enabled { get; set; } = true;
}
