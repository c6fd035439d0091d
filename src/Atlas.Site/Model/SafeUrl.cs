namespace Atlas.Site.Model;

/// <summary>Which URLs the site is willing to link: absolute http(s), or site-internal paths and anchors.</summary>
public static class SafeUrl
{
    public static bool IsWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host);

    /// <summary>True for links the site may emit: web URLs, mailto, and relative or root-relative paths without a scheme.</summary>
    public static bool IsSafeLink(string value)
    {
        var trimmed = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        if (trimmed.Length == 0 || trimmed.StartsWith('#') || trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal)) return true;
        var colon = trimmed.IndexOf(':');
        var firstDelimiter = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        if (!hasScheme) return !trimmed.StartsWith("//", StringComparison.Ordinal);
        return IsWebUrl(value.Trim()) || trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }
}
