using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Atlas.Site.Markdown;

/// <summary>
/// Root-relative links and images (<c>/models/clip/</c>) get the site's base path, so a page's own
/// links work when the site is served under a sub-path; <c>//host</c> links are left alone.
/// </summary>
public static class BasePathLinks
{
    /// <param name="url">The site's URL of a site path (<c>BuildSettings.Url</c>).</param>
    public static void Apply(MarkdownDocument ast, Func<string, string> url)
    {
        foreach (var link in ast.Descendants<LinkInline>())
        {
            if (link.Url is { } path && path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal)) link.Url = url(path);
        }
    }
}
