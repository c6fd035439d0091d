using Atlas.Engine.Pipelines;

namespace Atlas.Site.Documents;

/// <summary>
/// The name of every pipeline of the site, declared once: each pipeline takes its name from here,
/// and a dependency or a module reading another pipeline's documents names it through here.
/// </summary>
public static class PipelineNames
{
    public static readonly PipelineName Vocabulary = new("Vocabulary");
    public static readonly PipelineName Data = new("Data");
    public static readonly PipelineName Theme = new("Theme");
    public static readonly PipelineName Models = new("Models");
    public static readonly PipelineName Content = new("Content");
    public static readonly PipelineName Listings = new("Listings");
    public static readonly PipelineName Search = new("Search");
    public static readonly PipelineName Feeds = new("Feeds");
    public static readonly PipelineName Exports = new("Exports");
    public static readonly PipelineName Assets = new("Assets");
    public static readonly PipelineName LinkCheck = new("LinkCheck");
}
