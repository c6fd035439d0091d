using System.Text;

namespace Atlas.Site.Model;

/// <summary>A BibTeX entry for a row, the same on its page and in atlas.bib.</summary>
public static class Bibtex
{
    public static string Key(ModelRow row) => $"{row.Id.Replace("-", "", StringComparison.Ordinal)}{row.Date.Year}";

    public static string Entry(ModelRow row)
    {
        var entry = new StringBuilder();
        var isArxivOnly = row.Venue is null || row.Venue.Contains("arXiv", StringComparison.OrdinalIgnoreCase);
        entry.Append(isArxivOnly ? "@article{" : "@inproceedings{").Append(Key(row)).Append(",\n");
        Field(entry, "title", row.Title);
        if (row.Authors.Count > 0) Field(entry, "author", string.Join(" and ", row.Authors));
        if (isArxivOnly) Field(entry, "journal", row.Arxiv is null ? "preprint" : $"arXiv preprint arXiv:{row.Arxiv}");
        else Field(entry, "booktitle", row.Venue!);
        Field(entry, "year", row.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (row.Arxiv is not null)
        {
            Field(entry, "eprint", row.Arxiv);
            Field(entry, "archivePrefix", "arXiv");
        }
        entry.Length -= 2;
        return entry.Append("\n}\n").ToString();
    }

    private static void Field(StringBuilder entry, string name, string value) =>
        entry.Append("  ").Append(name).Append(" = {").Append(value.Replace("{", "\\{", StringComparison.Ordinal).Replace("}", "\\}", StringComparison.Ordinal)).Append("},\n");
}
