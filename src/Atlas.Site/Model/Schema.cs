using System.Globalization;
using System.Text.RegularExpressions;

namespace Atlas.Site.Model;

/// <summary>The shapes of values every input shares: slugs, arXiv ids, dates. The vocabulary itself is data (input/data/).</summary>
public static partial class Schema
{
    public static bool IsSlug(string id) => id.Length is > 0 and <= 64
        && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
        && id[0] != '-' && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal);

    /// <summary>A new-style ("2107.07651") or old-style ("cs.CV/0102003") arXiv id.</summary>
    public static bool IsArxivId(string value) => ArxivRegex().IsMatch(value);

    /// <summary>An arXiv category as its API and BibTeX export write it: cs.CV, stat.ML, hep-th, physics.comp-ph.</summary>
    public static bool IsArxivCategory(string value) => ArxivCategoryRegex().IsMatch(value);

    /// <summary>A real calendar date written YYYY-MM-DD (no time, no other format).</summary>
    public static bool TryParseDate(string value, out DateOnly date)
    {
        date = default;
        return DateRegex().IsMatch(value) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"^[a-z]+(-[a-z]+)?(\.[A-Za-z]+(-[a-z]+)?)?$")]
    private static partial Regex ArxivCategoryRegex();

    [GeneratedRegex(@"^(\d{4}\.\d{4,5}|[a-z\-]+(\.[A-Z]{2})?/\d{7})$")]
    private static partial Regex ArxivRegex();
}
