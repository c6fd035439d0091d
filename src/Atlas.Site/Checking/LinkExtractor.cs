using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Atlas.Site.Checking;

public enum LinkKind { Link, Image, Asset }

/// <summary>
/// A reference written in a rendered file (<paramref name="Page"/>, its output path) to another
/// place; <paramref name="Element"/> is the tag that holds it (a, img, link, loc ...).
/// </summary>
public sealed record SiteLink(string Page, string Href, LinkKind Kind, string Element);

/// <summary>What the link check needs of one file of the site: the ids it defines (#anchors) and the links it makes.</summary>
public sealed record LinkedFile(IReadOnlySet<string> Ids, IReadOnlyList<SiteLink> Links)
{
    public static readonly LinkedFile Opaque = new(new HashSet<string>(), []);
}

/// <summary>
/// Reads the links out of a rendered file: HTML (every attribute that fetches or navigates,
/// inline SVG included), CSS <c>url(...)</c>, and XML: SVG files, sitemaps and Atom feeds.
/// </summary>
public static partial class LinkExtractor
{
    public static LinkedFile Read(string page, string text) => Path.GetExtension(page).ToLowerInvariant() switch
    {
        ".html" or ".htm" => Html(page, text),
        ".css" => Css(page, text),
        ".xml" or ".svg" => Xml(page, text),
        _ => LinkedFile.Opaque,
    };

    /// <summary>Whether a #fragment of a file of this name names an element id (not a PDF page or a media time).</summary>
    public static bool HasIds(string page) => Path.GetExtension(page).ToLowerInvariant() is ".html" or ".htm" or ".svg";

    /// <summary>Whether <see cref="Read"/> looks inside a file of this name.</summary>
    public static bool Reads(string page) => Path.GetExtension(page).ToLowerInvariant() is ".html" or ".htm" or ".css" or ".xml" or ".svg";

    public static LinkedFile Html(string page, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<SiteLink>();
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id) ids.Add(id);
            if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name) ids.Add(name);
            foreach (var attribute in element.Attributes)
            {
                if (KindOf(element, attribute) is not { } kind) continue;
                var values = attribute.LocalName == "srcset" ? SrcsetUrls(attribute.Value) : [attribute.Value];
                links.AddRange(values.Where(v => v.Trim().Length > 0).Select(v => new SiteLink(page, v.Trim(), kind, element.LocalName)));
            }
        }
        return new LinkedFile(ids, links);
    }

    /// <summary>The kind of place an attribute points at, or null when it is not a URL the browser follows or fetches.</summary>
    private static LinkKind? KindOf(IElement element, IAttr attribute) => (element.LocalName, attribute.LocalName) switch
    {
        ("a" or "area" or "iframe", "href" or "src") => LinkKind.Link,
        ("form", "action") => LinkKind.Link,
        ("img" or "image", "src" or "srcset" or "href") => LinkKind.Image,
        ("video", "poster") => LinkKind.Image,
        ("link", "href") when Rels(element).Any(r => r is "preconnect" or "dns-prefetch") => null,
        ("link", "href") when Rels(element).Any(r => r is "stylesheet" or "icon" or "preload" or "modulepreload" or "manifest" or "apple-touch-icon") => LinkKind.Asset,
        ("link", "href") => LinkKind.Link,
        ("script" or "source" or "track" or "video" or "audio" or "embed" or "input", "src" or "srcset") => LinkKind.Asset,
        ("object", "data") => LinkKind.Asset,
        ("use", "href") => LinkKind.Asset,
        ("meta", "content") when element.GetAttribute("property") is "og:url" => LinkKind.Link,
        ("meta", "content") when element.GetAttribute("property") is "og:image" => LinkKind.Image,
        _ => null,
    };

    /// <summary>A &lt;link&gt;'s relations: stylesheets and icons are fetched, preconnect names an origin, not a file.</summary>
    private static IEnumerable<string> Rels(IElement element) =>
        (element.GetAttribute("rel") ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.Split(' ')[0]);

    /// <summary>A stylesheet's url(...); url(#id) names an element of whichever page uses the stylesheet, so it is not followed.</summary>
    public static LinkedFile Css(string page, string css) => new(
        new HashSet<string>(),
        CssUrl().Matches(css).Select(m => m.Groups[2].Value.Trim()).Where(u => u.Length > 0 && u[0] != '#').Select(u => new SiteLink(page, u, LinkKind.Asset, "url")).ToList());

    /// <summary>A sitemap's &lt;loc&gt;, an Atom feed's &lt;link href&gt;, &lt;icon&gt; and &lt;logo&gt;, an SVG's &lt;a&gt;, &lt;image&gt; and &lt;use&gt;.</summary>
    public static LinkedFile Xml(string page, string xml)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return LinkedFile.Opaque;
        }
        var elements = document.Descendants().ToList();
        var links = elements
            .Select(e => (Element: e.Name.LocalName, Url: e.Name.LocalName switch
            {
                "loc" or "icon" or "logo" => e.Value.Trim(),
                "link" or "a" or "image" or "use" => e.Attributes().FirstOrDefault(a => a.Name.LocalName == "href")?.Value.Trim() ?? "",
                _ => "",
            }))
            .Where(l => l.Url.Length > 0)
            .Select(l => new SiteLink(page, l.Url, l.Element is "image" ? LinkKind.Image : l.Element is "use" ? LinkKind.Asset : LinkKind.Link, l.Element))
            .ToList();
        return new LinkedFile(elements.Select(e => e.Attribute("id")?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal), links);
    }

    [GeneratedRegex(@"url\(\s*(['""]?)([^'""\)]+)\1\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();
}
