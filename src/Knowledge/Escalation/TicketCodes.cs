using System.Security.Cryptography;

namespace MoitBot.Knowledge.Escalation;

/// <summary>Short ticket references an official can read over the phone: no 0/O, 1/I/L.</summary>
public static class TicketCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => "HD-" + RandomNumberGenerator.GetString(Alphabet, 6);

    public static bool LooksLikeCode(string? text) =>
        text is { Length: 9 } && text.StartsWith("HD-", StringComparison.OrdinalIgnoreCase) && text[3..].ToUpperInvariant().All(Alphabet.Contains);
}
