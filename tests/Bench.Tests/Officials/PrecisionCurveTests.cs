using MoitBot.Bench.Officials;

namespace MoitBot.Bench.Tests.Officials;

public sealed class PrecisionCurveTests
{
    [Fact]
    public void Sweep_RisingThreshold_CoverageNeverRises()
    {
        CaseResult[] results = [Cases.Answered("a", 0.9), Cases.Answered("b", 0.45, answered: "x"), Cases.OffBank("c", 0.62), Cases.Answered("d", 0.2)];

        var points = PrecisionCurve.Sweep(results);

        Assert.Equal(101, points.Count);
        Assert.Equal((1.0, 0.5), (points[0].Coverage, points[0].Precision));
        Assert.All(points.Zip(points.Skip(1)), p => Assert.True(p.Second.Coverage <= p.First.Coverage));
        Assert.Equal((0.25, 1.0), (points[70].Coverage, points[70].Precision));
    }

    [Fact]
    public void Fit_WrongAnswersBelowRightOnes_LowestThresholdAboveEveryWrongAnswer()
    {
        // The wrong answers sit at 0.62 and 0.45 (one of 31 is above 2%); 30 right answers from 0.63 up and one at 0.3.
        var results = Enumerable.Range(0, 30).Select(i => Cases.Answered($"r{i}", 0.63 + (i * 0.012)))
            .Append(Cases.Answered("low", 0.3))
            .Append(Cases.OffBank("n", 0.62))
            .Append(Cases.Answered("w", 0.45, answered: "x"))
            .ToList();

        Assert.Equal(0.63, PrecisionCurve.Fit(results));
    }

    [Fact]
    public void Fit_OneWrongAmongManyRight_AllowedUpToTwoPercent()
    {
        // One wrong of 60 confident answers is 1.7% <= 2%: the threshold can stay at 0.
        var results = Enumerable.Range(0, 59).Select(i => Cases.Answered($"r{i}", 0.8)).Append(Cases.OffBank("n", 0.5)).ToList();

        Assert.Equal(0.0, PrecisionCurve.Fit(results));
        Assert.Equal(0.51, PrecisionCurve.Fit(results, maxWrongShare: 0));
    }

    [Fact]
    public void Fit_WrongAnswerAtFullConfidence_NoThreshold() =>
        Assert.Null(PrecisionCurve.Fit([Cases.Answered("a", 0.9), Cases.OffBank("n", 1.0)]));

    [Fact]
    public void Save_Results_WritesAPng()
    {
        var path = Path.Combine(Path.GetTempPath(), $"moitbot-curve-{Guid.NewGuid():N}.png");
        try
        {
            CurvePlot.Save(path, [Cases.Answered("a", 0.9), Cases.OffBank("b", 0.4), Cases.Answered("c", 0.7, split: CaseForms.Test)], 0.55);

            var header = File.ReadAllBytes(path).Take(8).ToArray();
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, header);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
