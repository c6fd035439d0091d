using Atlas.Engine.Documents;
using Atlas.Site.Markdown;
using Atlas.Site.Model;
using Atlas.Site.Yaml;

namespace Atlas.Site.Documents;

/// <summary>
/// Every metadata key of the site, declared once here: modules write and read them through this
/// class rather than through each other, so no module's namespace depends on another's for a key.
/// Nothing a file supplies can set one: a page's front matter is <see cref="Params"/>, and only the
/// fields ParseFrontMatter names are copied from it into keys of their own.
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

    /// <summary>A model page's row of input/data/models.yaml.</summary>
    public static readonly MetadataKey<ModelRow> ModelRow = new("model");

    /// <summary>The model table read from input/data/models.yaml, on that data file's document.</summary>
    public static readonly MetadataKey<ModelTable> ModelTable = new("model_table");

    /// <summary>Each organisation as written in the rows, with its position: the YAML tree itself is not kept.</summary>
    public static readonly MetadataKey<List<YamlScalar>> OrganisationsWritten = new("organisations_written");

    /// <summary>The entries of one vocabulary file (benchmarks, settings, families, ...).</summary>
    public static readonly MetadataKey<IReadOnlyList<IVocabularyEntry>> VocabularyEntries = new("vocabulary_entries");

    /// <summary>A theme layout or partial, parsed; its name, parent layout, the element ids it writes and the partials it includes.</summary>
    public static readonly MetadataKey<Fluid.IFluidTemplate> Template = new("template");
    public static readonly MetadataKey<string> TemplateName = new("template_name");
    public static readonly MetadataKey<string> ParentLayout = new("parent_layout");
    public static readonly MetadataKey<List<string>> ElementIds = new("element_ids");
    public static readonly MetadataKey<List<string>> Includes = new("includes");

    /// <summary>An input/data file's name without extension, and its YAML tree.</summary>
    public static readonly MetadataKey<string> DataName = new("data_name");
    public static readonly MetadataKey<YamlNode?> Yaml = new("yaml");

    /// <summary>A page's front matter as YAML (with positions for diagnostics), and the line its body starts on.</summary>
    public static readonly MetadataKey<YamlMapping> FrontMatter = new("front_matter");
    public static readonly MetadataKey<int> BodyLine = new("body_line");

    /// <summary>The [[wiki links]] and headings of a rendered page, with their positions.</summary>
    public static readonly MetadataKey<List<WikiLinkReference>> WikiLinks = new("wikilinks");
    public static readonly MetadataKey<List<HeadingAnchor>> Headings = new("headings");

    /// <summary>The start of the body as plain text, for the search index.</summary>
    public static readonly MetadataKey<string> PlainText = new("plain_text");

    /// <summary>An asset's source file under input/ or theme/, copied as it is; only ListAssets sets it.</summary>
    public static readonly MetadataKey<string> CopyFrom = new("copy_from");

    /// <summary>A page left out of the sitemap, feeds and search.</summary>
    public static readonly MetadataKey<bool> Unlisted = new("unlisted");

    /// <summary>The name a generated page is about (a facet value); never read from front matter.</summary>
    public static readonly MetadataKey<string> About = new("about");
}
