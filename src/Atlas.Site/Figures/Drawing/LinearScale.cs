namespace Atlas.Site.Figures.Drawing;

/// <summary>Maps a domain interval linearly onto a range of SVG coordinates (the range may run backwards, as a y axis does).</summary>
public sealed record LinearScale(double DomainMin, double DomainMax, double RangeMin, double RangeMax)
{
    public double Map(double value) => DomainMax == DomainMin
        ? (RangeMin + RangeMax) / 2
        : RangeMin + (value - DomainMin) / (DomainMax - DomainMin) * (RangeMax - RangeMin);
}

/// <summary>Round tick values for a value axis: steps of 1, 2 or 5 times a power of ten.</summary>
public sealed record NiceTicks(double Min, double Max, double Step)
{
    /// <summary>
    /// About <paramref name="target"/> ticks whose first and last enclose every value, with a
    /// little room around them, not above <paramref name="ceiling"/> (100 for a percentage) unless a value is.
    /// </summary>
    public static NiceTicks Enclosing(IReadOnlyCollection<double> values, int target = 5, double ceiling = double.PositiveInfinity)
    {
        var low = values.Min();
        var high = values.Max();
        // Equal values still get an axis around them, a few percent of their size each way.
        var pad = high > low ? (high - low) * 0.08 : Math.Max(Math.Abs(high) * 0.05, 1);
        low -= pad;
        high = Math.Min(high + pad, Math.Max(ceiling, high));
        var step = StepNear((high - low) / target);
        return new NiceTicks(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }

    public IReadOnlyList<double> Values
    {
        get
        {
            var count = (int)Math.Round((Max - Min) / Step);
            var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(Step)));
            return Enumerable.Range(0, count + 1).Select(i => Math.Round(Min + i * Step, decimals)).ToList();
        }
    }

    private static double StepNear(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        return power * (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10);
    }
}
