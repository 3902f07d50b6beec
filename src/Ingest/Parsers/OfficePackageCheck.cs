using System.Text;

namespace MoitBot.Ingest.Parsers;

/// <summary>
/// Tells the usual ways a .docx/.xlsx is not an Office Open XML package before the SDK tries:
/// empty, a password-protected file (an OLE container holding "EncryptedPackage"), a legacy
/// binary .doc/.xls renamed, or something that is not a ZIP package at all.
/// </summary>
internal static class OfficePackageCheck
{
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] EncryptedStreamName = Encoding.Unicode.GetBytes("EncryptedPackage");

    public static void ThrowIfNotPackage(ReadOnlySpan<byte> bytes, string format)
    {
        if (bytes.Length == 0)
        {
            throw new SourceRejectedException("empty file");
        }

        if (bytes.StartsWith(OleSignature))
        {
            throw new SourceRejectedException(bytes.IndexOf(EncryptedStreamName) >= 0
                ? $"password-protected {format}: remove the password (File > Info > Protect) and ingest again"
                : $"legacy binary Office file (.doc/.xls) named .{format.ToLowerInvariant()}: save it as {format} and ingest again");
        }

        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            throw new SourceRejectedException($"corrupt {format}: not a ZIP package");
        }
    }
}
