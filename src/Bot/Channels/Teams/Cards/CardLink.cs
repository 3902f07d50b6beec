namespace MoitBot.Bot.Channels.Teams.Cards;

public sealed record CardLink(string Title, string Url);
