namespace Atlas.Site.Figures.Drawing;

/// <summary>
/// A time axis in whole years: from 1 January of the first date's year to 1 January after the
/// last date's year, so every year gets a full band and the dates fall inside.
/// </summary>
public sealed record YearAxis(int FirstYear, int EndYear)
{
    public static YearAxis Spanning(IEnumerable<DateOnly> dates)
    {
        var years = dates.Select(d => d.Year).DefaultIfEmpty(DateTime.UnixEpoch.Year).ToList();
        return new YearAxis(years.Min(), years.Max() + 1);
    }

    public int YearCount => EndYear - FirstYear;

    public IEnumerable<int> Years => Enumerable.Range(FirstYear, YearCount);

    /// <summary>Years (with their fraction) since the start of the axis: 0 at its start, <see cref="YearCount"/> at its end.</summary>
    public double Offset(DateOnly date)
    {
        var startOfYear = new DateOnly(date.Year, 1, 1);
        var daysInYear = DateTime.IsLeapYear(date.Year) ? 366.0 : 365.0;
        return date.Year - FirstYear + (date.DayNumber - startOfYear.DayNumber) / daysInYear;
    }

    /// <summary>The scale that puts the start of the axis at <paramref name="left"/> and its end at <paramref name="right"/>.</summary>
    public LinearScale Scale(double left, double right) => new(0, YearCount, left, right);
}
