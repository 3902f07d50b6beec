using System.Text;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>
/// Splits an HTML message into parts Telegram accepts (4,096 characters each), preferring
/// paragraph breaks, then line breaks, then sentence ends, then spaces. A cut never falls inside
/// a tag, an entity or a surrogate pair; elements open at a cut are closed and reopened.
/// </summary>
public static class TelegramMessageSplitter
{
    public const int TelegramLimit = 4096;

    public static IReadOnlyList<string> Split(string html, int maxLength = TelegramLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 64);
        if (html.Length <= maxLength)
        {
            return [html];
        }

        var parts = new List<string>();
        var open = new List<(string Name, string Tag)>();
        var position = 0;
        while (position < html.Length)
        {
            var prefix = string.Concat(open.Select(t => t.Tag));
            var rest = html.Length - position;
            if (prefix.Length + rest <= maxLength)
            {
                parts.Add(prefix + html[position..]);
                break;
            }

            // Reserve room for closing whatever is open at the cut (tags are short).
            var budget = maxLength - prefix.Length - ClosingLength(open) - 32;
            var cut = SafeCut(html, position, position + Math.Max(budget, 16));
            var (part, stack) = Part(html, position, cut, prefix, open);
            if (part.Length > maxLength && cut > position + 1)
            {
                // A pathological run of tags: fall back to a shorter cut.
                cut = SafeCut(html, position, position + (budget / 2));
                (part, stack) = Part(html, position, cut, prefix, open);
            }

            parts.Add(part);
            open = stack;
            position = cut;
            while (position < html.Length && char.IsWhiteSpace(html[position]))
            {
                position++;
            }
        }

        return parts.Where(p => p.Length > 0).ToList();
    }

    /// <summary>The part from position to cut with the open elements reopened before and closed after; and what is open at the cut.</summary>
    private static (string Part, List<(string Name, string Tag)> Open) Part(string html, int position, int cut, string prefix, List<(string Name, string Tag)> open)
    {
        var stack = new List<(string Name, string Tag)>(open);
        Track(html, position, cut, stack);
        var closing = string.Concat(Enumerable.Reverse(stack).Select(t => $"</{t.Name}>"));
        return ((prefix + html[position..cut]).TrimEnd() + closing, stack);
    }

    private static int ClosingLength(List<(string Name, string Tag)> open) => open.Sum(t => t.Name.Length + 3);

    /// <summary>The best cut in (start, limit]: never inside a tag, entity or surrogate pair.</summary>
    private static int SafeCut(string html, int start, int limit)
    {
        limit = Math.Min(limit, html.Length);
        var window = html.AsSpan(start, limit - start);
        foreach (var separator in new[] { "\n\n", "\n", ". ", " " })
        {
            var index = window.LastIndexOf(separator);
            if (index > window.Length / 4)
            {
                var candidate = start + index + separator.Length;
                var safe = Retreat(html, start, candidate);
                if (safe > start)
                {
                    return safe;
                }
            }
        }

        var hard = Retreat(html, start, limit);
        if (hard > start)
        {
            return hard;
        }

        // Only a tag longer than the whole budget starts here: keep it whole.
        var tagEnd = html.IndexOf('>', start);
        return tagEnd >= 0 ? tagEnd + 1 : limit;
    }

    /// <summary>Moves a cut back to the start of the tag or entity it falls in, and off a low surrogate.</summary>
    private static int Retreat(string html, int start, int cut)
    {
        var inTagAt = -1;
        var inEntityAt = -1;
        for (var i = start; i < cut; i++)
        {
            var c = html[i];
            if (inTagAt >= 0)
            {
                if (c == '>')
                {
                    inTagAt = -1;
                }
            }
            else if (c == '<')
            {
                inTagAt = i;
            }
            else if (c == '&')
            {
                inEntityAt = i;
            }
            else if (inEntityAt >= 0 && (c == ';' || !(char.IsAsciiLetterOrDigit(c) || c == '#')))
            {
                inEntityAt = -1;
            }
        }

        if (inTagAt >= 0)
        {
            cut = inTagAt;
        }
        else if (inEntityAt >= 0)
        {
            cut = inEntityAt;
        }

        if (cut > start && cut < html.Length && char.IsLowSurrogate(html[cut]))
        {
            cut--;
        }

        return cut;
    }

    private static void Track(string html, int start, int end, List<(string Name, string Tag)> stack)
    {
        var i = start;
        while (i < end)
        {
            var open = html.IndexOf('<', i, end - i);
            if (open < 0)
            {
                return;
            }

            var close = html.IndexOf('>', open);
            if (close < 0 || close >= end)
            {
                return;
            }

            var tag = html[open..(close + 1)];
            if (tag.StartsWith("</", StringComparison.Ordinal))
            {
                var name = TagName(tag[2..]);
                var at = stack.FindLastIndex(t => t.Name == name);
                if (at >= 0)
                {
                    stack.RemoveAt(at);
                }
            }
            else if (!tag.EndsWith("/>", StringComparison.Ordinal))
            {
                stack.Add((TagName(tag[1..]), tag));
            }

            i = close + 1;
        }
    }

    private static string TagName(string tail)
    {
        var builder = new StringBuilder();
        foreach (var c in tail)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                break;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
