using System.Text;

namespace Atlas.Site.Model;

/// <summary>A BibTeX entry for a row, the same on its page and in atlas.bib.</summary>
public static class Bibtex
{
    public static string Key(ModelRow row) => $"{row.Id.Replace("-", "", StringComparison.Ordinal)}{row.Date.Year}";

    /// <summary>
    /// A paper with a venue is @inproceedings; one known only from arXiv is @misc with eprint,
    /// archivePrefix, primaryClass and url, as arXiv's own BibTeX export writes it.
    /// </summary>
    public static string Entry(ModelRow row)
    {
        var entry = new StringBuilder();
        var venueUnknown = row.Venue is null || row.Venue.Contains("arXiv", StringComparison.OrdinalIgnoreCase);
        entry.Append(venueUnknown ? "@misc{" : "@inproceedings{").Append(Key(row)).Append(",\n");
        Field(entry, "title", row.Title);
        if (row.Authors.Count > 0) Field(entry, "author", string.Join(" and ", row.Authors));
        if (!venueUnknown) Field(entry, "booktitle", row.Venue!);
        Field(entry, "year", row.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (row.Arxiv is not null)
        {
            Field(entry, "eprint", row.Arxiv);
            Field(entry, "archivePrefix", "arXiv");
            if (row.PrimaryClass is not null) Field(entry, "primaryClass", row.PrimaryClass);
            if (venueUnknown) Field(entry, "url", row.ArxivUrl!);
        }
        entry.Length -= 2;
        return entry.Append("\n}\n").ToString();
    }

    /// <summary>True when every '{' is closed by a later '}': the only values a braced BibTeX field can hold (a backslash escapes nothing there).</summary>
    public static bool HasBalancedBraces(string value)
    {
        var depth = 0;
        foreach (var c in value)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) return false;
        }
        return depth == 0;
    }

    /// <summary>A field in braces; the reader refused values whose braces do not balance, so they are written as they are.</summary>
    private static void Field(StringBuilder entry, string name, string value) =>
        entry.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
}
