namespace MoitBot.Bench.Officials;

/// <summary>The precision–coverage curve of the tune and test splits as a PNG, the chosen threshold marked on each.</summary>
internal static class CurvePlot
{
    public static void Save(string path, IReadOnlyList<CaseResult> results, double threshold)
    {
        var plot = new ScottPlot.Plot();
        var colours = new[] { ScottPlot.Colors.SteelBlue, ScottPlot.Colors.DarkOrange };
        foreach (var (split, colour) in CaseForms.Splits.Zip(colours))
        {
            var cases = results.Where(r => r.Case.Split == split).ToList();
            if (cases.Count == 0)
            {
                continue;
            }

            var points = PrecisionCurve.Sweep(cases).Where(p => p.Confident > 0).ToList();
            var line = plot.Add.Scatter(points.Select(p => p.Coverage).ToArray(), points.Select(p => p.Precision).ToArray(), colour);
            line.LegendText = $"{split} ({cases.Count} questions)";
            var chosen = CurvePoint.Of(threshold, OutcomeSummary.Of(split, cases, threshold));
            var marker = plot.Add.Marker(chosen.Coverage, chosen.Precision, ScottPlot.MarkerShape.FilledDiamond, 14, colour);
            marker.LegendText = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{split} at threshold {threshold:0.00}");
        }

        plot.Title("Officials' words: precision against coverage (threshold 0 to 1)");
        plot.XLabel("coverage (share of questions answered confidently)");
        plot.YLabel("precision of confident answers");
        plot.Axes.SetLimits(0, 1, 0, 1.02);
        plot.ShowLegend(ScottPlot.Alignment.LowerLeft);
        plot.SavePng(path, 900, 600);
    }
}
