using Atlas.Site.Model;
using Ganss.Xss;

namespace Atlas.Site.Markdown;

/// <summary>
/// Raw HTML an author writes (allowed only with <c>allow_raw_html: true</c>) goes through
/// HtmlSanitizer with an allow-list; everything the sanitizer would remove is a problem to report,
/// so the page keeps exactly what its author wrote or does not build. Each fragment is parsed as a
/// fragment, the way the browser will read it, so a character reference in a URL is decoded before
/// the URL is judged. Links must be ones the site would make itself (<see cref="SafeUrl"/>), which
/// also refuses <c>/\host</c> and <c>\\host</c>, read by browsers as <c>//host</c>.
/// </summary>
public static class RawHtmlSanitizer
{
    private static readonly string[] Tags =
    [
        "a", "abbr", "b", "blockquote", "br", "button", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
        "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
        "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table",
        "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    ];

    /// <summary>No <c>class</c> or <c>id</c>: they would let content borrow the theme's styles or take the layout's anchors.</summary>
    private static readonly string[] Attributes =
    [
        "href", "src", "alt", "title", "width", "height", "lang", "dir", "colspan", "rowspan", "scope", "headers", "abbr",
        "start", "reversed", "type", "datetime", "cite", "open", "span", "style",
    ];

    /// <summary>Text styling only: nothing that positions or sizes a box, so content cannot cover the page.</summary>
    private static readonly string[] CssProperties =
    [
        "color", "background-color", "font-style", "font-weight", "text-align", "text-decoration", "vertical-align",
    ];

    /// <summary>The problems in one fragment of raw HTML, in the order the sanitizer meets them; empty if it is kept as written.</summary>
    public static List<string> Problems(string html)
    {
        var problems = new List<string>();
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        sanitizer.AllowedTags.UnionWith(Tags);
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.UnionWith(Attributes);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedCssProperties.UnionWith(CssProperties);
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowDataAttributes = false;
        sanitizer.FilterUrl += (_, e) =>
        {
            if (!SafeUrl.IsSafeLink(e.OriginalUrl)) e.SanitizedUrl = null;
        };
        sanitizer.RemovingTag += (_, e) => problems.Add($"<{e.Tag.LocalName}> is not allowed in page content");
        sanitizer.RemovingAttribute += (_, e) => problems.Add(e switch
        {
            { Reason: RemoveReason.NotAllowedUrlValue } =>
                $"unsafe URL '{Shown(e.Attribute.Value)}' in '{e.Attribute.Name}': only http, https, mailto and site paths are linked",
            _ when e.Attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) =>
                $"event-handler attribute '{e.Attribute.Name}' is not allowed in page content",
            _ => $"attribute '{e.Attribute.Name}' is not allowed on <{e.Tag.LocalName}> in page content",
        });
        sanitizer.RemovingStyle += (_, e) =>
            problems.Add($"style '{e.Style.Name}: {Shown(e.Style.Value)}' is not allowed in page content (only {string.Join(", ", CssProperties)})");
        sanitizer.RemovingAtRule += (_, e) => problems.Add($"CSS rule '{Shown(e.Rule.CssText)}' is not allowed in page content");
        sanitizer.RemovingComment += (_, _) =>
            problems.Add("HTML comments are not allowed in page content (an unclosed <!-- hides the rest of the page)");
        sanitizer.RemovingCssClass += (_, e) => problems.Add($"class '{e.CssClass}' is not allowed in page content");
        sanitizer.Sanitize(html);
        return problems;
    }

    /// <summary>A value as a diagnostic line can show it: controls spelled out, long values cut.</summary>
    private static string Shown(string value)
    {
        var visible = string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
        return visible.Length > 60 ? visible[..60] + "…" : visible;
    }
}
