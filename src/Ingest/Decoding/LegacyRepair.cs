using MoitBot.Ingest.Parsers;

namespace MoitBot.Ingest.Decoding;

/// <summary>
/// Converts a whole parsed source typed in a TCVN3 or VNI font (old .doc files saved as .docx keep
/// the font's 8-bit letters) to Unicode, deciding on the source's text as a whole.
/// </summary>
public static class LegacyRepair
{
    public static void Apply(ParsedSource source)
    {
        var sample = string.Join('\n', source.Blocks.Take(400).Select(b => b.Text)
            .Concat(source.Records.Take(200).SelectMany(r => new[] { r.Question, r.Answer })));
        var encoding = LegacyVietnameseText.Detect(sample);
        if (encoding == LegacyEncoding.None)
        {
            return;
        }

        if (LegacyVietnameseText.Plausibility(LegacyVietnameseText.Convert(sample, encoding)) <= LegacyVietnameseText.Plausibility(sample))
        {
            source.Notes.Add($"some text looks like the {encoding} legacy font encoding but converting it does not read better; left as it is, check the file");
            return;
        }

        for (var i = 0; i < source.Blocks.Count; i++)
        {
            var block = source.Blocks[i];
            source.Blocks[i] = block with
            {
                Text = LegacyVietnameseText.Convert(block.Text, encoding),
                Cells = block.Cells?.Select(c => LegacyVietnameseText.Convert(c, encoding)).ToList(),
            };
        }

        for (var i = 0; i < source.Records.Count; i++)
        {
            var r = source.Records[i];
            source.Records[i] = r with
            {
                Question = LegacyVietnameseText.Convert(r.Question, encoding),
                Answer = LegacyVietnameseText.Convert(r.Answer, encoding),
                Field = Convert(r.Field, encoding),
                LegalBasis = Convert(r.LegalBasis, encoding),
                Department = Convert(r.Department, encoding),
            };
        }

        source.Notes.Add($"text typed in a {encoding} font: converted to Unicode");
    }

    private static string? Convert(string? text, LegacyEncoding encoding) => text is null ? null : LegacyVietnameseText.Convert(text, encoding);
}
