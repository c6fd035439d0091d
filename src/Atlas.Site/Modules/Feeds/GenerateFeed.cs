using Atlas.Site.Config;
using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Links;
using Atlas.Site.Model;

namespace Atlas.Site.Modules.Feeds;

/// <summary>
/// feed.xml: an Atom feed with one entry per model, newest first. Every date is a model's
/// publication date (the feed's <c>updated</c> is the newest), never the time of the build,
/// so the same input gives the same feed. Written again only when the catalog changes.
/// </summary>
[Stage(Stage.Feeds)]
public sealed class GenerateFeed : IModule
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context) =>
        Task.FromResult(documents.Add(context.Reuse(nameof(GenerateFeed), () => Catalog.Of(context), () => Generate(context))));

    private static Document Generate(IExecutionContext context)
    {
        var settings = context.Service<BuildSettings>();
        var catalog = Catalog.Of(context);
        var rows = catalog.Models.Rows.OrderByDescending(r => r.Date).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var home = settings.AbsoluteUrl("");
        var feed = XmlText.Write(xml =>
        {
            xml.WriteStartElement("feed", Namespace);
            xml.WriteElementString("title", Namespace, $"{settings.Site.Title}: models by date");
            if (settings.Site.Description.Length > 0) xml.WriteElementString("subtitle", Namespace, settings.Site.Description);
            Link(xml, "self", "application/atom+xml", settings.AbsoluteUrl("feed.xml"));
            Link(xml, "alternate", "text/html", home);
            xml.WriteElementString("id", Namespace, home);
            xml.WriteElementString("updated", Namespace, Timestamp(rows.Count > 0 ? rows[0].Date : DateOnly.MinValue));
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, settings.Site.Author.Length > 0 ? settings.Site.Author : settings.Site.Title);
            xml.WriteEndElement();
            foreach (var row in rows) Entry(xml, row, settings.AbsoluteUrl(row.Url), catalog.ModelPage(row.Id)?.Summary ?? "");
            xml.WriteEndElement();
        });
        return Document.Generated("feed.xml", Metadata.Empty, feed);
    }

    private static void Entry(XmlWriter xml, ModelRow row, string url, string summary)
    {
        xml.WriteStartElement("entry", Namespace);
        xml.WriteElementString("title", Namespace, row.Title.StartsWith(row.Name, StringComparison.Ordinal) ? row.Title : $"{row.Name}: {row.Title}");
        Link(xml, "alternate", "text/html", url);
        xml.WriteElementString("id", Namespace, url);
        xml.WriteElementString("published", Namespace, Timestamp(row.Date));
        xml.WriteElementString("updated", Namespace, Timestamp(row.Date));
        if (summary.Length > 0) xml.WriteElementString("summary", Namespace, summary);
        xml.WriteStartElement("category", Namespace);
        xml.WriteAttributeString("term", row.Family.Id);
        xml.WriteAttributeString("label", row.Family.Name);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture);
}
