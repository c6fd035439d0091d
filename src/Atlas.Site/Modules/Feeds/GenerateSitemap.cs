using Atlas.Site.Diagnostics;
using Atlas.Site.Documents;
using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Config;
using Atlas.Site.Links;

namespace Atlas.Site.Modules.Feeds;

/// <summary>
/// sitemap.xml: every published HTML page once, by its absolute URL (site url + base path).
/// Without a url in site.yaml (or --url) the URLs cannot be absolute, which the build warns about.
/// </summary>
[Stage(Stage.Feeds)]
public sealed class GenerateSitemap : IModule
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        var settings = context.Service<BuildSettings>();
        if (settings.Site.Url.Length == 0)
            context.Diagnostics.Warning(Codes.SiteUrlMissing, settings.DisplayPath(Path.Combine(settings.InputDirectory, SiteConfig.FileName)), 1, 1,
                "no 'url' set (or --url given): sitemap.xml and feed.xml hold root-relative URLs, which crawlers and feed readers need absolute");
        var urls = Catalog.PublishedPages(context).Select(d => settings.AbsoluteUrl(d.Metadata.GetString(Keys.Url))).Distinct(StringComparer.Ordinal).ToList();
        return Task.FromResult(documents.Add(context.Reuse(nameof(GenerateSitemap), () => urls, () => Sitemap(urls))));
    }

    private static Document Sitemap(IEnumerable<string> urls)
    {
        var sitemap = XmlText.Write(xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var url in urls)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, url);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
        return Document.Generated("sitemap.xml", Metadata.Empty, sitemap);
    }
}
