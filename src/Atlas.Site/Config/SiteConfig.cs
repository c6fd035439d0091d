using Atlas.Site.Diagnostics;
using System.Text.RegularExpressions;
using Atlas.Engine.Diagnostics;
using Atlas.Site.Model;
using Atlas.Site.Yaml;

namespace Atlas.Site.Config;

/// <summary>input/site.yaml: what the site is called and where it is published.</summary>
public sealed partial record SiteConfig
{
    public string Title { get; init; } = "Model Atlas";
    public string Description { get; init; } = "";
    public string Author { get; init; } = "";
    public string Repository { get; init; } = "";

    /// <summary>The branch "Edit this page" opens a page's file on.</summary>
    public string EditBranch { get; init; } = "main";

    /// <summary>Absolute origin of the published site, e.g. https://user.github.io (no path); used for canonical URLs and the feed.</summary>
    public string Url { get; init; } = "";

    /// <summary>Path the site is served under, always with a leading and a trailing slash ("/" or "/repo/").</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>Raw HTML in Markdown passes through only when this is true.</summary>
    public bool AllowRawHtml { get; init; }

    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    public const string FileName = "site.yaml";

    public static string NormalizeBasePath(string? value)
    {
        var trimmed = (value ?? "").Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    /// <summary>Reads site.yaml from the input folder; a missing file gives the defaults.</summary>
    public static SiteConfig Load(string inputDirectory, Func<string, string> displayPathOf, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDirectory, FileName);
        if (!File.Exists(path)) return new SiteConfig();
        var displayPath = displayPathOf(path);
        var root = YamlReader.Read(File.ReadAllText(path), displayPath, diagnostics);
        if (root is null) return new SiteConfig();
        if (root is not YamlMapping map)
        {
            diagnostics.Error(Codes.SiteNotMapping, displayPath, root.Position.Line, root.Position.Column, "site.yaml must be a mapping of settings");
            return new SiteConfig();
        }
        string Text(string key) => map[key] is YamlScalar { IsNull: false } s ? s.Value : "";
        // Settings end up in every page's links: a value that is not what its key promises is refused.
        string Checked(string key, Func<string, string?> problem)
        {
            var value = Text(key);
            if (value.Length == 0 || problem(value) is not { } refused) return value;
            var at = map[key]!.Position;
            diagnostics.Error(Codes.SiteSettingInvalid, displayPath, at.Line, at.Column, $"'{key}' {refused}, got '{value}'");
            return "";
        }
        if (map["allow_raw_html"] is { } allow and not YamlScalar { Quoted: false, Value: "true" or "false" })
            diagnostics.Error(Codes.SiteRawHtmlNotBool, displayPath, allow.Position.Line, allow.Position.Column, "'allow_raw_html' must be true or false");
        return new SiteConfig
        {
            Title = map["title"] is null ? "Model Atlas" : Text("title"),
            Description = Text("description"),
            Author = Text("author"),
            Repository = Checked("repository", v => SafeUrl.IsWebUrl(v) ? null : WebUrlExpected),
            EditBranch = Checked("edit_branch", v => IsBranch(v) ? null : "must be a branch name such as main") is { Length: > 0 } branch ? branch : "main",
            Url = Checked("url", UrlProblem).TrimEnd('/'),
            BasePath = NormalizeBasePath(Checked("base_path", BasePathProblem)),
            AllowRawHtml = map["allow_raw_html"] is YamlScalar { Value: "true" },
            Extra = (Dictionary<string, object?>)map.ToPlain()!,
        };
    }

    /// <summary>The settings as templates see them under <c>site</c>.</summary>
    public Dictionary<string, object?> ToTemplateData() => new(Extra, StringComparer.Ordinal)
    {
        ["title"] = Title,
        ["description"] = Description,
        ["author"] = Author,
        ["repository"] = Repository,
        ["edit_branch"] = EditBranch,
        ["url"] = Url,
        ["base_path"] = BasePath,
    };

    private const string WebUrlExpected = "must be an http or https URL";

    /// <summary>
    /// Why a value cannot be the site's origin (site.yaml's <c>url</c>, <c>--url</c>), or null. It
    /// has no path: the path is the base path's, and "https://user.github.io/atlas" with base path
    /// "/atlas/" would link every page under /atlas/atlas/.
    /// </summary>
    public static string? UrlProblem(string value)
    {
        if (!SafeUrl.IsWebUrl(value) || value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))) return WebUrlExpected;
        var uri = new Uri(value);
        return uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            ? null
            : $"must be the site's origin without a path, such as {uri.Scheme}://{uri.Authority}; give the path ('{uri.AbsolutePath.TrimEnd('/')}/') as the base path";
    }

    /// <summary>Why a value cannot be the base path (site.yaml's <c>base_path</c>, <c>--base-path</c>), or null.</summary>
    public static string? BasePathProblem(string value) =>
        BasePathRegex().IsMatch(value) && !value.Split('/').Any(segment => segment is "." or "..")
            ? null
            : "must be a path such as /atlas/ (letters, digits, '.', '_', '-' between slashes)";

    private static bool IsBranch(string value) => BranchRegex().IsMatch(value) && !value.Split('/').Any(segment => segment is "." or "..");

    [GeneratedRegex(@"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$")]
    private static partial Regex BranchRegex();

    [GeneratedRegex(@"^/?([A-Za-z0-9._~-]+/)*[A-Za-z0-9._~-]*/?$")]
    private static partial Regex BasePathRegex();
}
