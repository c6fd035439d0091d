using Atlas.Site.Figures.Drawing;

namespace Atlas.Site.Figures.Timeline;

/// <summary>
/// A time axis whose years are as wide as their models need: each year gets a minimum width
/// plus a share per model dated in it, so the sparse early years take little room and the
/// crowded ones spread out. Within a year, time runs linearly, so date order is kept.
/// </summary>
public sealed class DensityYearScale
{
    private readonly double[] _starts;
    private readonly double[] _widths;

    private DensityYearScale(double[] starts, double[] widths) => (_starts, _widths) = (starts, widths);

    public static DensityYearScale Of(YearAxis axis, IEnumerable<DateOnly> dates, double left, double minYearWidth, double perModel)
    {
        var counts = dates.GroupBy(d => d.Year).ToDictionary(g => g.Key, g => g.Count());
        var widths = axis.Years.Select(year => minYearWidth + perModel * counts.GetValueOrDefault(year)).ToArray();
        var starts = new double[widths.Length + 1];
        starts[0] = left;
        for (var i = 0; i < widths.Length; i++) starts[i + 1] = starts[i] + widths[i];
        return new DensityYearScale(starts, widths);
    }

    /// <summary>The x of an axis offset (<see cref="YearAxis.Offset"/>): 0 is the start of the first year, the year count the end of the last.</summary>
    public double Map(double offset)
    {
        if (_widths.Length == 0) return _starts[0];
        var year = Math.Clamp((int)Math.Floor(offset), 0, _widths.Length - 1);
        return _starts[year] + (offset - year) * _widths[year];
    }
}
