using System.Globalization;
using System.Text;
using MoitBot.Bench.Measuring;
using MoitBot.Bench.Retrieval;

namespace MoitBot.Bench.Reporting;

/// <summary>The retrieval run as markdown (console and docs) and as JSON (aggregate figures only).</summary>
internal sealed record RetrievalReport(
    MachineInfo Machine,
    string Command,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlyList<BuildResult> Builds,
    IReadOnlyList<RetrievalResult> Results,
    double PeakWorkingSetMiB,
    IReadOnlyList<string> Targets)
{
    public static IReadOnlyList<string> CheckTargets(IReadOnlyList<RetrievalResult> results)
    {
        RetrievalResult? Find(string system, string form) =>
            results.FirstOrDefault(r => r.System == system && r.Form == form && r.QuerySet == RetrievalBenchmark.AllQuestions);

        var hybrid = Find("MoitBot hybrid", QueryForms.Accented);
        var hybridStripped = Find("MoitBot hybrid", QueryForms.Stripped);
        var lucene = Find("Lucene BM25 StandardAnalyzer", QueryForms.Accented);
        var luceneBest = Find("Lucene BM25 ICU folding + bigrams", QueryForms.Accented);
        var lines = new List<string>();
        if (hybrid is null)
        {
            return lines;
        }

        if (lucene is not null)
        {
            var gain = (hybrid.MrrAt10 / lucene.MrrAt10) - 1;
            lines.Add(Line($"hybrid MRR@10 vs Lucene StandardAnalyzer, accented: {hybrid.MrrAt10:F3} vs {lucene.MrrAt10:F3} ({gain:+0.0%;-0.0%}; goal >= +10%)", gain >= 0.10));
            lines.Add(Line($"hybrid p95 vs Lucene StandardAnalyzer, accented: {hybrid.P95Ms:F2} ms vs {lucene.P95Ms:F2} ms", hybrid.P95Ms <= lucene.P95Ms));
        }

        if (luceneBest is not null)
        {
            var gain = (hybrid.MrrAt10 / luceneBest.MrrAt10) - 1;
            lines.Add(Line($"hybrid MRR@10 vs Lucene ICU folding + bigrams, accented: {hybrid.MrrAt10:F3} vs {luceneBest.MrrAt10:F3} ({gain:+0.0%;-0.0%}; goal >= +10%)", gain >= 0.10));
            lines.Add(Line($"hybrid p95 vs Lucene ICU folding + bigrams, accented: {hybrid.P95Ms:F2} ms vs {luceneBest.P95Ms:F2} ms", hybrid.P95Ms <= luceneBest.P95Ms));
        }

        if (hybridStripped is not null)
        {
            var loss = 1 - (hybridStripped.MrrAt10 / hybrid.MrrAt10);
            lines.Add(Line($"hybrid MRR@10 without diacritics: {hybridStripped.MrrAt10:F3} vs {hybrid.MrrAt10:F3} accented (loss {loss:0.0%}; goal <= 3%)", loss <= 0.03));
        }

        return lines;
    }

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Machine}");
        md.AppendLine(CultureInfo.InvariantCulture, $"Command: `{Command}`");
        if (Options.Count > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"Retrieval options overridden: {string.Join(", ", Options.Select(o => $"{o.Key}={o.Value}"))}");
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"Peak working set of the whole run: {PeakWorkingSetMiB:F0} MiB");
        md.AppendLine();
        md.AppendLine("| system | build s (best) | retained heap MiB |");
        md.AppendLine("|---|---|---|");
        foreach (var b in Builds)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {b.System} | {b.BuildSeconds:F2} | {b.RetainedHeapMiB:F1} |");
        }

        foreach (var set in Results.Select(r => r.QuerySet).Distinct())
        {
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Questions: {set}");
            md.AppendLine();
            md.AppendLine("| system | form | R@1 | R@5 | R@10 | MRR@10 | nDCG@10 | median ms | p95 ms |");
            md.AppendLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var r in Results.Where(r => r.QuerySet == set).OrderBy(r => QueryFormsOrder(r.Form)))
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {r.System} | {r.Form} | {r.RecallAt1:F3} | {r.RecallAt5:F3} | {r.RecallAt10:F3} | {r.MrrAt10:F3} | {r.NdcgAt10:F3} | {r.MedianMs:F2} | {r.P95Ms:F2} |");
            }
        }

        if (Targets.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("Targets (all 530 questions):");
            foreach (var line in Targets)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {line}");
            }
        }

        return md.ToString();
    }

    private static int QueryFormsOrder(string form) => QueryForms.All.ToList().IndexOf(form);

    private static string Line(string text, bool met) => $"{(met ? "MET" : "NOT MET")}: {text}";
}
