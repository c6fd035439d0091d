namespace Atlas.Site.Preview;

/// <summary>What a request target asks the server for.</summary>
public abstract record RequestTarget
{
    /// <summary>A path inside the site: decoded, forward slashes, no dot segments, never rooted; empty or ending in '/' for a folder.</summary>
    public sealed record SiteFile(string Path, string Query) : RequestTarget;

    /// <summary>The site's root without its trailing slash: answered by a redirect.</summary>
    public sealed record Redirect(string Location) : RequestTarget;

    /// <summary>Anything outside the base path, or written to escape it: answered with the 404 page.</summary>
    public sealed record Outside : RequestTarget;
}

/// <summary>
/// Reads a raw request target (as sent, before any server normalisation) into a path inside
/// the site, refusing every way out of the output folder: dot segments, encoded or not
/// (<c>..</c>, <c>%2e%2e</c>), encoded slashes and backslashes, double encoding (<c>%252e</c>),
/// empty segments that would make a path absolute, drive letters and control characters.
/// </summary>
public static class SitePath
{
    public static RequestTarget Parse(string rawTarget, string basePath)
    {
        var queryAt = rawTarget.IndexOf('?');
        var rawPath = queryAt < 0 ? rawTarget : rawTarget[..queryAt];
        var query = queryAt < 0 ? "" : rawTarget[queryAt..];
        if (basePath != "/" && (rawPath == "/" || rawPath + "/" == basePath)) return new RequestTarget.Redirect(basePath + query);
        if (!rawPath.StartsWith(basePath, StringComparison.Ordinal)) return new RequestTarget.Outside();

        var path = Uri.UnescapeDataString(rawPath[basePath.Length..]);
        if (path.Any(c => c is '%' or '\\' or ':' || char.IsControl(c))) return new RequestTarget.Outside();
        var segments = path.Split('/');
        var folders = segments[..^1];
        if (folders.Any(s => s is "" or "." or "..") || segments[^1] is "." or "..") return new RequestTarget.Outside();
        return new RequestTarget.SiteFile(path, query);
    }
}
