using MoitBot.Bench.Officials;

namespace MoitBot.Bench.Tests.Officials;

/// <summary>Hand-made cases and results for the metric tests.</summary>
internal static class Cases
{
    public static OfficialsCase Answerable(string id, string split = CaseForms.Tune, string form = CaseForms.NoDiacritics, string? section = null) => new()
    {
        Id = id, Question = "q", Form = form, Split = split, ExpectedEntryId = "e-" + id, ExpectedSection = section, File = "f", Line = 1,
    };

    public static OfficialsCase NotInBank(string id, string split = CaseForms.Tune) => new()
    {
        Id = id, Question = "q", Form = CaseForms.NoDiacritics, Split = split, NotInBank = true, InRemit = false, File = "f", Line = 1,
    };

    /// <summary>An answerable case answered from <paramref name="answered"/> ("right" = its own entry) at a confidence.</summary>
    public static CaseResult Answered(string id, double confidence, string answered = "right", string split = CaseForms.Tune, bool? section = null)
    {
        var c = Answerable(id, split);
        return new CaseResult(c, "ruou", new HashSet<string>([c.ExpectedEntryId!]), answered == "right" ? c.ExpectedEntryId : answered, confidence, section);
    }

    public static CaseResult Unanswered(string id, string split = CaseForms.Tune) =>
        new(Answerable(id, split), "ruou", new HashSet<string>(["e-" + id]), null, 0);

    public static CaseResult OffBank(string id, double confidence, string? answered = "other", string split = CaseForms.Tune) =>
        new(NotInBank(id, split), "ngoai", new HashSet<string>(), answered, confidence);
}
