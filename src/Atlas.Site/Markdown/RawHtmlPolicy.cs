using System.Text.RegularExpressions;
using Atlas.Site.Model;

namespace Atlas.Site.Markdown;

/// <summary>
/// Even where raw HTML is allowed, scripts, frames and event-handler attributes are not, and a
/// URL attribute must be a link the site would make itself. Browsers decode character
/// references before they read a URL (<c>jav&amp;#x09;ascript&amp;colon;</c> runs), so URL
/// attributes may hold no reference but <c>&amp;amp;</c>.
/// </summary>
public static partial class RawHtmlPolicy
{
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "background", "cite", "ping", "longdesc", "lowsrc", "dynsrc", "usemap",
    };

    public static string? Violation(string html)
    {
        if (ForbiddenTag().Match(html) is { Success: true } tag)
            return $"<{tag.Groups[1].Value.ToLowerInvariant()}> is not allowed in page content";
        if (EventAttribute().Match(html) is { Success: true } attribute)
            return $"event-handler attribute '{attribute.Groups[1].Value}' is not allowed in page content";
        foreach (Match match in Attribute().Matches(html))
        {
            var name = match.Groups["name"].Value;
            if (!UrlAttributes.Contains(name)) continue;
            var value = match.Groups["value"].Value;
            if (CharacterReference().IsMatch(value.Replace("&amp;", "", StringComparison.OrdinalIgnoreCase)))
                return $"character references (other than &amp;) are not allowed in the URL attribute '{name}'";
            var urls = name.Equals("srcset", StringComparison.OrdinalIgnoreCase)
                ? value.Split(',').Select(candidate => candidate.Trim().Split(' ')[0])
                : [value];
            if (urls.Select(u => u.Replace("&amp;", "&", StringComparison.OrdinalIgnoreCase)).FirstOrDefault(u => !SafeUrl.IsSafeLink(u)) is { } unsafeUrl)
                return $"unsafe URL '{unsafeUrl}' in '{name}': only http, https, mailto and site paths are linked";
        }
        return null;
    }

    [GeneratedRegex(@"<\s*(script|iframe|frame|frameset|object|embed|applet|style|base|form|meta|link|animate|animatemotion|animatetransform|set|portal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForbiddenTag();

    [GeneratedRegex(@"[\s/""']((?i:on)[a-zA-Z]+)\s*=", RegexOptions.None)]
    private static partial Regex EventAttribute();

    [GeneratedRegex(@"(?<name>[^\s""'<>/=]+)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""'=<>`]+))")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"&[#a-zA-Z]")]
    private static partial Regex CharacterReference();
}
