using System.Net;

namespace MoitBot.Bot.Channels.Teams.Connector;

/// <summary>A Bot Connector call that failed after the retries the HTTP pipeline allows.</summary>
public sealed class ConnectorException(HttpStatusCode statusCode, string message) : Exception(message)
{
    public HttpStatusCode StatusCode { get; } = statusCode;
}
