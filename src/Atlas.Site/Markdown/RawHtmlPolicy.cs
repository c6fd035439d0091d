using System.Text.RegularExpressions;

namespace Atlas.Site.Markdown;

/// <summary>Even where raw HTML is allowed, scripts, frames and event-handler attributes are not.</summary>
public static partial class RawHtmlPolicy
{
    public static string? Violation(string html)
    {
        if (ForbiddenTag().Match(html) is { Success: true } tag)
            return $"<{tag.Groups[1].Value.ToLowerInvariant()}> is not allowed in page content";
        if (EventAttribute().Match(html) is { Success: true } attribute)
            return $"event-handler attribute '{attribute.Groups[1].Value}' is not allowed in page content";
        if (ScriptUrl().IsMatch(html))
            return "javascript: or data: URLs are not allowed in page content";
        return null;
    }

    [GeneratedRegex(@"<\s*(script|iframe|object|embed|style|base|form|meta|link)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForbiddenTag();

    [GeneratedRegex(@"[\s/""']((?i:on)[a-zA-Z]+)\s*=", RegexOptions.None)]
    private static partial Regex EventAttribute();

    [GeneratedRegex(@"(?i)(href|src|action|formaction|xlink:href)\s*=\s*[""']?\s*(javascript|data|vbscript):")]
    private static partial Regex ScriptUrl();
}
