using System.Text;
using Microsoft.AspNetCore.StaticFiles;

namespace Atlas.Site.Preview;

/// <summary>An answer to a GET: status, content type, body, and where to go for a redirect.</summary>
public sealed record SiteResponse(int Status, string ContentType, byte[] Body, string? Location = null)
{
    public bool IsHtml => ContentType.StartsWith("text/html", StringComparison.Ordinal);
}

/// <summary>
/// Answers requests from the output folder and nothing else: pretty URLs (a folder answers
/// with its index.html; a folder named without its trailing slash redirects to it), the
/// content type of the file's extension, and 404.html with status 404 for anything missing.
/// Files are read whole while <paramref name="gate"/> is held for reading, so a rebuild
/// swapping the output folder never serves a half-gone site.
/// </summary>
public sealed class SiteFiles(string root, string basePath, ReaderWriterLockSlim? gate = null)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    private readonly string _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);

    private volatile string _basePath = basePath;

    /// <summary>The path the site is served under; preview changes it when site.yaml's base_path changes.</summary>
    public string BasePath
    {
        get => _basePath;
        set => _basePath = value;
    }

    public SiteResponse Get(string rawTarget)
    {
        gate?.EnterReadLock();
        try
        {
            return SitePath.Parse(rawTarget, _basePath) switch
            {
                RequestTarget.Redirect redirect => Redirect(redirect.Location),
                RequestTarget.SiteFile file => Serve(file),
                _ => NotFound(),
            };
        }
        finally
        {
            gate?.ExitReadLock();
        }
    }

    private SiteResponse Serve(RequestTarget.SiteFile request)
    {
        var full = Path.GetFullPath(Path.Combine(_root, request.Path));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return NotFound();
        if (request.Path.Length == 0 || request.Path.EndsWith('/')) full = Path.Combine(full, "index.html");
        if (File.Exists(full)) return new SiteResponse(200, ContentTypeOf(full), File.ReadAllBytes(full));
        if (Directory.Exists(full)) return Redirect(_basePath + Uri.EscapeDataString(request.Path).Replace("%2F", "/", StringComparison.Ordinal) + "/" + request.Query);
        return NotFound();
    }

    private SiteResponse NotFound()
    {
        var page = Path.Combine(_root, "404.html");
        return File.Exists(page)
            ? new SiteResponse(404, ContentTypeOf(page), File.ReadAllBytes(page))
            : new SiteResponse(404, "text/html; charset=utf-8", Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<title>Not found</title>\n<body><h1>404 Not Found</h1></body>\n"));
    }

    private static SiteResponse Redirect(string location) => new(301, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"Moved to {location}\n"), location);

    private static string ContentTypeOf(string path)
    {
        if (!ContentTypes.TryGetContentType(path, out var type)) return "application/octet-stream";
        var isText = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "application/xml" or "application/atom+xml" or "image/svg+xml";
        return isText ? type + "; charset=utf-8" : type;
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".bib"] = "text/plain";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        return provider;
    }
}
