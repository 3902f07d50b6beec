using System.Text.Json;

namespace MoitBot.Bench.Officials;

/// <summary>
/// Reads tests/officials/*.jsonl (every file of the folder, in name order; a file another part
/// adds later is simply picked up). Every problem names the file and line: malformed JSON, a
/// missing question, an unknown form or split, no label or more than one, a follow-up without
/// its previous question, a duplicated id.
/// </summary>
internal static class OfficialsCaseLoader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<OfficialsCase> LoadFolder(string folder, string? displayRoot = null)
    {
        if (!Directory.Exists(folder))
        {
            throw new CaseFileException($"No evaluation folder at {folder}.");
        }

        var cases = new List<OfficialsCase>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            cases.AddRange(LoadFile(file, displayRoot));
        }

        var duplicate = cases.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var second = duplicate.Skip(1).First();
            throw CaseFileException.At(second.File, second.Line, $"id '{duplicate.Key}' is used twice (first at {duplicate.First().File}:{duplicate.First().Line}).");
        }

        return cases.Count > 0 ? cases : throw new CaseFileException($"No questions in {folder}/*.jsonl.");
    }

    public static IReadOnlyList<OfficialsCase> LoadFile(string path, string? displayRoot = null)
    {
        var display = displayRoot is null ? path : Path.GetRelativePath(displayRoot, path).Replace('\\', '/');
        var cases = new List<OfficialsCase>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                cases.Add(Parse(line, display, number));
            }
        }

        return cases;
    }

    public static OfficialsCase Parse(string line, string file, int number)
    {
        CaseLine? raw;
        try
        {
            raw = JsonSerializer.Deserialize<CaseLine>(line, Json);
        }
        catch (JsonException ex)
        {
            throw CaseFileException.At(file, number, $"not a JSON object: {ex.Message}");
        }

        if (raw is null)
        {
            throw CaseFileException.At(file, number, "not a JSON object.");
        }

        return Validate(raw, file, number);
    }

    private static OfficialsCase Validate(CaseLine raw, string file, int number)
    {
        CaseFileException Bad(string problem) => CaseFileException.At(file, number, $"{(raw.Id is null ? string.Empty : $"case '{raw.Id}': ")}{problem}");

        if (string.IsNullOrWhiteSpace(raw.Id) || string.IsNullOrWhiteSpace(raw.Question))
        {
            throw Bad("\"id\" and \"question\" are required.");
        }

        if (raw.Form is null || !CaseForms.All.Contains(raw.Form, StringComparer.Ordinal))
        {
            throw Bad($"unknown form '{raw.Form}'; use one of {string.Join(", ", CaseForms.All)}.");
        }

        if (raw.Split is null || !CaseForms.Splits.Contains(raw.Split, StringComparer.Ordinal))
        {
            throw Bad($"unknown split '{raw.Split}'; use tune or test.");
        }

        var byId = !string.IsNullOrWhiteSpace(raw.ExpectedEntryId);
        var bySource = !string.IsNullOrWhiteSpace(raw.ExpectedSource) || !string.IsNullOrWhiteSpace(raw.ExpectedLocator);
        var labels = (byId ? 1 : 0) + (bySource ? 1 : 0) + (raw.NotInBank == true ? 1 : 0);
        if (labels != 1)
        {
            throw Bad(labels == 0
                ? "no label: give expectedEntryId, expectedSource + expectedLocator, or notInBank."
                : "two labels: give exactly one of expectedEntryId, expectedSource + expectedLocator, notInBank.");
        }

        if (bySource && (string.IsNullOrWhiteSpace(raw.ExpectedSource) || string.IsNullOrWhiteSpace(raw.ExpectedLocator)))
        {
            throw Bad("expectedSource and expectedLocator go together.");
        }

        if (raw.NotInBank == true && raw.InRemit is null)
        {
            throw Bad("a notInBank case says inRemit (true: a Công Thương topic; false: outside the ministry).");
        }

        if (raw.Form == CaseForms.FollowUp && string.IsNullOrWhiteSpace(raw.Previous))
        {
            throw Bad("a tiep-theo case needs \"previous\", the earlier question.");
        }

        if (raw.Form == CaseForms.Long && CaseForms.WordCount(raw.Question) < CaseForms.LongMinWords)
        {
            throw Bad($"a dai question has at least {CaseForms.LongMinWords} words; this one has {CaseForms.WordCount(raw.Question)}.");
        }

        if (raw.ExpectedSection is { } section && !ProcedureSections.IsKnown(section))
        {
            throw Bad($"unknown expectedSection '{section}'; use one of {string.Join(", ", ProcedureSections.Codes)}.");
        }

        return new OfficialsCase
        {
            Id = raw.Id,
            Question = raw.Question,
            Form = raw.Form,
            Split = raw.Split,
            Previous = string.IsNullOrWhiteSpace(raw.Previous) ? null : raw.Previous,
            ExpectedEntryId = byId ? raw.ExpectedEntryId : null,
            ExpectedSource = bySource ? raw.ExpectedSource!.Replace('\\', '/') : null,
            ExpectedLocator = bySource ? raw.ExpectedLocator : null,
            ExpectedSection = raw.ExpectedSection,
            NotInBank = raw.NotInBank == true,
            InRemit = raw.InRemit,
            File = file,
            Line = number,
        };
    }

    private sealed record CaseLine(
        string? Id,
        string? Question,
        string? Form,
        string? Split,
        string? Previous,
        string? ExpectedEntryId,
        string? ExpectedSource,
        string? ExpectedLocator,
        string? ExpectedSection,
        bool? NotInBank,
        bool? InRemit);
}
