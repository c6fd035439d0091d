using Atlas.Site.Yaml;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Atlas.Site.Model;

namespace Atlas.Site.Authoring.Arxiv;

/// <summary>
/// Reads the Atom feed arXiv's query API answers an <c>id_list</c> look-up with. The feed comes
/// from the network, so it is read with System.Xml with DTDs refused, and every text taken from
/// it must be one plain line without characters pages cannot carry.
/// </summary>
public static partial class ArxivFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace ArxivSchema = "http://arxiv.org/schemas/atom";

    public static ArxivAnswer Parse(string xml, string id)
    {
        XDocument feed;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 4_000_000 };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            feed = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            return Unreadable($"it is not well-formed XML ({ex.Message})");
        }
        if (feed.Root?.Name != Atom + "feed") return Unreadable("it is not an Atom feed");

        var entries = feed.Root.Elements(Atom + "entry").ToList();
        if (entries.FirstOrDefault(e => Text(e, "id").Contains("/api/errors", StringComparison.Ordinal)) is { } error)
            return ArxivAnswer.Failed($"arXiv refused the id {id}: {OneLine(Text(error, "summary"))}");
        if (entries.FirstOrDefault(e => IsEntryOf(Text(e, "id"), id)) is not { } entry)
            return ArxivAnswer.Failed($"arXiv has no paper {id}; check the id on {ModelRow.AbsUrl(id)}");

        var title = OneLine(Text(entry, "title"));
        var authors = entry.Elements(Atom + "author").Select(a => OneLine(a.Element(Atom + "name")?.Value ?? "")).Where(a => a.Length > 0).ToList();
        var primary = entry.Element(ArxivSchema + "primary_category")?.Attribute("term")?.Value.Trim();
        if (title.Length == 0) return Unreadable("the paper's entry has no title");
        if (!DateTimeOffset.TryParse(Text(entry, "published"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published))
            return Unreadable("the paper's entry has no readable 'published' date");
        if (primary is not null && !Schema.IsArxivCategory(primary)) return Unreadable($"the primary category '{primary}' is not an arXiv category");
        foreach (var text in authors.Prepend(title))
        {
            if (ForbiddenCharacters.IndexIn(text) is var at and >= 0) return Unreadable($"'{text[..at]}' is followed by {ForbiddenCharacters.Describe(text, at)}");
            if (text.Length > 1000) return Unreadable("a title or author name is longer than 1000 characters");
        }
        return ArxivAnswer.Found(new ArxivPaper(id, title, authors, DateOnly.FromDateTime(published.UtcDateTime), primary));
    }

    private static ArxivAnswer Unreadable(string why) => ArxivAnswer.Failed($"arXiv's answer could not be read: {why}");

    private static string Text(XElement entry, string name) => entry.Element(Atom + name)?.Value ?? "";

    /// <summary>Titles and names come wrapped over lines and indented; the row wants them on one line.</summary>
    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>
    /// Whether an entry's id (http://arxiv.org/abs/2303.15343v4) is the requested paper's, in any
    /// version. Old-style ids lose their subject class there: math.GT/0309136 is abs/math/0309136v1.
    /// </summary>
    private static bool IsEntryOf(string entryId, string id)
    {
        var abs = entryId.Trim().LastIndexOf("/abs/", StringComparison.Ordinal);
        if (abs < 0) return false;
        var versioned = entryId.Trim()[(abs + "/abs/".Length)..];
        var unversioned = Version().Replace(versioned, "");
        return unversioned == id || unversioned == SubjectClass().Replace(id, "");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"v\d+$")]
    private static partial Regex Version();

    [GeneratedRegex(@"\.[A-Z]{2}(?=/)")]
    private static partial Regex SubjectClass();
}
