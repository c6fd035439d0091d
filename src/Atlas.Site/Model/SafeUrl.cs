namespace Atlas.Site.Model;

/// <summary>Which URLs the site is willing to link: absolute http(s), or site-internal paths and anchors.</summary>
public static class SafeUrl
{
    public static bool IsWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host);

    /// <summary>True for links the site may emit: web URLs, mailto, and relative or root-relative paths without a scheme or host.</summary>
    public static bool IsSafeLink(string value)
    {
        // Browsers read a backslash in a web URL as a slash: /\host and \\host are //host.
        var trimmed = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).Select(c => c == '\\' ? '/' : c).ToArray());
        if (trimmed.Length == 0 || trimmed.StartsWith('#') || trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal)) return true;
        var colon = trimmed.IndexOf(':');
        var firstDelimiter = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        if (!hasScheme) return !trimmed.StartsWith("//", StringComparison.Ordinal);
        return IsWebUrl(value.Trim()) || trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }
}
