using System.Globalization;
using System.Text;
using MoitBot.Bench.Measuring;

namespace MoitBot.Bench.Officials;

/// <summary>The officials' words run as markdown: figures per split, form and field at one threshold, the curve, the misses.</summary>
internal sealed record OfficialsReport(
    MachineInfo Machine,
    string Command,
    string Bank,
    IReadOnlyList<CaseResult> Results,
    double Threshold,
    string ThresholdOrigin,
    string? CurveImage)
{
    private static readonly double[] CurveRows = [0.0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9];

    public IReadOnlyList<CaseResult> Of(string split) => Results.Where(r => r.Case.Split == split).ToList();

    public OutcomeSummary Overall => OutcomeSummary.Of("all", Results, Threshold);

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        Line(md, "# Officials' words: confident answers and abstentions");
        Line(md);
        Line(md, $"Machine: {Machine}");
        Line(md, $"Command: `{Command}`");
        Line(md, $"Bank: {Bank}");
        Line(md, $"Questions: {Results.Count} from {string.Join(", ", Results.Select(r => r.Case.File).Distinct())} "
            + $"({Results.Count(r => r.Case.NotInBank)} not in the bank; {Of(CaseForms.Tune).Count} tune, {Of(CaseForms.Test).Count} test)");
        Line(md, $"Threshold: **{Fixed(Threshold)}** ({ThresholdOrigin})");
        Line(md);
        Line(md, "Right = a confident answer from the expected entry, or no confident answer to a question the bank does not answer. "
            + "Wrong-confident = a confident answer from another entry, or any confident answer to a question not in the bank. "
            + "Abstained = no confident answer to a question the bank answers. Coverage = share of questions answered confidently; "
            + "precision = share of the confident answers that were right.");
        Table(md, "By split", CaseForms.Splits.Select(s => OutcomeSummary.Of(s, Of(s), Threshold)).Append(Overall));
        foreach (var split in CaseForms.Splits)
        {
            Table(md, $"By form ({split})", CaseForms.All.Select(f => OutcomeSummary.Of(f, Of(split).Where(r => r.Case.Form == f).ToList(), Threshold)));
        }

        Table(md, "By form (all)", CaseForms.All.Select(f => OutcomeSummary.Of(f, Results.Where(r => r.Case.Form == f).ToList(), Threshold)));
        Table(md, "By field (all)", Results.GroupBy(r => r.Field).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => OutcomeSummary.Of(g.Key, g.ToList(), Threshold)));
        Curve(md);
        Misses(md);
        return md.ToString();
    }

    private void Curve(StringBuilder md)
    {
        Line(md);
        Line(md, "## Precision against coverage");
        Line(md);
        if (CurveImage is not null)
        {
            Line(md, $"![precision against coverage]({CurveImage})");
            Line(md);
        }

        Line(md, "| threshold | tune coverage | tune precision | tune wrong of confident | test coverage | test precision | test wrong of confident |");
        Line(md, "|---|---|---|---|---|---|---|");
        var marks = CurveRows.Append(Threshold).Distinct().Order();
        foreach (var t in marks)
        {
            var tune = OutcomeSummary.Of(CaseForms.Tune, Of(CaseForms.Tune), t);
            var test = OutcomeSummary.Of(CaseForms.Test, Of(CaseForms.Test), t);
            Line(md, $"| {(t == Threshold ? $"**{Fixed(t)}**" : Fixed(t))} | {Pct(tune.Coverage)} | {Pct(tune.Precision)} | {Pct(tune.WrongOfConfident)} | {Pct(test.Coverage)} | {Pct(test.Precision)} | {Pct(test.WrongOfConfident)} |");
        }
    }

    private void Misses(StringBuilder md)
    {
        var wrong = Results.Where(r => r.VerdictAt(Threshold) == Verdict.WrongConfident).ToList();
        Line(md);
        Line(md, $"## Wrong confident answers at {Fixed(Threshold)} ({wrong.Count})");
        Line(md);
        if (wrong.Count == 0)
        {
            Line(md, "None.");
            return;
        }

        Line(md, "| case | split | form | expected | answered from | confidence | question |");
        Line(md, "|---|---|---|---|---|---|---|");
        foreach (var r in wrong)
        {
            var expected = r.Case switch
            {
                { NotInBank: true, InRemit: true } => "not in bank (in remit)",
                { NotInBank: true } => "not in bank (outside)",
                { ExpectedEntryId: { } id } => id,
                var c => $"{Path.GetFileName(c.ExpectedSource)} {c.ExpectedLocator}",
            };
            Line(md, $"| {r.Case.Id} | {r.Case.Split} | {r.Case.Form} | {expected} | {r.AnsweredEntryId} | {r.Confidence.ToString("0.000", CultureInfo.InvariantCulture)} | {r.Case.Question.Replace("|", "/", StringComparison.Ordinal)} |");
        }
    }

    private static void Table(StringBuilder md, string title, IEnumerable<OutcomeSummary> rows)
    {
        Line(md);
        Line(md, $"## {title}");
        Line(md);
        Line(md, "| group | questions | right | wrong-confident | abstained | coverage | precision |");
        Line(md, "|---|---|---|---|---|---|---|");
        foreach (var s in rows.Where(s => s.Cases > 0))
        {
            Line(md, $"| {s.Group} | {s.Cases} | {Pct(s.RightShare)} | {Pct(s.WrongConfidentShare)} | {Pct(s.AbstainedShare)} | {Pct(s.Coverage)} | {Pct(s.Precision)} |");
        }
    }

    private static string Pct(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Fixed(double threshold) => threshold.ToString("0.00", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder md, string text = "") => md.AppendLine(CultureInfo.InvariantCulture, $"{text}");
}
