using Atlas.Engine.Diagnostics;
using Atlas.Site.Diagnostics;
using Atlas.Site.Model;

namespace Atlas.Site.Checking;

/// <summary>A link that does not lead where it says, and why.</summary>
public sealed record BrokenLink(SiteLink Link, Severity Severity, DiagnosticCode Code, string Message);

/// <summary>
/// Resolves every link of a rendered site against the site's own files, as a browser would
/// with the site served under its base path: the file (or folder index) must exist, a
/// #fragment must name an element id of that page, and nothing may point outside the base path.
/// Links to other origins, and non-web schemes such as mailto:, are not followed.
/// </summary>
/// <param name="files">Every output path of the site, with what was read of it (<see cref="LinkedFile.Opaque"/> for images and scripts).</param>
/// <param name="basePath">"/" or "/repo/".</param>
/// <param name="origin">The published origin (https://user.github.io), so absolute links to the site itself are checked too; may be empty.</param>
public sealed class LinkChecker(IReadOnlyDictionary<string, LinkedFile> files, string basePath, string origin)
{
    private static readonly Uri Host = new("http://site.invalid");

    public IEnumerable<BrokenLink> Check() => files
        .OrderBy(f => f.Key, StringComparer.Ordinal)
        .SelectMany(f => f.Value.Links)
        .Select(Check)
        .OfType<BrokenLink>();

    /// <summary>Every link to another site (an absolute http or https URL off the site's origin), for <c>check --external</c>.</summary>
    public IEnumerable<SiteLink> OutsideLinks() => files
        .OrderBy(f => f.Key, StringComparer.Ordinal)
        .SelectMany(f => f.Value.Links)
        .Where(l => SafeUrl.IsWebUrl(l.Href) && !IsOnOrigin(l.Href));

    /// <summary>The page GitHub Pages (and the preview) serve at any missing URL, whatever its folder.</summary>
    public const string NotFoundPage = "404.html";

    public BrokenLink? Check(SiteLink link)
    {
        if (ToSiteUri(link) is not { } uri) return null;
        if (link.Page == NotFoundPage && !link.Href.StartsWith('/') && !link.Href.StartsWith('#') && !IsOnOrigin(link.Href))
            return new BrokenLink(link, Severity.Error, Codes.RelativeLinkOn404, $"link '{link.Href}' is relative, but {NotFoundPage} is served at whatever URL was missing: start it with the base path (relative_url)");
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var fragment = Uri.UnescapeDataString(uri.Fragment.TrimStart('#'));
        if (path + "/" == basePath)
            return new BrokenLink(link, Severity.Warning, Codes.LinkNeedsRedirect, $"link '{link.Href}' relies on a redirect to {basePath}; end it with '/'");
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
            return new BrokenLink(link, Severity.Error, Codes.LinkOutsideBasePath, $"link '{link.Href}' points outside the site's base path {basePath} (write it with relative_url, or relative to the page)");

        var sitePath = path[basePath.Length..];
        var target = sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
        if (!files.ContainsKey(target))
        {
            if (files.ContainsKey(sitePath + "/index.html"))
                return new BrokenLink(link, Severity.Warning, Codes.LinkNeedsRedirect, $"link '{link.Href}' relies on a redirect to {sitePath}/; end it with '/'");
            return new BrokenLink(link, Severity.Error, Codes.BrokenLink, $"{Noun(link.Kind)} '{link.Href}': nothing at {(sitePath.Length == 0 ? "/" : sitePath)}");
        }
        if (fragment.Length > 0 && LinkExtractor.HasIds(target) && !files[target].Ids.Contains(fragment))
            return new BrokenLink(link, Severity.Error, Codes.BrokenAnchor, $"broken anchor '{link.Href}': {(target == link.Page ? "this page" : target)} has no element with id '{fragment}'");
        return null;
    }

    private bool IsOnOrigin(string href) => origin.Length > 0
        && (href.StartsWith(origin + "/", StringComparison.OrdinalIgnoreCase) || href.Equals(origin, StringComparison.OrdinalIgnoreCase));

    private static string Noun(LinkKind kind) => kind switch
    {
        LinkKind.Image => "missing image",
        LinkKind.Asset => "missing asset",
        _ => "broken link",
    };

    /// <summary>The link resolved against its page on a stand-in host, or null when it leads off the site.</summary>
    private Uri? ToSiteUri(SiteLink link)
    {
        var href = link.Href;
        if (href == "#") return null;
        if (IsOnOrigin(href)) href = "/" + href[origin.Length..].TrimStart('/');
        if (href.StartsWith("//", StringComparison.Ordinal)) return null;
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme != Uri.UriSchemeFile) return null;
        if (!Uri.TryCreate(new Uri(Host, basePath + link.Page), href, out var resolved) || resolved.Host != Host.Host) return null;
        return resolved;
    }
}
