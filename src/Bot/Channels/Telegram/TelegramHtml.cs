using System.Text;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>
/// Escaping for Telegram's HTML parse mode. Only &lt;, &gt;, &amp; (and " in attributes) are
/// special there; WebUtility.HtmlEncode would also turn Vietnamese letters such as "à" into
/// numeric entities and inflate messages toward the length limit.
/// </summary>
public static class TelegramHtml
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("<>&\"") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }

    /// <summary>A link; only http(s) targets are linked, anything else is shown as text.</summary>
    public static string Link(string? url, string text) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? $"<a href=\"{Escape(uri.AbsoluteUri)}\">{Escape(text)}</a>"
            : Escape(text);
}
