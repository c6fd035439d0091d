using Atlas.Engine.Documents;

namespace Atlas.Site.Documents;

/// <summary>
/// The metadata many modules share. Each is a typed key declared here, so nothing a file
/// supplies can set one: a page's front matter is <see cref="Params"/>, and only the fields
/// <see cref="Modules.Parse.ParseFrontMatter"/> names are copied from it into keys of their own.
/// Keys that one module writes and one reads are declared beside that module.
/// </summary>
public static class Keys
{
    /// <summary>Where a file was read: its path inside the input or theme folder, and its full path.</summary>
    public static readonly MetadataKey<string> RelativePath = new("relative_path");
    public static readonly MetadataKey<string> FullPath = new("full_path");

    /// <summary>Everything a page's front matter says, as plain values (templates see it as <c>page.params</c>, as Hugo's .Params).</summary>
    public static readonly MetadataKey<Dictionary<string, object?>> Params = new("params");

    /// <summary>The page's site path without the base path ("models/clip/").</summary>
    public static readonly MetadataKey<string> Url = new("url");

    public static readonly MetadataKey<string> Id = new("id");
    public static readonly MetadataKey<string> Title = new("title");
    public static readonly MetadataKey<string> Summary = new("summary");
    public static readonly MetadataKey<string> Layout = new("layout");
    public static readonly MetadataKey<List<object?>> Tags = new("tags");
    public static readonly MetadataKey<List<object?>> Aliases = new("aliases");

    /// <summary>The kind of a generated page ("listing", "tag", ...); pages read from files take it from their folder.</summary>
    public static readonly MetadataKey<string> Kind = new("kind");
}
