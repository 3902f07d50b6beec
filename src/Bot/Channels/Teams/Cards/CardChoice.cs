namespace MoitBot.Bot.Channels.Teams.Cards;

public sealed record CardChoice(string Value, string Title);
